/** CSV reading and writing: the journal's own episodes file and imports from other trackers. Pure. */
export * from './parse';
export * from './write';
export * from './problems';
export * from './episodesCsv';
export * from './importMapping';
export * from './importPreview';
export * from './importPresets';
export {
  distinctValues,
  matchQuality,
  matchRegions,
  qualityTargets,
  regionTargets,
  splitValues,
  valueKey,
} from './catalogMatching';
export type { CatalogTarget, DistinctValue } from './catalogMatching';
export { parseImportedDateTime } from './dateTimeText';
export type { DateOrder, DateTimeParse } from './dateTimeText';
export * from './dateOrder';
export { looksLikeCsv } from './csvSniff';
export { zonedWallTimeToInstant, wallTimeIn } from './zonedTime';
export type { WallTime, ZonedResult } from './zonedTime';
export { matchRemedy, matchTriggerKind, splitList } from './textMatching';
export * from './checkInsCsv';

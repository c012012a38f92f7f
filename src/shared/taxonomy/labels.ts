/**
 * The journal's catalogs: body regions, pain qualities, triggers, remedies, red flags and causes, each entry
 * citing the source documents that name it (or saying in a note why none does). Pure data and small
 * lookups; no platform imports.
 *
 * The catalogs and their lookups without the causes (./index.ts adds them): the journal's first screen
 * labels its cards from here without loading the causes' texts.
 *
 * The brand/prescription denylist lives in ./brandDenylist and is deliberately not re-exported here, so
 * drug names never travel with the catalogs.
 */
import { makeIdGuard, makeLookup } from './lookup';
import { BODY_REGION_IDS, BODY_REGIONS } from './regions';
import type { BodyRegion, BodyRegionId } from './regions';
import { PAIN_QUALITIES, PAIN_QUALITY_IDS } from './qualities';
import type { PainQuality, PainQualityId } from './qualities';
import { AUTOMATIC_FLAG_IDS, AUTOMATIC_FLAGS, RED_FLAG_IDS, RED_FLAG_URGENCIES, RED_FLAGS } from './redFlags';
import type { AutomaticFlag, AutomaticFlagId, RedFlag, RedFlagId, RedFlagUrgency } from './redFlags';
import { REMEDY_LABELS } from './remedyLabels';
import type { RemedyId } from './remedies';
import { SOURCE_DOCUMENTS, SOURCE_IDS } from './sources';
import type { SourceDocument, SourceId } from './sources';
import {
  POSTURE_POSITION_IDS,
  POSTURE_POSITIONS,
  TRIGGER_KIND_IDS,
  TRIGGER_KINDS,
  WITHDRAWAL_SUBSTANCE_IDS,
  WITHDRAWAL_SUBSTANCES,
  WORKOUT_TYPE_IDS,
  WORKOUT_TYPES,
} from './triggers';
import type {
  PosturePosition,
  PosturePositionId,
  TriggerKind,
  TriggerKindId,
  WithdrawalSubstance,
  WithdrawalSubstanceId,
  WorkoutType,
  WorkoutTypeId,
} from './triggers';

export * from './sources';
export * from './regions';
export * from './qualities';
export * from './triggers';
export * from './redFlags';

// Each lookup and guard is marked pure, so a bundle that never calls one leaves out its catalog (the
// journal's first screen needs few catalogs).
export const sourceById: (id: SourceId) => SourceDocument = /* @__PURE__ */ makeLookup(
  'source',
  SOURCE_DOCUMENTS,
);
export const regionById: (id: BodyRegionId) => BodyRegion = /* @__PURE__ */ makeLookup(
  'body region',
  BODY_REGIONS,
);
export const qualityById: (id: PainQualityId) => PainQuality = /* @__PURE__ */ makeLookup(
  'pain quality',
  PAIN_QUALITIES,
);
export const triggerKindById: (id: TriggerKindId) => TriggerKind = /* @__PURE__ */ makeLookup(
  'trigger kind',
  TRIGGER_KINDS,
);
export const workoutTypeById: (id: WorkoutTypeId) => WorkoutType = /* @__PURE__ */ makeLookup(
  'workout type',
  WORKOUT_TYPES,
);
export const withdrawalSubstanceById: (id: WithdrawalSubstanceId) => WithdrawalSubstance =
  /* @__PURE__ */ makeLookup('withdrawal substance', WITHDRAWAL_SUBSTANCES);
export const posturePositionById: (id: PosturePositionId) => PosturePosition = /* @__PURE__ */ makeLookup(
  'posture position',
  POSTURE_POSITIONS,
);
export const redFlagById: (id: RedFlagId) => RedFlag = /* @__PURE__ */ makeLookup('red flag', RED_FLAGS);
export const automaticFlagById: (id: AutomaticFlagId) => AutomaticFlag = /* @__PURE__ */ makeLookup(
  'automatic flag',
  AUTOMATIC_FLAGS,
);

export const labelOfRegion = (id: BodyRegionId): string => regionById(id).label;
/**
 * Regions in words, as a list a person can read: their names carry commas ("Shoulder blade, left"), so
 * they are parted by semicolons. One function for the figure, the history card, the import preview and the
 * report, so the same regions read the same everywhere.
 */
export const listOfRegions = (ids: readonly BodyRegionId[]): string => ids.map(labelOfRegion).join('; ');
export const shortLabelOfRegion = (id: BodyRegionId): string => regionById(id).shortLabel;
export const labelOfQuality = (id: PainQualityId): string => qualityById(id).label;
export const labelOfTriggerKind = (id: TriggerKindId): string => triggerKindById(id).label;
export const labelOfWorkoutType = (id: WorkoutTypeId): string => workoutTypeById(id).label;
export const labelOfWithdrawalSubstance = (id: WithdrawalSubstanceId): string =>
  withdrawalSubstanceById(id).label;
export const labelOfPosturePosition = (id: PosturePositionId): string => posturePositionById(id).label;
export const labelOfRemedy = (id: RemedyId): string => {
  // From the labels alone (not the catalog with its descriptions), as remedyById would, unknown ids refused.
  if (!Object.hasOwn(REMEDY_LABELS, id)) throw new Error(`Unknown remedy id: ${id}`);
  return REMEDY_LABELS[id];
};
export const labelOfRedFlag = (id: RedFlagId): string => redFlagById(id).label;

/** Type guards for values read from storage, imports or forms. */
export const isSourceId = /* @__PURE__ */ makeIdGuard(SOURCE_IDS);
export const isBodyRegionId = /* @__PURE__ */ makeIdGuard(BODY_REGION_IDS);
export const isPainQualityId = /* @__PURE__ */ makeIdGuard(PAIN_QUALITY_IDS);
export const isTriggerKindId = /* @__PURE__ */ makeIdGuard(TRIGGER_KIND_IDS);
export const isWorkoutTypeId = /* @__PURE__ */ makeIdGuard(WORKOUT_TYPE_IDS);
export const isWithdrawalSubstanceId = /* @__PURE__ */ makeIdGuard(WITHDRAWAL_SUBSTANCE_IDS);
export const isPosturePositionId = /* @__PURE__ */ makeIdGuard(POSTURE_POSITION_IDS);
export const isRedFlagId = /* @__PURE__ */ makeIdGuard(RED_FLAG_IDS);
export const isAutomaticFlagId = /* @__PURE__ */ makeIdGuard(AUTOMATIC_FLAG_IDS);

/** Pain qualities that are red flags in themselves: choosing one on the episode form ticks the flag. */
const RED_FLAG_FOR_QUALITY: Readonly<Partial<Record<PainQualityId, RedFlagId>>> = {
  'numbness-tingling': 'numbness-tingling',
};

/** The red flag a pain quality implies, or null when it implies none. */
export function redFlagForQuality(qualityId: PainQualityId): RedFlagId | null {
  return RED_FLAG_FOR_QUALITY[qualityId] ?? null;
}

/** How urgent a set of flags is taken together: the most urgent of them, or null for none. */
export function mostUrgent(ids: readonly (RedFlagId | AutomaticFlagId)[]): RedFlagUrgency | null {
  const urgencies = new Set<RedFlagUrgency>(
    ids.map((id) => (isRedFlagId(id) ? redFlagById(id).urgency : automaticFlagById(id).urgency)),
  );
  return RED_FLAG_URGENCIES.find((urgency) => urgencies.has(urgency)) ?? null;
}

/**
 * Brings the tables of an older backup up to the current schema, one version at a time, mirroring the
 * database's own upgrades. Runs before validation, on plain parsed JSON.
 */
import { BACKUP_SCHEMA_VERSION } from './format';
import { isRecord } from '../isRecord';

type RawTables = Record<string, unknown[]>;

/** Step n upgrades tables written at schema n to schema n + 1. */
const STEPS: Record<number, (tables: RawTables) => RawTables> = {
  // Schema 2 added check-ins, measures, PSFS activities, withdrawal periods, settings, and red flags on
  // episodes.
  1: (tables) => ({
    ...tables,
    episodes: (tables.episodes ?? []).map((row) =>
      isRecord(row) && !('redFlags' in row) ? { ...row, redFlags: [] } : row,
    ),
    checkIns: tables.checkIns ?? [],
    measures: tables.measures ?? [],
    psfsActivities: tables.psfsActivities ?? [],
    withdrawalPeriods: tables.withdrawalPeriods ?? [],
    settings: tables.settings ?? [],
  }),
  // Schema 3 added the follow-up ("How is it now?") to episodes: none asked in an older journal.
  2: (tables) => ({
    ...tables,
    episodes: (tables.episodes ?? []).map((row) =>
      isRecord(row)
        ? {
            followUp: null,
            followUpSnoozedUntil: null,
            followUpDismissedAt: null,
            ...row,
          }
        : row,
    ),
  }),
  // Schema 4 added the person's own factors (none yet), and mood, energy and own-factor values on
  // check-ins: not recorded in an older journal.
  3: (tables) => ({
    ...tables,
    checkIns: (tables.checkIns ?? []).map((row) =>
      isRecord(row) ? { mood: null, energy: null, ownValues: {}, ...row } : row,
    ),
    ownFactors: tables.ownFactors ?? [],
  }),
  // Schema 5 added only an index (on when an episode was deleted): the rows are unchanged.
  4: (tables) => tables,
};

export function migrateTables(tables: RawTables, fromSchemaVersion: number): RawTables {
  let current = tables;
  for (let version = fromSchemaVersion; version < BACKUP_SCHEMA_VERSION; version += 1) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    current = step(current);
  }
  return current;
}

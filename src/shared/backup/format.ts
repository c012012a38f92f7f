/**
 * The backup file: one JSON document holding the whole journal, readable and writable by other programs.
 * Documented in docs/backup-format.md with a JSON Schema in docs/backup.schema.json.
 *
 *   {"format":"upper-back-journal-backup","formatVersion":1,"schemaVersion":2,"appVersion":"0.1.0",
 *    "exportedAt":"2026-11-21T12:00:00.000Z","tables":{"episodes":[…],"checkIns":[…],…},
 *    "checksum":{"algorithm":"SHA-256","value":"<hex>"}}
 *
 * The checksum is the SHA-256 of the UTF-8 bytes of the `tables` value exactly as it appears in the
 * file. The app writes it as compact JSON with sorted keys; other programs may indent it (read.ts).
 */
import { z } from 'zod';
import { checkInSchema, type CheckIn } from '../checkIns';
import { instantSchema } from '../schemaParts';
import { measureSchema, psfsActivitySchema, type Measure, type PsfsActivity } from '../measures';
import { episodeSchema, type Episode } from '../model';
import { ownFactorSchema, type OwnFactor } from '../ownFactors';
import { settingsSchema, type Settings } from '../settings';
import { withdrawalPeriodSchema, type WithdrawalPeriod } from '../withdrawal';

export const BACKUP_FORMAT_NAME = 'upper-back-journal-backup';
/** The envelope's own version: bumped only when the envelope changes shape. */
export const BACKUP_FORMAT_VERSION = 1;
/** The journal's schema version the rows follow (the database's version). */
export const BACKUP_SCHEMA_VERSION = 5;
/** A larger file is refused before it is read: far beyond a lifetime of entries. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface BackupTables {
  episodes: Episode[];
  checkIns: CheckIn[];
  measures: Measure[];
  psfsActivities: PsfsActivity[];
  withdrawalPeriods: WithdrawalPeriod[];
  /** The person's own factors' definitions; their values are on the check-ins. */
  ownFactors: OwnFactor[];
  /** Zero or one row. */
  settings: Settings[];
}

export type TableName = keyof BackupTables;

/** The tables in file order; also the order rows are written and counted. */
export const TABLE_NAMES = [
  'episodes',
  'checkIns',
  'measures',
  'psfsActivities',
  'withdrawalPeriods',
  'ownFactors',
  'settings',
] as const satisfies readonly TableName[];

/** Each table's row schema (current schema version). */
export const ROW_SCHEMAS = {
  episodes: episodeSchema,
  checkIns: checkInSchema,
  measures: measureSchema,
  psfsActivities: psfsActivitySchema,
  withdrawalPeriods: withdrawalPeriodSchema,
  ownFactors: ownFactorSchema,
  settings: settingsSchema,
} as const satisfies Record<TableName, z.ZodType>;

/** What identifies a row within its table: merge updates a row with the same key, never duplicates it. */
export const ROW_KEY: { [T in TableName]: (row: BackupTables[T][number]) => string } = {
  episodes: (row) => row.id,
  checkIns: (row) => row.day,
  measures: (row) => row.id,
  psfsActivities: (row) => row.id,
  withdrawalPeriods: (row) => row.id,
  ownFactors: (row) => row.id,
  settings: () => 'settings',
};

/** Words for the person, singular and plural. */
export const TABLE_LABELS: Record<TableName, { one: string; many: string }> = {
  episodes: { one: 'episode', many: 'episodes' },
  checkIns: { one: 'check-in', many: 'check-ins' },
  measures: { one: 'PSFS or PEG-3 rating', many: 'PSFS and PEG-3 ratings' },
  psfsActivities: { one: 'PSFS activity', many: 'PSFS activities' },
  withdrawalPeriods: { one: 'withdrawal period', many: 'withdrawal periods' },
  ownFactors: { one: 'factor of your own', many: 'factors of your own' },
  settings: { one: 'settings', many: 'settings' },
};

export const backupMetaSchema = z.object({
  format: z.literal(BACKUP_FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  exportedAt: instantSchema,
  // Hex digits in either case, as for ids: other programs write upper case.
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-fA-F]{64}$/) }),
});
export type BackupMeta = z.infer<typeof backupMetaSchema>;

/** The whole file at the current versions, for the JSON Schema in docs/. */
export const backupFileSchema = backupMetaSchema.extend({
  tables: z.object({
    episodes: z.array(episodeSchema),
    checkIns: z.array(checkInSchema),
    measures: z.array(measureSchema),
    psfsActivities: z.array(psfsActivitySchema),
    withdrawalPeriods: z.array(withdrawalPeriodSchema),
    ownFactors: z.array(ownFactorSchema),
    settings: z.array(settingsSchema).max(1),
  }),
});

export function emptyTables(): BackupTables {
  return {
    episodes: [],
    checkIns: [],
    measures: [],
    psfsActivities: [],
    withdrawalPeriods: [],
    ownFactors: [],
    settings: [],
  };
}

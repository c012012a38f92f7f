/**
 * Reads a backup file's text without touching the journal: every check happens here, before anything is
 * written. A file is either refused outright (with one message) or readable, in which case every row
 * has been validated and any problems are listed with row numbers; a file with problems imports nothing.
 */
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BACKUP_SCHEMA_VERSION,
  MAX_BACKUP_BYTES,
  ROW_KEY,
  ROW_SCHEMAS,
  TABLE_LABELS,
  TABLE_NAMES,
  backupMetaSchema,
  emptyTables,
  type BackupMeta,
  type BackupTables,
  type TableName,
} from './format';
import { repeatedChildIds } from './childIds';
import { migrateTables } from './migrate';
import { describeIssue } from './problems';
import { topLevelMemberText } from './rawValue';
import { tablesChecksum, textChecksum } from './serialize';
import { isRecord } from '../isRecord';

export interface RowProblem {
  table: TableName;
  /** 1-based position in the file's table. */
  row: number;
  message: string;
}

export type BackupReading =
  | { status: 'refused'; message: string }
  | {
      status: 'readable';
      meta: BackupMeta;
      tables: BackupTables;
      problems: RowProblem[];
      migratedFrom: number | null;
    };

export const REFUSALS = {
  empty: 'This file is empty, so there is nothing to restore.',
  tooLarge: 'This file is too large to be a journal backup.',
  bom: 'This file starts with several invisible byte-order marks, which a journal backup never has: another program may have changed it. Nothing was imported.',
  notJson:
    'This file isn’t a complete backup: it may have been cut short while saving or copying, or it isn’t a backup at all. Nothing was imported.',
  proto:
    'This file contains a field named “__proto__”, which a journal backup never has, so it was refused to keep the app safe. Nothing was imported.',
  notBackup: 'This isn’t a journal backup: it doesn’t say it is one. Choose a file saved with “Save backup”.',
  newerFormat: 'This backup was made by a newer version of the app. Update the app, then restore it.',
  header: 'This backup’s header is damaged, so it can’t be trusted. Nothing was imported.',
  tables: 'This backup’s tables are damaged or missing, so it can’t be trusted. Nothing was imported.',
  checksum:
    'This backup’s contents don’t match its checksum: it was changed or damaged after it was saved. Nothing was imported.',
} as const;

class ProtoKeyError extends Error {}

function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    // JSON.parse keeps "__proto__" as an ordinary key, but code that copies rows could turn it into a
    // prototype; such a file is never one the app wrote.
    if (key === '__proto__') throw new ProtoKeyError();
    return value;
  });
}

export function rowLabel(table: TableName, row: number): string {
  const { one } = TABLE_LABELS[table];
  return `${one[0]?.toUpperCase()}${one.slice(1)} ${row}`;
}

/**
 * A byte-order mark is an invisible character some editors put at the start of a file when they save it.
 * One is taken off: the app never writes one, but a file whose only change is a mark still has the
 * rows that were saved (the checksum proves it), and the browser usually strips it already. Two or more
 * mean something rewrote the file more than once, so it is refused.
 */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The checksum covers the `tables` value exactly as it appears in the file, so any program can write
 * the file its own way (indented or not) and hash the text it wrote; the app's own compact files
 * follow the same rule. Also accepted: the checksum of the compact JSON of the parsed tables. That is
 * what docs/backup-format.md told other programs to compute before, and what a file saved by the app
 * and then only re-indented (by an editor, say) still carries. Changing any value in the tables
 * breaks both, so a damaged or edited file is still refused.
 */
function checksumMatches(text: string, tables: unknown, expected: string): boolean {
  // Hex digits in either case, as for ids: another program may write upper case.
  expected = expected.toLowerCase();
  const written = topLevelMemberText(text, 'tables');
  if (written !== null && textChecksum(written) === expected) return true;
  return tablesChecksum(tables) === expected;
}

export function readBackup(fileText: string): BackupReading {
  if (fileText.length > MAX_BACKUP_BYTES) return { status: 'refused', message: REFUSALS.tooLarge };
  const text = withoutByteOrderMark(fileText);
  if (text.charCodeAt(0) === 0xfeff) return { status: 'refused', message: REFUSALS.bom };
  if (text.trim() === '') return { status: 'refused', message: REFUSALS.empty };

  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (error) {
    return { status: 'refused', message: error instanceof ProtoKeyError ? REFUSALS.proto : REFUSALS.notJson };
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT_NAME)
    return { status: 'refused', message: REFUSALS.notBackup };
  if (
    typeof parsed.formatVersion === 'number' &&
    typeof parsed.schemaVersion === 'number' &&
    (parsed.formatVersion > BACKUP_FORMAT_VERSION || parsed.schemaVersion > BACKUP_SCHEMA_VERSION)
  ) {
    return { status: 'refused', message: REFUSALS.newerFormat };
  }
  const meta = backupMetaSchema.safeParse(parsed);
  if (!meta.success) return { status: 'refused', message: REFUSALS.header };

  const rawTables = parsed.tables;
  if (!isRecord(rawTables)) return { status: 'refused', message: REFUSALS.tables };
  const known = new Set<string>(TABLE_NAMES);
  for (const [name, rows] of Object.entries(rawTables)) {
    if (!known.has(name) || !Array.isArray(rows)) return { status: 'refused', message: REFUSALS.tables };
  }
  if (!checksumMatches(text, rawTables, meta.data.checksum.value))
    return { status: 'refused', message: REFUSALS.checksum };

  const migrated = migrateTables(
    Object.fromEntries(
      Object.entries(rawTables).map(([name, rows]) => [name, Array.isArray(rows) ? rows : []]),
    ),
    meta.data.schemaVersion,
  );
  const { tables, problems } = validateTables(migrated);
  return {
    status: 'readable',
    meta: meta.data,
    tables,
    problems,
    migratedFrom: meta.data.schemaVersion < BACKUP_SCHEMA_VERSION ? meta.data.schemaVersion : null,
  };
}

/** Validates one table's rows into `into`; returns the file's row number of each row kept. */
function validateTable<T extends TableName>(
  name: T,
  rows: readonly unknown[],
  into: BackupTables,
  problems: RowProblem[],
): number[] {
  const schema = ROW_SCHEMAS[name];
  const keyOf = ROW_KEY[name] as (row: BackupTables[T][number]) => string;
  const target = into[name] as BackupTables[T][number][];
  const seen = new Map<string, number>();
  const kept: number[] = [];
  rows.forEach((raw, index) => {
    const row = index + 1;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const details = result.error.issues
        .slice(0, 3)
        .map((issue) => describeIssue(issue, schema))
        .join(' ');
      problems.push({ table: name, row, message: `${rowLabel(name, row)}: ${details}` });
      return;
    }
    const value = result.data as BackupTables[T][number];
    const key = keyOf(value);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ table: name, row, message: repeatedKeyMessage(name, row, first) });
      return;
    }
    seen.set(key, row);
    target.push(value);
    kept.push(row);
  });
  return kept;
}

function repeatedKeyMessage(name: TableName, row: number, first: number): string {
  if (name === 'settings') return 'This backup has two sets of settings; it can hold only one.';
  if (name === 'checkIns') return `Check-in ${row} is for the same day as check-in ${first}.`;
  return `${rowLabel(name, row)} has the same id as ${TABLE_LABELS[name].one} ${first}.`;
}

/** Validates every row of every table; valid rows are kept, the rest become problems. */
export function validateTables(raw: Record<string, unknown[]>): {
  tables: BackupTables;
  problems: RowProblem[];
} {
  const tables = emptyTables();
  const problems: RowProblem[] = [];
  for (const name of TABLE_NAMES) {
    const kept = validateTable(name, raw[name] ?? [], tables, problems);
    if (name === 'episodes') {
      for (const problem of repeatedChildIds(tables.episodes, kept))
        problems.push({ table: 'episodes', ...problem });
    }
  }
  return { tables, problems };
}

/** Only a readable file with no problem at all may be imported: partial imports are never offered. */
export function canImport(reading: BackupReading): reading is Extract<BackupReading, { status: 'readable' }> {
  return reading.status === 'readable' && reading.problems.length === 0;
}

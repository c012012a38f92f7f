/**
 * Undoing a restore without losing what came after it. When a restore lands, the journal's rows as the
 * restore left them are noted (a fingerprint per row). Undo then puts back the rows as they were before
 * the restore, except where the person has added, changed or deleted a row since: those later entries are
 * kept as they are. Pure, so the same plan is shown in the confirmation and then written.
 */
import { ROW_KEY, TABLE_NAMES, emptyTables, type BackupTables, type TableName } from './format';
import type { ImportMode } from './preview';

/** Per table, each row's key and fingerprint as the restore left it. */
export type RowFingerprints = Record<TableName, Record<string, string>>;

type AnyRow = BackupTables[TableName][number];

function keyOf(table: TableName, row: AnyRow): string {
  // Ids are compared in lower case everywhere (an older version may have stored upper case).
  return (ROW_KEY[table] as (row: AnyRow) => string)(row).toLowerCase();
}

/** JSON with object keys sorted, so the same row always gives the same text whatever its key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Child rows without their ids, in a fixed order (the store keeps them in id order, not as typed). */
function childPrints(rows: readonly { id: string }[]): string[] {
  return rows.map(({ id: _id, ...rest }) => stableJson(rest)).sort();
}

/**
 * A row's content as text. A trigger's or remedy's own id is left out: a restore may give one a fresh id
 * (when another episode already uses it), which is not a change the person made.
 */
export function rowFingerprint(table: TableName, row: AnyRow): string {
  if (table === 'episodes' && 'triggers' in row) {
    const { triggers, remedies, ...episode } = row;
    return stableJson({
      ...episode,
      id: row.id.toLowerCase(),
      triggers: childPrints(triggers),
      remedies: childPrints(remedies),
    });
  }
  return stableJson(row);
}

export function fingerprintTables(tables: BackupTables): RowFingerprints {
  const result = {} as RowFingerprints;
  for (const table of TABLE_NAMES) {
    const map: Record<string, string> = {};
    for (const row of tables[table] as AnyRow[]) map[keyOf(table, row)] = rowFingerprint(table, row);
    result[table] = map;
  }
  return result;
}

/** The journal a restore leaves: Replace gives the file's rows; Merge overlays them on the journal's. */
export function tablesAfterRestore(
  before: BackupTables,
  incoming: BackupTables,
  mode: ImportMode,
): BackupTables {
  if (mode === 'replace') return incoming;
  const result = emptyTables();
  for (const table of TABLE_NAMES) {
    const rows = new Map<string, AnyRow>();
    for (const row of before[table] as AnyRow[]) rows.set(keyOf(table, row), row);
    for (const row of incoming[table] as AnyRow[]) rows.set(keyOf(table, row), row);
    (result[table] as AnyRow[]) = [...rows.values()];
  }
  return result;
}

export interface UndoPlan {
  /** The journal after the undo. */
  tables: BackupTables;
  /** Per table, how many rows added, changed or deleted since the restore are kept as they are now. */
  kept: Record<TableName, number>;
  /** Per table, how many rows go back to how they were before the restore (or go, if the restore added them). */
  reverted: Record<TableName, number>;
}

function zeroCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])) as Record<TableName, number>;
}

/**
 * What undoing a restore does. `before` is the journal just before the restore, `after` the fingerprints
 * of the journal the restore left (null for a restore point an older version made without them: then
 * everything goes back to how it was, as that version did), `now` the journal as it is.
 */
export function planUndo(before: BackupTables, after: RowFingerprints | null, now: BackupTables): UndoPlan {
  const tables = emptyTables();
  const kept = zeroCounts();
  const reverted = zeroCounts();
  for (const table of TABLE_NAMES) {
    const beforeRows = new Map<string, AnyRow>();
    for (const row of before[table] as AnyRow[]) beforeRows.set(keyOf(table, row), row);
    const nowRows = new Map<string, AnyRow>();
    for (const row of now[table] as AnyRow[]) nowRows.set(keyOf(table, row), row);
    const restored = after?.[table] ?? null;
    const result: AnyRow[] = [];
    for (const key of new Set([...beforeRows.keys(), ...nowRows.keys()])) {
      const nowRow = nowRows.get(key);
      const beforeRow = beforeRows.get(key);
      const restoredPrint = restored?.[key];
      const isLater =
        restored !== null &&
        (nowRow === undefined
          ? restoredPrint !== undefined // deleted since the restore
          : restoredPrint !== rowFingerprint(table, nowRow)); // added or changed since the restore
      if (isLater) {
        if (nowRow !== undefined) result.push(nowRow);
        kept[table] += 1;
        continue;
      }
      if (beforeRow !== undefined) result.push(beforeRow);
      const same =
        beforeRow !== undefined &&
        nowRow !== undefined &&
        rowFingerprint(table, beforeRow) === rowFingerprint(table, nowRow);
      if (!same) reverted[table] += 1;
    }
    (tables[table] as AnyRow[]) = result;
  }
  return { tables, kept, reverted };
}

/** True when both describe the same rows with the same content. */
export function sameFingerprints(a: RowFingerprints, b: RowFingerprints): boolean {
  return TABLE_NAMES.every((table) => {
    const left = a[table];
    const right = b[table];
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
  });
}

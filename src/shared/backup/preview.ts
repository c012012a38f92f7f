/**
 * What an import would do, shown before anything is written: counts by kind, how many are new and how
 * many would update entries already in the journal, and the dates the file covers.
 */
import { calendarDayOf, type CalendarDay } from '../dates';
import { ROW_KEY, TABLE_NAMES, type BackupTables, type TableName } from './format';

export type ImportMode = 'merge' | 'replace';

export interface TablePreview {
  table: TableName;
  inFile: number;
  /** Rows whose key is not in the journal yet. */
  added: number;
  /** Rows that would replace an entry with the same key (merge). */
  updated: number;
  /** Entries in the journal now (all removed by a replace). */
  inJournal: number;
}

export interface ImportPreview {
  tables: TablePreview[];
  totalInFile: number;
  /** First and last day covered by episodes and check-ins, or null when the file has neither. */
  dateRange: { from: CalendarDay; to: CalendarDay } | null;
}

export type ExistingKeys = Record<TableName, ReadonlySet<string>>;

export function previewImport(tables: BackupTables, existing: ExistingKeys, timeZone: string): ImportPreview {
  const previews = TABLE_NAMES.map((table): TablePreview => {
    const keyOf = ROW_KEY[table] as (row: BackupTables[typeof table][number]) => string;
    const rows: readonly BackupTables[typeof table][number][] = tables[table];
    const updated = rows.filter((row) => existing[table].has(keyOf(row))).length;
    return {
      table,
      inFile: rows.length,
      added: rows.length - updated,
      updated,
      inJournal: existing[table].size,
    };
  });
  const days = [
    ...tables.episodes.map((e) => calendarDayOf(e.startedAt, timeZone)),
    ...tables.checkIns.map((c) => c.day),
  ].sort();
  const from = days[0];
  const to = days[days.length - 1];
  return {
    tables: previews,
    totalInFile: previews.reduce((sum, p) => sum + p.inFile, 0),
    dateRange: from !== undefined && to !== undefined ? { from, to } : null,
  };
}

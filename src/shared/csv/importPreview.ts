/** The words of the CSV import's preview: how many rows and episodes, and which are already in the journal. */

/** "1 row", "2 rows". */
export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export interface CsvImportCounts {
  /** Episodes the import would add. */
  newCount: number;
  /** Episodes the file holds that an earlier import already brought in; they are left as they are. */
  alreadyCount: number;
  /** Of those, how many the person has deleted: they stay deleted (Undo or a backup brings them back). */
  deletedCount?: number;
}

/**
 * The preview's sentence. `range` is the days covered, e.g. " from 13 February to 2 March" or " on 13 February",
 * or "". Rows
 * already in the journal are left alone: the person may have added to them since.
 */
export function describeCsvImport(
  { newCount, alreadyCount, deletedCount = 0 }: CsvImportCounts,
  range: string,
): string {
  if (newCount + alreadyCount === 0) return 'There are no episodes in this file.';
  const episodes = `${countText(newCount + alreadyCount, 'episode', 'episodes')}${range}`;
  if (alreadyCount === 0)
    return `${episodes}, added to your journal as ${newCount === 1 ? 'a new entry' : 'new entries'}.`;
  const kept = alreadyCount - deletedCount;
  // Said apart: a deleted episode is not "in your journal" to the person, and the import won't bring it back.
  const already = [
    kept > 0 ? `${kept} already in your journal` : null,
    deletedCount > 0
      ? `${deletedCount} you deleted (${deletedCount === 1 ? 'it stays' : 'they stay'} deleted)`
      : null,
  ]
    .filter((part) => part !== null)
    .join(' and ');
  if (newCount === 0) return `${episodes}: ${already}, so there is nothing new to import.`;
  return `${episodes}: ${newCount} new, and ${already}${kept > 0 ? ' (left as they are)' : ''}.`;
}

/** "Import 1 episode", "Import 3 episodes". */
export function importButtonText(newCount: number): string {
  return `Import ${countText(newCount, 'episode', 'episodes')}`;
}

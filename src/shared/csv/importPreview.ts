/**
 * The words of the CSV import's preview: how many rows and episodes, which are already in the journal, and
 * the first episodes themselves, in words, from the very episodes the import would save.
 */
import { calendarDayOf, formatClockTime, formatShortDate } from '../dates';
import type { Episode } from '../model';
import { describeTrigger } from '../episodeWords';
import { labelOfQuality, labelOfRemedy, listOfRegions } from '../taxonomy';

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

/** The rows that have a problem, each once, in file order. */
export function problemRows(problems: readonly { row: number }[]): number[] {
  return [...new Set(problems.map((p) => p.row))].sort((a, b) => a - b);
}

/** "row 4", "rows 3, 5 and 9", "rows 3–6 and 9": runs of three or more rows are shown as a range. */
export function rowsText(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    if (end - i >= 2) parts.push(`${sorted[i]}–${sorted[end]}`);
    else for (let k = i; k <= end; k += 1) parts.push(String(sorted[k]));
    i = end + 1;
  }
  const list =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${sorted.length === 1 ? 'row' : 'rows'} ${list}`;
}

/**
 * The button that imports what can be read while some rows have problems: "Import the 6 rows that can be
 * read and leave out the 4 with problems". `newCount` is what it adds (rows already in the journal are
 * left as they are, so they are not counted).
 */
export function importReadableButtonText(
  { newCount, alreadyCount }: CsvImportCounts,
  problemRowCount: number,
): string {
  const rows = `${newCount} ${alreadyCount > 0 ? 'new ' : ''}${newCount === 1 ? 'row that' : 'rows that'}`;
  const problems = problemRowCount === 1 ? 'the 1 with a problem' : `the ${problemRowCount} with problems`;
  return `Import the ${rows} can be read and leave out ${problems}`;
}

/** The message after an import: how many were imported and, when rows were left out, which. */
export function importedText(count: number, leftOut: readonly number[]): string {
  const imported = `Imported ${countText(count, 'episode', 'episodes')} from the CSV file.`;
  if (leftOut.length === 0) return imported;
  const rows = countText(leftOut.length, 'row with a problem was', 'rows with problems were');
  return `${imported} ${rows} left out (${rowsText(leftOut)}).`;
}

/**
 * The words above the preview table. While problems block the import nothing will be saved yet, so it
 * says how they would be saved.
 */
export function previewHeading(shown: number, total: number, isBlocked: boolean): string {
  const saved = isBlocked ? 'would be saved' : 'will be saved';
  if (shown < total)
    return `The first ${shown} of ${countText(total, 'episode', 'episodes')}${isBlocked ? ' that can be read' : ''}, as they ${saved}:`;
  if (isBlocked)
    return shown === 1
      ? `The 1 episode that can be read, as it ${saved}:`
      : `The ${shown} episodes that can be read, as they ${saved}:`;
  return shown === 1 ? `The episode, as it ${saved}:` : `The ${shown} episodes, as they ${saved}:`;
}

/** One episode of the preview, in words: exactly what will be saved, as the history will show it. */
export interface PreviewRow {
  /** The file's row number (the header is row 1), or null when not known. */
  row: number | null;
  /** "10 Nov 2026, 08:30", in the person's locale and zone: short, so the table keeps it on one line. */
  when: string;
  pain: string;
  regions: string;
  qualities: string;
  triggers: string;
  remedies: string;
  notes: string;
}

/** How many episodes the preview shows before the import. */
export const PREVIEW_ROWS = 20;

/** The first `limit` episodes of a mapping as the preview shows them. */
export function previewRows(
  mapped: { episodes: readonly Episode[]; rowNumbers?: readonly number[] },
  { timeZone, locale, limit = PREVIEW_ROWS }: { timeZone: string; locale?: string; limit?: number },
): PreviewRow[] {
  return mapped.episodes.slice(0, limit).map((episode, i) => ({
    row: mapped.rowNumbers?.[i] ?? null,
    when: `${formatShortDate(calendarDayOf(episode.startedAt, timeZone), locale)}, ${formatClockTime(episode.startedAt, { timeZone, locale })}`,
    pain: `${episode.intensity} of 10`,
    regions: listOfRegions(episode.regions),
    qualities: episode.qualities.map(labelOfQuality).join(', '),
    triggers: episode.triggers.map(describeTrigger).join('; '),
    remedies: episode.remedies
      .map((r) =>
        r.medicationName ? `${labelOfRemedy(r.kind)}: ${r.medicationName}` : labelOfRemedy(r.kind),
      )
      .join(', '),
    notes: episode.notes,
  }));
}

/** The columns no role uses, by index: listed as "Not imported", each of which can go into the notes. */
export function unusedColumns(
  headerCount: number,
  used: readonly (number | null | undefined | readonly number[])[],
): number[] {
  const taken = new Set(
    used.flatMap((u) => (u === null || u === undefined ? [] : typeof u === 'number' ? [u] : u)),
  );
  return Array.from({ length: headerCount }, (_, i) => i).filter((i) => !taken.has(i));
}

/** "Not imported: Weather, Mood", or null when every column is used. */
export function notImportedText(headers: readonly string[], columns: readonly number[]): string | null {
  if (columns.length === 0) return null;
  return `Not imported: ${columns.map((i) => headers[i]?.trim() || `Column ${i + 1}`).join(', ')}`;
}

/**
 * The rows an import leaves out on purpose, in a sentence, or null when there are none. `painColumn` is
 * the pain column's name as the file writes it ("'Back pain'").
 */
export function describeSkippedRows(
  skipped: { withoutPain: number; notPain: number },
  painColumn: string,
): string | null {
  const parts = [
    skipped.notPain > 0
      ? `${countText(skipped.notPain, 'row is not a pain entry', 'rows are not pain entries')} (mood, factors, medication and the like)`
      : null,
    skipped.withoutPain > 0
      ? `${countText(skipped.withoutPain, 'row has', 'rows have')} no number in ${painColumn}`
      : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  const total = skipped.notPain + skipped.withoutPain;
  return `${parts.join(', and ')}: ${total === 1 ? 'it is' : 'they are'} left out.`;
}

/**
 * What happens to a column no role uses, beside its tick box: a ticked one is added to the notes; a
 * note-like one ("Description") is ticked for you, and says so.
 */
export function otherColumnHint(header: string, isTicked: boolean, isSuggested: boolean): string {
  if (!isTicked) return 'Not imported unless ticked.';
  const added = `Added to the notes as “${header}: …”.`;
  return isSuggested ? `Ticked for you because it looks like notes. ${added}` : added;
}

/**
 * The journal's own CSV of episodes: one row per episode, every detail kept, so that the file can be
 * opened in a spreadsheet and read back into the journal unchanged. "Not recorded" is an empty cell
 * (or a detail left out of a trigger or remedy), never 0.
 */
import type { Episode } from '../model';
import { episodeDurationMinutes, episodeSchema } from '../model';
import type { CsvProblem } from './problems';
import { describeIssue } from './problems';
import { CsvError, parseCsv } from './parse';
import { remediesFromCell, remediesToCell, triggersFromCell, triggersToCell } from './episodeDetails';
import { FOLLOW_UP_CSV_COLUMNS, followUpCells, followUpFromCells } from './followUpCells';
import { localTimeWithOffset, storedInstantFromCsv } from './localTimes';
import { toCsv } from './write';

export interface CsvColumn {
  readonly name: string;
  readonly description: string;
}

/** The columns, in order, with what each holds. Meant to be copied into the user documentation. */
export const EPISODE_CSV_COLUMNS = [
  {
    name: 'started_at',
    description:
      'When the pain started: the date and time in your time zone with its offset from UTC (ISO 8601), ' +
      'e.g. 2026-11-24T08:15:00+00:00 in a London winter, 2026-06-24T08:15:00+01:00 in its summer. ' +
      'Milliseconds are written only when not zero.',
  },
  { name: 'ended_at', description: 'When it ended, in the same form; empty while not recorded.' },
  {
    name: 'duration_minutes',
    description:
      'Minutes from start to end; empty when there is no end. Ignored on import (it is worked out).',
  },
  { name: 'intensity', description: 'Pain from 0 (none) to 10 (worst imaginable).' },
  {
    name: 'regions',
    description: 'Where it hurt: region ids separated by |, e.g. neck|between-shoulder-blades.',
  },
  { name: 'qualities', description: 'What it felt like: quality ids separated by |.' },
  { name: 'red_flags', description: 'Warning signs noticed: red flag ids separated by |.' },
  {
    name: 'triggers',
    description:
      'What was going on before, separated by |. Each is its kind, then details as key=value separated by ;: ' +
      'workout (type, effort), stress (level), withdrawal (substance, day), posture (hours, position), ' +
      'dehydration, poor-sleep, injury, other; any of them may have a note, and each has its id. ' +
      'Example: workout;type=rowing;effort=8;id=…|other;note=lifting boxes;id=…. ' +
      'A detail not recorded is left out. In values, \\ ; = and | are written \\\\ \\; \\= and \\|.',
  },
  {
    name: 'remedies',
    description:
      'What was tried, in the same form: the remedy id, then name and dose (medications only), before and ' +
      'after (pain 0-10), minutes (how long after it pain was rated) and id. ' +
      'Example: heat;before=7;after=4;minutes=30;id=…|otc-pain-reliever;name=Ibuprofen;dose=200 mg;id=….',
  },
  { name: 'notes', description: 'The episode’s notes, as typed.' },
  { name: 'created_at', description: 'When the entry was first saved, in the same form.' },
  { name: 'updated_at', description: 'When the entry was last changed, in the same form.' },
  ...FOLLOW_UP_CSV_COLUMNS,
  // Last: the id is for the journal, not for reading, and the columns a person reads come first.
  {
    name: 'id',
    description: 'The episode’s id. Kept on import, so importing the same file twice adds nothing.',
  },
] as const satisfies readonly CsvColumn[];

export type EpisodeCsvColumnName = (typeof EPISODE_CSV_COLUMNS)[number]['name'];

const COLUMN_NAMES: readonly EpisodeCsvColumnName[] = EPISODE_CSV_COLUMNS.map((column) => column.name);

/** The columns holding an instant: written as local time with its offset, read back to UTC. */
const TIME_COLUMNS: ReadonlySet<EpisodeCsvColumnName> = new Set([
  'started_at',
  'ended_at',
  'created_at',
  'updated_at',
  'follow_up_at',
  'follow_up_answered_at',
  'follow_up_snoozed_until',
  'follow_up_dismissed_at',
]);

/** Columns a file may lack: worked out on import, or written only since follow-ups (read as none). */
const OPTIONAL_COLUMNS: ReadonlySet<EpisodeCsvColumnName> = new Set([
  'duration_minutes',
  ...FOLLOW_UP_CSV_COLUMNS.map((column) => column.name),
]);

/**
 * A trigger or remedy list in one cell can be long (30 remedies with 200-character names and doses), so
 * the journal's own format accepts longer cells than the general importer. Still bounded.
 */
export const JOURNAL_CSV_MAX_CELL_CHARS = 40_000;

/** The export order: newest start first; episodes starting at the same instant by id. */
export function compareEpisodesForCsv(a: Episode, b: Episode): number {
  const byStart = Date.parse(b.startedAt) - Date.parse(a.startedAt);
  if (byStart !== 0) return byStart;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function episodeRow(episode: Episode, timeZone: string): string[] {
  const cells: Record<EpisodeCsvColumnName, string> = {
    id: episode.id,
    started_at: episode.startedAt,
    ended_at: episode.endedAt ?? '',
    duration_minutes: String(episodeDurationMinutes(episode) ?? ''),
    intensity: String(episode.intensity),
    regions: episode.regions.join('|'),
    qualities: episode.qualities.join('|'),
    red_flags: episode.redFlags.join('|'),
    triggers: triggersToCell(episode.triggers),
    remedies: remediesToCell(episode.remedies),
    notes: episode.notes,
    created_at: episode.createdAt,
    updated_at: episode.updatedAt,
    ...followUpCells(episode),
  };
  return COLUMN_NAMES.map((name) => {
    const cell = cells[name];
    return TIME_COLUMNS.has(name) && cell !== '' ? localTimeWithOffset(cell, timeZone) : cell;
  });
}

/**
 * The CSV text of the episodes that are not deleted, newest first, with times in `timeZone` (the
 * person's, passed in: a pure function never reads the machine's).
 */
export function episodesToCsv(episodes: readonly Episode[], timeZone: string): string {
  const kept = episodes.filter((episode) => episode.deletedAt === null).sort(compareEpisodesForCsv);
  return toCsv(
    COLUMN_NAMES,
    kept.map((episode) => episodeRow(episode, timeZone)),
  );
}

export interface JournalCsvOptions {
  /** Makes an id for a trigger or remedy written without one (a hand-edited file). Without it, that is a problem. */
  newId?: () => string;
}

export interface EpisodesFromCsv {
  episodes: Episode[];
  problems: CsvProblem[];
}

function splitIds(cell: string): string[] {
  return cell === '' ? [] : cell.split('|');
}

/**
 * One row as an episode, with what could not be read of its follow-up (kept without it), or what is
 * wrong with the row.
 */
function readEpisodeRow(
  cell: (name: EpisodeCsvColumnName) => string,
  newId?: () => string,
): { episode: Episode; followUpProblems: string[] } | string {
  const intensityText = cell('intensity').trim();
  if (!/^\d+$/.test(intensityText)) return `intensity "${intensityText}" is not a whole number from 0 to 10.`;
  const triggers = triggersFromCell(cell('triggers'), newId);
  if (!triggers.ok) return `triggers: ${triggers.message}.`;
  const remedies = remediesFromCell(cell('remedies'), newId);
  if (!remedies.ok) return `remedies: ${remedies.message}.`;
  const followUp = followUpFromCells(cell);
  const result = episodeSchema.safeParse({
    id: cell('id'),
    startedAt: cell('started_at'),
    endedAt: cell('ended_at') === '' ? null : cell('ended_at'),
    intensity: Number(intensityText),
    regions: splitIds(cell('regions')),
    qualities: splitIds(cell('qualities')),
    redFlags: splitIds(cell('red_flags')),
    triggers: triggers.values,
    remedies: remedies.values,
    notes: cell('notes'),
    createdAt: cell('created_at'),
    updatedAt: cell('updated_at'),
    deletedAt: null,
    ...followUp.fields,
  });
  if (!result.success) return describeIssue(result.error.issues[0]);
  return { episode: result.data, followUpProblems: followUp.problems };
}

/** True when these headers are those of the journal's own episodes export (in any order, extras allowed). */
export function isJournalEpisodesCsv(headers: readonly string[]): boolean {
  const names = new Set(headers.map((header) => header.trim()));
  return COLUMN_NAMES.every((name) => OPTIONAL_COLUMNS.has(name) || names.has(name));
}

/**
 * Reads a file written by episodesToCsv back into episodes (ids kept, deletedAt null). Columns are found
 * by name, so a file whose columns were reordered in a spreadsheet, or one from an earlier version (id
 * first, times in UTC), still reads; extra columns are ignored. Times come back in the stored UTC form.
 * Each row is checked against the episode schema; rows that fail are reported, by the row number a
 * spreadsheet shows (the header is row 1), and left out. A follow-up cell that cannot be read is
 * reported too, but costs only the follow-up: the episode is kept. A file from before follow-ups (no
 * follow_up_ columns) reads with none.
 *
 * Throws CsvError when the text is not CSV or lacks one of the columns.
 */
export function episodesFromJournalCsv(text: string, options: JournalCsvOptions = {}): EpisodesFromCsv {
  const parsed = parseCsv(text, { maxCellChars: JOURNAL_CSV_MAX_CELL_CHARS });
  const index = new Map<string, number>();
  parsed.headers.forEach((header, i) => {
    if (!index.has(header.trim())) index.set(header.trim(), i);
  });
  const missing = COLUMN_NAMES.filter((name) => !OPTIONAL_COLUMNS.has(name) && !index.has(name));
  if (missing.length > 0) {
    throw new CsvError(
      `This is not an episodes file exported by the journal: it has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}.`,
    );
  }

  const episodes: Episode[] = [];
  const problems: CsvProblem[] = [];
  const rowOfId = new Map<string, number>();
  parsed.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const cellOf = (name: EpisodeCsvColumnName): string => {
      const cell = cells[index.get(name) ?? -1] ?? '';
      return TIME_COLUMNS.has(name) ? storedInstantFromCsv(cell) : cell;
    };
    const read = readEpisodeRow(cellOf, options.newId);
    const earlier = typeof read === 'string' ? undefined : rowOfId.get(read.episode.id);
    if (typeof read === 'string' || earlier !== undefined) {
      const message =
        typeof read === 'string' ? read : `the id ${read.episode.id} is already used in row ${earlier}.`;
      problems.push({ row, message: `Row ${row}: ${message}` });
      return;
    }
    rowOfId.set(read.episode.id, row);
    episodes.push(read.episode);
    for (const message of read.followUpProblems) problems.push({ row, message: `Row ${row}: ${message}` });
  });
  return { episodes, problems };
}

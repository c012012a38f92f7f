/**
 * Importing episodes from other trackers' CSV files: guess which column holds what, then turn each row
 * into an episode, reporting every row that cannot be read (by the row number a spreadsheet shows: the
 * header is row 1) instead of guessing.
 *
 * - Dates and times: see ./dateTimeText; whether 03/02/2026 has the day or the month first is told from the
 *   whole column, or given by the person (./dateOrder). A date without a time is read as 12:00 and the
 *   notes say so.
 * - Pain intensity is converted from the chosen scale to 0-10 and rounded (half up): 5-point ×2,
 *   100-point ÷10. An empty intensity is a problem: every episode needs one.
 * - Triggers and remedies: see ./textMatching. Unknown triggers become 'other' with the text as the note;
 *   unknown remedies are kept in the notes ("Also tried: …"), so nothing typed is lost.
 * - Deterministic: ids come from each row's content (./importIds), so a file imported twice gives the
 *   same ids and the second import can recognise what is already in the journal; createdAt/updatedAt are
 *   options.now.
 */
import type { Episode, RemedyTried, Trigger, TriggerKind } from '../model';
import { MAX_NOTES_LENGTH, MAX_SHORT_TEXT_LENGTH, NO_FOLLOW_UP, episodeSchema } from '../model';
import { parseImportedDateTime, type DateOrder } from './dateTimeText';
import { dateOrderFromColumn } from './dateOrder';
import type { ParsedCsv } from './parse';
import type { CsvProblem } from './problems';
import { describeIssue } from './problems';
import { withContentIds } from './importIds';
import { isPainRelieverText, matchRemedy, matchTriggerKind, splitList } from './textMatching';

export type IntensityScale = 10 | 5 | 100;

export type ColumnChoice = {
  /** The column with the date and time, or with the time when `date` is set. */
  time: number;
  /** A separate date column (exports with "Date" and "Time" columns); its text is read before the time. */
  date?: number | null;
  intensity: number;
  notes: number | null;
  trigger: number | null;
  remedy: number | null;
  /** The scale the intensity column uses: 0-10, 0-5 (or 1-5), or 0-100. */
  intensityScale: IntensityScale;
};

/** What suggestColumns could guess; null where no header looks right. */
export type ColumnSuggestion = {
  [K in 'time' | 'date' | 'intensity' | 'notes' | 'trigger' | 'remedy']: number | null;
} & { intensityScale: IntensityScale };

export interface MapOptions {
  /** The IANA zone times without a zone are read in, e.g. 'Europe/London'. */
  timeZone: string;
  now: Date;
  /** How to read 03/02/2026, when the person was asked; otherwise told from the date column. */
  dateOrder?: DateOrder;
}

/** Until withContentIds gives the real ones: a valid id, so each row can be checked by the schema. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

export interface MappedEpisodes {
  episodes: Episode[];
  problems: CsvProblem[];
}

/** Episodes may be logged up to this far ahead of now (clocks differ a little). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const DATE_AND_TIME = /date\s*(and|&|\/)?\s*time|datetime|timestamp/;
const TIME = /\btime\b|\bwhen\b|\bstart(ed)?\b/;
const DATE = /\bdate\b|\bday\b/;
const TRIGGER = /trigger|cause/;
const REMEDY = /remed|treatment|intervention|medication|medicine|relief|therap|tried/;
const NOTES = /note|comment|description|journal|memo|detail/;
const INTENSITY_RANKED = [/intensity|severity/, /\bpain\b/, /\blevel\b|\bscore\b|\brating\b/];

/** Guesses the columns from the header names (any case). Each column is used for one thing at most. */
export function suggestColumns(headers: readonly string[]): ColumnSuggestion {
  const names = headers.map((header) => header.toLowerCase().replace(/[_-]+/g, ' ').trim());
  const used = new Set<number>();
  const take = (pattern: RegExp): number | null => {
    const index = names.findIndex((name, i) => !used.has(i) && pattern.test(name));
    if (index === -1) return null;
    used.add(index);
    return index;
  };
  let time = take(DATE_AND_TIME);
  let date: number | null = null;
  if (time === null) {
    date = take(DATE);
    time = take(TIME);
    if (time === null) [time, date] = [date, null];
  }
  const trigger = take(TRIGGER);
  const remedy = take(REMEDY);
  const notes = take(NOTES);
  let intensity: number | null = null;
  for (const pattern of INTENSITY_RANKED) intensity ??= take(pattern);
  const intensityName = intensity === null ? '' : (headers[intensity]?.toLowerCase() ?? '');
  const intensityScale: IntensityScale = /\b[01]\s*(-|–|to)\s*5\b|\/\s*5\b|out of 5\b/.test(intensityName)
    ? 5
    : /100|%|percent/.test(intensityName)
      ? 100
      : 10;
  return { time, date, intensity, notes, trigger, remedy, intensityScale };
}

function convertIntensity(text: string, scale: IntensityScale): number | string {
  if (text === '') return 'no pain intensity; the journal needs one for every episode.';
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return `pain intensity "${text}" is not a number.`;
  const value = Number(text.replace(',', '.'));
  if (value > scale) return `pain intensity "${text}" is outside the 0-${scale} scale.`;
  return Math.round(scale === 5 ? value * 2 : scale === 100 ? value / 10 : value);
}

function newTrigger(kind: TriggerKind, id: string, note: string): Trigger {
  switch (kind) {
    case 'workout':
      return { id, kind, note, workoutType: null, effort: null };
    case 'stress':
      return { id, kind, note, level: null };
    case 'withdrawal':
      return { id, kind, note, substance: null, dayNumber: null };
    case 'posture':
      return { id, kind, note, deskHours: null, position: null };
    default:
      return { id, kind, note };
  }
}

function mapTriggers(cell: string, alsoNoted: string[]): Trigger[] {
  const triggers: Trigger[] = [];
  for (const text of splitList(cell)) {
    const matched = matchTriggerKind(text);
    const note = matched === null ? text : '';
    if (note.length > MAX_SHORT_TEXT_LENGTH) {
      alsoNoted.push(text);
      continue;
    }
    const kind = matched ?? 'other';
    if (!triggers.some((t) => t.kind === kind && t.note === note))
      triggers.push(newTrigger(kind, PLACEHOLDER_ID, note));
  }
  return triggers;
}

function mapRemedies(cell: string, alsoTried: string[]): RemedyTried[] {
  const remedies: RemedyTried[] = [];
  for (const text of splitList(cell)) {
    const kind = matchRemedy(text);
    const medicationName = kind === 'otc-pain-reliever' && isPainRelieverText(text) ? text : null;
    if (kind === null || (medicationName !== null && medicationName.length > MAX_SHORT_TEXT_LENGTH)) {
      alsoTried.push(text);
    } else if (!remedies.some((r) => r.kind === kind && r.medicationName === medicationName)) {
      remedies.push({
        id: PLACEHOLDER_ID,
        kind,
        medicationName,
        dose: null,
        painBefore: null,
        painAfter: null,
        minutesAfter: null,
      });
    }
  }
  return remedies;
}

/** One row as an episode, or what is wrong with it (without the row number). */
function mapRow(
  cell: (index: number | null | undefined) => string,
  choice: ColumnChoice,
  options: MapOptions,
) {
  const separateDate = choice.date !== undefined && choice.date !== null && choice.date !== choice.time;
  const timeText = separateDate
    ? `${cell(choice.date).trim()} ${cell(choice.time).trim()}`.trim()
    : cell(choice.time).trim();
  if (timeText === '') return 'there is no date and time.';
  const time = parseImportedDateTime(timeText, options.timeZone, options.dateOrder);
  if (!time.ok) return time.message;
  if (Date.parse(time.iso) > options.now.getTime() + FUTURE_TOLERANCE_MS)
    return `"${timeText}" is in the future.`;
  const intensity = convertIntensity(cell(choice.intensity).trim(), choice.intensityScale);
  if (typeof intensity === 'string') return intensity;

  const alsoNoted: string[] = [];
  const alsoTried: string[] = [];
  const triggers = mapTriggers(cell(choice.trigger), alsoNoted);
  const remedies = mapRemedies(cell(choice.remedy), alsoTried);
  const notes = [
    cell(choice.notes).trim(),
    alsoNoted.length > 0 ? `Also noted: ${alsoNoted.join(', ')}` : '',
    alsoTried.length > 0 ? `Also tried: ${alsoTried.join(', ')}` : '',
    time.timeMissing ? 'The imported file had no time for this episode; it was set to 12:00.' : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
  if (notes.length > MAX_NOTES_LENGTH) {
    return `the notes are longer than ${MAX_NOTES_LENGTH.toLocaleString('en-US')} characters.`;
  }
  const now = options.now.toISOString();
  const result = episodeSchema.safeParse({
    id: PLACEHOLDER_ID,
    startedAt: time.iso,
    endedAt: null,
    intensity,
    regions: [],
    qualities: [],
    triggers,
    remedies,
    redFlags: [],
    notes,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...NO_FOLLOW_UP,
  } satisfies Episode);
  return result.success ? result.data : describeIssue(result.error.issues[0]);
}

/** Turns the rows of another tracker's CSV into new episodes. Rows with every cell empty are skipped. */
export function mapRowsToEpisodes(
  parsed: ParsedCsv,
  choice: ColumnChoice,
  options: MapOptions,
): MappedEpisodes {
  for (const index of [
    choice.time,
    choice.date,
    choice.intensity,
    choice.notes,
    choice.trigger,
    choice.remedy,
  ]) {
    if (
      index !== null &&
      index !== undefined &&
      !(Number.isInteger(index) && index >= 0 && index < parsed.headers.length)
    ) {
      throw new RangeError(`Column ${index} is not in the file (it has ${parsed.headers.length}).`);
    }
  }
  const episodes: Episode[] = [];
  const problems: CsvProblem[] = [];
  const fromColumn =
    options.dateOrder === undefined ? dateOrderFromColumn(parsed, choice) : { order: options.dateOrder };
  const rowOptions = { ...options, dateOrder: fromColumn.order };
  parsed.rows.forEach((cells, i) => {
    if (cells.every((value) => value.trim() === '')) return;
    const row = i + 2;
    const mapped = mapRow(
      (index) => (index === null || index === undefined ? '' : (cells[index] ?? '')),
      choice,
      rowOptions,
    );
    if ('problem' in fromColumn && fromColumn.problem?.row === row) problems.push(fromColumn.problem);
    if (typeof mapped === 'string') problems.push({ row, message: `Row ${row}: ${mapped}` });
    else episodes.push(mapped);
  });
  return { episodes: withContentIds(episodes), problems };
}

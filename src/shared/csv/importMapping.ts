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
 * - Triggers and remedies: see ./textMatching. A trigger keeps its text as its note unless the text is just
 *   the kind's own name ("after gym" → Workout, note "after gym"); unknown triggers become 'other' with the
 *   text as the note. Remedies have no note: their words are kept in the notes ("Tried, in the file's
 *   words: hot shower"), and unknown remedies too ("Also tried: …"), so nothing typed is lost.
 * - Deterministic: ids come from each row's content (./importIds), so a file imported twice gives the
 *   same ids and the second import can recognise what is already in the journal; createdAt/updatedAt are
 *   options.now.
 */
import type { Episode, RemedyTried, Trigger, TriggerKind } from '../model';
import type { BodyRegionId, PainQualityId } from '../taxonomy';
import { MAX_NOTES_LENGTH, MAX_SHORT_TEXT_LENGTH, NO_FOLLOW_UP, episodeSchema } from '../model';
import { parseImportedDateTime, type DateOrder } from './dateTimeText';
import { dateOrderFromColumn } from './dateOrder';
import type { ParsedCsv } from './parse';
import type { CsvProblem } from './problems';
import { describeIssue } from './problems';
import { withContentIds } from './importIds';
import { matchQuality, matchRegions, splitValues, valueKey } from './catalogMatching';
import {
  isPainRelieverText,
  isRemedyName,
  isTriggerKindName,
  matchRemedy,
  matchTriggerKind,
  splitList,
} from './textMatching';

export type IntensityScale = 10 | 5 | 4 | 100;

/**
 * What the person chose for a value found in a location or pain-type column, by its valueKey: catalog
 * ids, or an empty list to keep the text in the notes. Values without a choice use the automatic match.
 */
export type ValueChoices<Id extends string> = Readonly<Record<string, readonly Id[]>>;

export type ColumnChoice = {
  /** The column with the date and time, or with the time when `date` is set. */
  time: number;
  /** A separate date column (exports with "Date" and "Time" columns); its text is read before the time. */
  date?: number | null;
  intensity: number;
  notes: number | null;
  trigger: number | null;
  remedy: number | null;
  /** Columns saying where it hurt; each cell may list several places. */
  regions?: readonly number[];
  /** Columns saying what it felt like (pain type or quality). */
  qualities?: readonly number[];
  /**
   * More columns whose text goes into the notes, each part labelled with its column's header
   * ("Description: after gym") after the notes column's own text, which stays as it is.
   */
  noteColumns?: readonly number[];
  regionChoices?: ValueChoices<BodyRegionId>;
  qualityChoices?: ValueChoices<PainQualityId>;
  /** The scale the intensity column uses: 0-10, 0-5 (or 1-5), 0-4 or 0-100. */
  intensityScale: IntensityScale;
  /**
   * Day-by-day exports (Flaredown) have a row for every day, with no number on days this symptom was not
   * rated: such rows are counted and left out instead of being reported as problems.
   */
  skipRowsWithoutPain?: boolean;
  /** A preset's test for rows that are pain entries at all (a Bearable mood row is not); others are counted and left out. */
  includeRow?: (cells: readonly string[]) => boolean;
};

/** What suggestColumns could guess; null where no header looks right. */
export type ColumnSuggestion = {
  [K in 'time' | 'date' | 'intensity' | 'notes' | 'trigger' | 'remedy' | 'regions' | 'qualities']:
    number | null;
} & { intensityScale: IntensityScale; noteColumns: number[] };

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

export interface MappedImport extends MappedEpisodes {
  /** The file row (as a spreadsheet numbers it) each episode came from, in the same order. */
  rowNumbers: number[];
  /** Rows left out on purpose: without a pain number (skipRowsWithoutPain), or not pain entries (includeRow). */
  skipped: { withoutPain: number; notPain: number };
}

/** Episodes may be logged up to this far ahead of now (clocks differ a little). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const DATE_AND_TIME = /date\s*(and|&|\/)?\s*time|datetime|timestamp/;
const TIME = /\btime\b|\bwhen\b|\bstart(ed)?\b/;
const DATE = /\bdate\b|\bday\b|\bdatum\b/;
const TRIGGER = /trigger|cause/;
const REMEDY = /remed|treatment|intervention|medication|medicine|relief|therap|tried/;
const REGIONS = /location|\bwhere\b|region|\bbody\b|\bsite\b|\bplace\b|\barea\b|position der/;
const QUALITIES = /qualit|nature|character|sensation|\bfeel|\btype\b|\bkind\b/;
/** Notes first, then the rest: "Notes" is the main notes column even when "Description" comes before it. */
const NOTES_RANKED = [/\bnotes?\b/, /comment|anmerkung/, /description|journal|memo|detail/];
const INTENSITY_RANKED = [/intensity|severity|intensit/, /\bpain\b/, /\blevel\b|\bscore\b|\brating\b/];

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
  const regions = take(REGIONS);
  const qualities = take(QUALITIES);
  let notes: number | null = null;
  for (const pattern of NOTES_RANKED) notes ??= take(pattern);
  // Any other note-like column joins the notes (labelled), so a second one is never dropped.
  const noteColumns: number[] = [];
  for (const pattern of NOTES_RANKED) {
    for (let next = take(pattern); next !== null; next = take(pattern)) noteColumns.push(next);
  }
  noteColumns.sort((a, b) => a - b);
  let intensity: number | null = null;
  for (const pattern of INTENSITY_RANKED) intensity ??= take(pattern);
  const intensityName = intensity === null ? '' : (headers[intensity]?.toLowerCase() ?? '');
  return {
    time,
    date,
    intensity,
    notes,
    trigger,
    remedy,
    regions,
    qualities,
    noteColumns,
    intensityScale: scaleFromHeader(intensityName),
  };
}

/** The scale a pain column's header names: "Pain (1-5)", "Pain /5", "(0-4)", "Pain %"; else 0-10. */
export function scaleFromHeader(name: string): IntensityScale {
  if (/\b[01]\s*(-|–|to)\s*5\b|\/\s*5\b|out of 5\b/.test(name)) return 5;
  if (/\b0\s*(-|–|to)\s*4\b|\/\s*4\b|out of 4\b/.test(name)) return 4;
  if (/100|%|percent/.test(name)) return 100;
  return 10;
}

/** The pain number on the 0-10 scale, or what is wrong with the cell (a sentence naming the column). */
function convertIntensity(text: string, scale: IntensityScale, column: string): number | string {
  if (text === '') return `${column} is empty; every entry needs a pain number.`;
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return `${column} says "${text}", which is not a number.`;
  const value = Number(text.replace(',', '.'));
  if (value > scale) {
    return `${column} says "${text}", which is more than ${scale}, the top of the 0 to ${scale} scale chosen for it.`;
  }
  return Math.round((value * 10) / scale);
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

/**
 * The triggers a cell names. A text that is not just the catalog's name for its kind keeps its words as
 * the trigger's note ("after gym" → Workout, note "after gym"); words too long for a note go to the
 * episode's notes instead (`alsoNoted`), so nothing typed is lost.
 */
function mapTriggers(cell: string, alsoNoted: string[]): Trigger[] {
  const triggers: Trigger[] = [];
  for (const text of splitList(cell)) {
    const matched = matchTriggerKind(text);
    const kind = matched ?? 'other';
    let note = isTriggerKindName(text, kind) ? '' : text;
    if (note.length > MAX_SHORT_TEXT_LENGTH) {
      alsoNoted.push(text);
      if (matched === null) continue;
      note = '';
    }
    // One trigger per kind, its words joined ("gym, long run"); each different 'other' is its own.
    const same = triggers.find((t) => t.kind === kind && (kind !== 'other' || t.note === note));
    if (same === undefined) triggers.push(newTrigger(kind, PLACEHOLDER_ID, note));
    else if (note !== '' && !same.note.toLowerCase().includes(note.toLowerCase())) {
      const joined = same.note === '' ? note : `${same.note}, ${note}`;
      if (joined.length <= MAX_SHORT_TEXT_LENGTH) same.note = joined;
      else alsoNoted.push(text);
    }
  }
  return triggers;
}

/**
 * The remedies a cell names. A remedy has no note: a text that is not just the catalog's name for it
 * ("hot shower" → Heat) is kept in `triedWords` for the notes, and one that names no remedy in
 * `alsoTried`. Pain relievers keep their text as the medication name.
 */
function mapRemedies(cell: string, alsoTried: string[], triedWords: string[]): RemedyTried[] {
  const remedies: RemedyTried[] = [];
  for (const text of splitList(cell)) {
    const kind = matchRemedy(text);
    const medicationName = kind === 'otc-pain-reliever' && isPainRelieverText(text) ? text : null;
    if (kind === null || (medicationName !== null && medicationName.length > MAX_SHORT_TEXT_LENGTH)) {
      alsoTried.push(text);
      continue;
    }
    if (medicationName === null && !isRemedyName(text, kind) && !triedWords.includes(text))
      triedWords.push(text);
    if (!remedies.some((r) => r.kind === kind && r.medicationName === medicationName)) {
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

/** A column as the person knows it: its header in quotes, or its place when the header is empty. */
export function columnName(headers: readonly string[], index: number): string {
  const header = columnHeader(headers, index);
  return header === `Column ${index + 1}` ? `column ${index + 1}` : `'${header}'`;
}

/** A column's header as a label ("Location of the pain:" → "Location of the pain"), or "Column 3". */
export function columnHeader(headers: readonly string[], index: number): string {
  const header = (headers[index] ?? '').trim().replace(/\s*:\s*$/, '');
  return header === '' ? `Column ${index + 1}` : header;
}

function usedIndexes(indexes: readonly (number | null | undefined)[]): number[] {
  const seen: number[] = [];
  for (const index of indexes)
    if (index !== null && index !== undefined && !seen.includes(index)) seen.push(index);
  return seen;
}

/**
 * The catalog entries a row's cells name, and the values kept for the notes (labelled with their column).
 * `match` is the automatic matcher; a person's choice for a value replaces it.
 */
function mapValues<Id extends string>(
  cells: readonly { header: string; text: string }[],
  match: (text: string) => Id[] | null,
  choices: ValueChoices<Id> | undefined,
  keptInNotes: string[],
): Id[] {
  const ids: Id[] = [];
  for (const { header, text } of cells) {
    const kept: string[] = [];
    for (const value of splitValues(text)) {
      const chosen = choices?.[valueKey(value)] ?? match(value) ?? [];
      if (chosen.length === 0) kept.push(value);
      for (const id of chosen) if (!ids.includes(id)) ids.push(id);
    }
    if (kept.length > 0) keptInNotes.push(`${header}: ${kept.join(', ')}`);
  }
  return ids;
}

/**
 * The notes: the notes column's text as it is, then each extra column's text labelled with its header
 * ("Description: after gym"), values that matched nothing, then what the importer had to decide.
 * `noteCells` starts with the main notes column when there is one.
 */
function composeNotes(parts: {
  noteCells: readonly { header: string; text: string }[];
  keptValues: readonly string[];
  alsoNoted: readonly string[];
  alsoTried: readonly string[];
  triedWords: readonly string[];
  timeWords: string | null;
  isTimeMissing: boolean;
}): string {
  const [main, ...extra] = parts.noteCells;
  return [
    main?.text ?? '',
    ...extra.filter((c) => c.text !== '').map((c) => `${c.header}: ${c.text}`),
    ...parts.keptValues,
    parts.alsoNoted.length > 0 ? `Also noted: ${parts.alsoNoted.join(', ')}` : '',
    parts.triedWords.length > 0 ? `Tried, in the file's words: ${parts.triedWords.join(', ')}` : '',
    parts.alsoTried.length > 0 ? `Also tried: ${parts.alsoTried.join(', ')}` : '',
    parts.timeWords ?? '',
    parts.isTimeMissing ? 'The imported file had no time for this episode; it was set to 12:00.' : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** One row as an episode, or what is wrong with it (a sentence without the row number). */
function mapRow(
  cell: (index: number | null | undefined) => string,
  headers: readonly string[],
  choice: ColumnChoice,
  options: MapOptions,
): Episode | string {
  const name = (index: number) => columnName(headers, index);
  const header = (index: number) => columnHeader(headers, index);
  const separateDate = choice.date !== undefined && choice.date !== null && choice.date !== choice.time;
  const timeCell = cell(choice.time).trim();
  // "am", "morning", "all day": a part of the day rather than a clock time. The day is read alone, and
  // the words are kept in the notes.
  const isTimeWords = separateDate && timeCell !== '' && !/\d/.test(timeCell);
  const timeText = separateDate
    ? `${cell(choice.date).trim()} ${isTimeWords ? '' : timeCell}`.trim()
    : timeCell;
  const timeColumns = separateDate
    ? `${name(choice.date ?? choice.time)} and ${name(choice.time)}`
    : name(choice.time);
  if (timeText === '') {
    return `${timeColumns} ${separateDate ? 'are' : 'is'} empty; every entry needs a date.`;
  }
  const time = parseImportedDateTime(timeText, options.timeZone, options.dateOrder);
  if (!time.ok) return `in ${timeColumns}, ${time.message}`;
  if (Date.parse(time.iso) > options.now.getTime() + FUTURE_TOLERANCE_MS)
    return `${timeColumns} ${separateDate ? 'say' : 'says'} "${timeText}", which is in the future.`;
  const intensity = convertIntensity(
    cell(choice.intensity).trim(),
    choice.intensityScale,
    name(choice.intensity),
  );
  if (typeof intensity === 'string') return intensity;

  const alsoNoted: string[] = [];
  const alsoTried: string[] = [];
  const triedWords: string[] = [];
  const keptValues: string[] = [];
  const triggers = mapTriggers(cell(choice.trigger), alsoNoted);
  const remedies = mapRemedies(cell(choice.remedy), alsoTried, triedWords);
  const cellsOf = (indexes: readonly number[] | undefined) =>
    (indexes ?? []).map((index) => ({ header: header(index), text: cell(index).trim() }));
  const regions = mapValues(cellsOf(choice.regions), matchRegions, choice.regionChoices, keptValues);
  const qualities = mapValues(cellsOf(choice.qualities), matchQuality, choice.qualityChoices, keptValues);
  const noteColumns = usedIndexes([choice.notes, ...(choice.noteColumns ?? [])]);
  // Without a main notes column, every ticked column is labelled: an empty main part comes first.
  const noteCells = cellsOf(noteColumns);
  const notes = composeNotes({
    noteCells: choice.notes === null ? [{ header: '', text: '' }, ...noteCells] : noteCells,
    keptValues,
    alsoNoted,
    alsoTried,
    triedWords,
    timeWords: isTimeWords ? `${header(choice.time)}: ${timeCell}` : null,
    isTimeMissing: time.timeMissing,
  });
  if (notes.length > MAX_NOTES_LENGTH) {
    return `the notes would be ${notes.length.toLocaleString('en-US')} characters long; the journal keeps up to ${MAX_NOTES_LENGTH.toLocaleString('en-US')}. Shorten ${noteColumns.length > 0 ? noteColumns.map(name).join(' or ') : 'the text'} in this row.`;
  }
  const now = options.now.toISOString();
  const result = episodeSchema.safeParse({
    id: PLACEHOLDER_ID,
    startedAt: time.iso,
    endedAt: null,
    intensity,
    regions,
    qualities,
    triggers,
    remedies,
    redFlags: [],
    notes,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...NO_FOLLOW_UP,
  } satisfies Episode);
  return result.success ? result.data : lowerFirst(describeIssue(result.error.issues[0]));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Turns the rows of another tracker's CSV into new episodes. Rows with every cell empty are skipped. */
export function mapRowsToEpisodes(
  parsed: ParsedCsv,
  choice: ColumnChoice,
  options: MapOptions,
): MappedImport {
  for (const index of [
    choice.time,
    choice.date,
    choice.intensity,
    choice.notes,
    choice.trigger,
    choice.remedy,
    ...(choice.regions ?? []),
    ...(choice.qualities ?? []),
    ...(choice.noteColumns ?? []),
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
  const rowNumbers: number[] = [];
  const problems: CsvProblem[] = [];
  const fromColumn =
    options.dateOrder === undefined ? dateOrderFromColumn(parsed, choice) : { order: options.dateOrder };
  const rowOptions = { ...options, dateOrder: fromColumn.order };
  const skipped = { withoutPain: 0, notPain: 0 };
  parsed.rows.forEach((cells, i) => {
    if (cells.every((value) => value.trim() === '')) return;
    if (choice.includeRow && !choice.includeRow(cells)) {
      skipped.notPain += 1;
      return;
    }
    if (choice.skipRowsWithoutPain && (cells[choice.intensity] ?? '').trim() === '') {
      skipped.withoutPain += 1;
      return;
    }
    const row = i + 2;
    const mapped = mapRow(
      (index) => (index === null || index === undefined ? '' : (cells[index] ?? '')),
      parsed.headers,
      choice,
      rowOptions,
    );
    // A row with a problem is never among the episodes, so leaving out the rows with problems is exact.
    const isConflict = 'problem' in fromColumn && fromColumn.problem?.row === row;
    if (isConflict && fromColumn.problem) problems.push(fromColumn.problem);
    if (typeof mapped === 'string') problems.push({ row, message: `Row ${row}: ${mapped}` });
    else if (!isConflict) {
      episodes.push(mapped);
      rowNumbers.push(row);
    }
  });
  return { episodes: withContentIds(episodes), problems, rowNumbers, skipped };
}

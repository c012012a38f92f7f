/**
 * Layouts of other trackers' CSV exports, recognised from the header row, with the column choice that
 * fits each. Every layout here was learned from the tracker's own published code or from a real export
 * in public material (cited on each); one that could not be learned is not guessed at. A preset may also
 * rewrite cells the general reader cannot read (a date such as "22nd Sep 2020") into a form it can, without
 * changing what they say, and may say which rows are pain entries at all.
 *
 * Looked for and not found: Manage My Pain publishes no CSV layout, and no public export or parser of
 * one was found, so it has no preset (its files go through the general column choice).
 */
import type { ColumnChoice, ColumnSuggestion } from './importMapping';
import type { ParsedCsv } from './parse';

export type ImportPresetId = 'privacy-friendly-pain-diary' | 'flaredown' | 'bearable';

export interface PresetMapping {
  preset: ImportPresetId;
  /** The tracker's name, for "Recognised as a … export". */
  name: string;
  /** The file with cells rewritten where needed; the same rows, in the same order. */
  parsed: ParsedCsv;
  suggestion: ColumnSuggestion;
  includeRow?: ColumnChoice['includeRow'];
  skipRowsWithoutPain?: boolean;
  /** What the preset does beyond choosing columns, in a sentence or two, or null. */
  about: string | null;
}

const NO_COLUMNS: ColumnSuggestion = {
  time: null,
  date: null,
  intensity: null,
  notes: null,
  trigger: null,
  remedy: null,
  regions: null,
  qualities: null,
  noteColumns: [],
  intensityScale: 10,
};

/** A header as compared here: lower case, without the trailing colon some apps add. */
function plain(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/\s*:\s*$/, '');
}

function hasHeaders(headers: readonly string[], expected: readonly string[]): boolean {
  return headers.length === expected.length && expected.every((name, i) => plain(headers[i] ?? '') === name);
}

function rewriteColumn(parsed: ParsedCsv, column: number, rewrite: (text: string) => string): ParsedCsv {
  return {
    ...parsed,
    rows: parsed.rows.map((cells) => cells.map((text, i) => (i === column ? rewrite(text) : text))),
  };
}

/**
 * Privacy Friendly Pain Diary (SecUSo, Android). Its CSV export is in CsvHelper.java of pull request #18
 * of github.com/SecUSo/privacy-friendly-pain-diary ("Csv export", 2019; still open, so only builds with
 * that change write it; released versions export PDF and backups). Header names are the app's strings
 * (values/strings.xml, values-de/strings.xml), so a German phone writes German headers; earlier commits
 * of that pull request wrote fixed English ones. Cells: the date in the phone's short date format
 * ("24.11.19" in German, "11/24/19" in US English), the condition as an enum name (GOOD), the pain level
 * 0-10, body regions as enum names in brackets ("[NECK_BACK, CHEST_LEFT]"), pain qualities as English
 * words in brackets ("[stabbing, burning]"), times of pain ("[morning, at night]"), drug intakes in the
 * app's own bracket notation, and the comment.
 */
const PAIN_DIARY_HEADERS: readonly (readonly string[])[] = [
  [
    'date',
    'condition',
    'pain intensity: (0-10)',
    'location of the pain',
    'nature of the pain',
    'time of the pain',
    'medication taken',
    'comments',
  ],
  [
    'datum',
    'gemütszustand',
    'schmerzintensität: (0-10)',
    'position der schmerzen',
    'schmerzcharakter',
    'zeitpunkt der schmerzen',
    'eingenommene medikamente',
    'anmerkungen',
  ],
  [
    'date',
    'conditions',
    'pain level (0-10)',
    'body regions',
    'pain nature',
    'times of pain',
    'drug intakes',
    'comment',
  ],
];

/** "24.11.19" (the German short date, day first): the two-digit year is this century's. */
function fullYearDottedDate(text: string): string {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2})\s*$/.exec(text);
  return match ? `${match[1]}.${match[2]}.20${match[3]}` : text;
}

function painDiary(parsed: ParsedCsv): PresetMapping | null {
  if (!PAIN_DIARY_HEADERS.some((names) => hasHeaders(parsed.headers, names))) return null;
  return {
    preset: 'privacy-friendly-pain-diary',
    name: 'Privacy Friendly Pain Diary',
    parsed: rewriteColumn(parsed, 0, fullYearDottedDate),
    suggestion: {
      ...NO_COLUMNS,
      time: 0,
      intensity: 2,
      regions: 3,
      qualities: 4,
      notes: 7,
      noteColumns: [1, 5, 6],
    },
    about:
      'Its entries have a day but no clock time, so each is set to 12:00 that day. The condition, times of pain and medication go into the notes.',
  };
}

/**
 * Flaredown. Its export is written by DataExportJob (backend/app/jobs/data_export_job.rb in
 * github.com/rubyforgood/Flaredown, with backend/spec/jobs/data_export_job_spec.rb): one row per day,
 * "Date" (yyyy-MM-dd) first, then one column per condition, symptom and treatment the person tracks, named
 * after it, then Tags, Foods and six weather columns. Conditions and symptoms are rated 0-4
 * (Checkin::Fiveable: 0..4); treatments hold the dose, "Taken" or "Not Taken"; tags and foods are
 * separated by "; ".
 */
const FLAREDOWN_TAIL = [
  'tags',
  'foods',
  'weather summary',
  'weather max temperature',
  'weather min temperature',
  'weather pressure',
  'weather precipitation intensity',
  'weather humidity',
];

function flaredown(parsed: ParsedCsv): PresetMapping | null {
  const { headers } = parsed;
  const tailStart = headers.length - FLAREDOWN_TAIL.length;
  if (tailStart < 1 || plain(headers[0] ?? '') !== 'date') return null;
  if (!FLAREDOWN_TAIL.every((name, i) => plain(headers[tailStart + i] ?? '') === name)) return null;
  const trackables = headers.slice(1, tailStart).map((header, i) => ({ header, index: i + 1 }));
  const pain =
    trackables.find((t) => /back|pain/i.test(t.header) && /pain/i.test(t.header)) ??
    trackables.find((t) => /pain|back|ache/i.test(t.header));
  return {
    preset: 'flaredown',
    name: 'Flaredown',
    parsed,
    suggestion: {
      ...NO_COLUMNS,
      time: 0,
      intensity: pain?.index ?? null,
      trigger: tailStart,
      intensityScale: 4,
    },
    skipRowsWithoutPain: true,
    about:
      'It has one row per day and rates symptoms 0 to 4 (read here as 0 to 10). Choose the column of the pain to import; days without a rating in it are left out and counted. Each entry is set to 12:00 that day.',
  };
}

/**
 * Bearable. No published layout; learned from a real export committed as
 * src/main/resources/Bearable_Export_20210728.csv in github.com/andrewmiller0728/BearableDataProcessing,
 * and from two parsers of it (github.com/OmegaJak/bearable-csv src/lib/Symptom.ts,
 * github.com/bcwilsondotcom/obsidian-bearable-import-plugin src/dataTypes/symptomData.ts). Columns: date
 * ("22nd Sep 2020"), weekday, time of day (a clock time, or pre / am / mid / pm / all day), category
 * (Mood, Symptom, Factors, Meds/Supplements, …), rating/amount, detail, notes. A symptom row's detail is
 * the symptom with its severity ("Back (upper) pain (Moderate)"), its rating the severity number: the
 * sample has 1 Mild, 2 Moderate and 3 Severe, and 0-4 is taken as the scale. Only symptom rows that
 * name pain are imported; the rest (mood, factors, medication…) are counted and left out.
 */
const BEARABLE_HEADERS = ['date', 'weekday', 'time of day', 'category', 'rating/amount', 'detail', 'notes'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "22nd Sep 2020" → "2020-09-22"; anything else unchanged. */
function isoFromOrdinalDate(text: string): string {
  const match = /^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s*$/.exec(text);
  const month = match ? MONTHS.indexOf(match[2]?.toLowerCase() ?? '') + 1 : 0;
  if (!match || month === 0) return text;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

/** "Back (upper) pain (Moderate)" → "Back (upper) pain": the severity is the rating already. */
function withoutSeverity(text: string): string {
  return text.replace(/\s*\((?:none|mild|moderate|severe|unbearable|extreme)\)\s*$/i, '');
}

function bearable(parsed: ParsedCsv): PresetMapping | null {
  if (!hasHeaders(parsed.headers, BEARABLE_HEADERS)) return null;
  return {
    preset: 'bearable',
    name: 'Bearable',
    parsed: rewriteColumn(rewriteColumn(parsed, 0, isoFromOrdinalDate), 5, withoutSeverity),
    suggestion: {
      ...NO_COLUMNS,
      date: 0,
      time: 2,
      intensity: 4,
      regions: 5,
      notes: 6,
      intensityScale: 4,
    },
    includeRow: (cells) => /^symptom$/i.test((cells[3] ?? '').trim()) && /pain/i.test(cells[5] ?? ''),
    about:
      'Only its symptom rows that name pain are imported; mood, factors, medication and other rows are counted and left out. Severity 0 to 4 is read as 0 to 10, and the symptom’s name gives where it hurt. A time of day such as “am” is kept in the notes and the entry is set to 12:00.',
  };
}

/** The preset whose layout the file has, or null. */
export function recognisePreset(parsed: ParsedCsv): PresetMapping | null {
  return painDiary(parsed) ?? flaredown(parsed) ?? bearable(parsed);
}

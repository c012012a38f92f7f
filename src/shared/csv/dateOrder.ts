/**
 * Day first or month first? Told from the whole date column, never row by row, so 03/02/2026 in row 9
 * is read the same way as 24/11/2026 in row 2:
 * - a date whose first part is over 12 (24/11/2026) can only be day first; one whose second part is over
 *   12 (11/24/2026) only month first;
 * - when the column has both, the file is refused with the two rows named;
 * - when no date decides it (every one could be either, like 03/02/2026), the person is asked once, with
 *   a few of the file's own dates shown both ways.
 * Dates written year first (2026-02-03) or with dots (03.02.2026) need no answer; see ./dateTimeText.
 */
import type { DateOrder, YearLastDate } from './dateTimeText';
import { dateInWords, dayAndMonth, orderOfDateAlone, yearLastDateOf } from './dateTimeText';
import type { ColumnChoice } from './importMapping';
import type { ParsedCsv } from './parse';
import type { CsvProblem } from './problems';

export type { DateOrder } from './dateTimeText';

/** A date as written in the file and the spreadsheet row it is on (the header is row 1). */
export interface DateSample {
  row: number;
  text: string;
}

export type DateOrderFinding =
  /** No slashed or dashed dates that could be read two ways. */
  | { kind: 'not-needed' }
  | { kind: 'decided'; order: DateOrder; evidence: DateSample }
  /** Every such date could be either; `examples` are up to three different ones to show the person. */
  | { kind: 'ambiguous'; examples: DateSample[] }
  | { kind: 'conflict'; dayFirst: DateSample; monthFirst: DateSample };

/** A date shown both ways: "03/02/2026", "3 February 2026", "2 March 2026". */
export interface TwoReadings {
  text: string;
  dayFirst: string;
  monthFirst: string;
}

const EXAMPLES_SHOWN = 3;

/** The column that holds the dates: the date column when there is one of its own, else the time column. */
export function dateColumnOf(choice: Pick<ColumnChoice, 'time' | 'date'>): number {
  return choice.date !== undefined && choice.date !== null ? choice.date : choice.time;
}

/** The date column's cells with their row numbers; empty cells are left out. */
export function dateSamples(parsed: ParsedCsv, choice: Pick<ColumnChoice, 'time' | 'date'>): DateSample[] {
  const column = dateColumnOf(choice);
  const samples: DateSample[] = [];
  parsed.rows.forEach((cells, i) => {
    const text = (cells[column] ?? '').trim();
    if (text !== '') samples.push({ row: i + 2, text });
  });
  return samples;
}

/** Reads the column's slashed and dashed dates together and says which order they are in, if any. */
export function findDateOrder(samples: readonly DateSample[]): DateOrderFinding {
  let dayFirst: DateSample | null = null;
  let monthFirst: DateSample | null = null;
  const examples: DateSample[] = [];
  for (const { row, text } of samples) {
    const date = yearLastDateOf(text);
    if (date === null) continue;
    const alone = orderOfDateAlone(date);
    if (alone === 'day-first' && date.first <= 31) dayFirst ??= { row, text: date.text };
    else if (alone === 'month-first' && date.second <= 31) monthFirst ??= { row, text: date.text };
    else if (
      alone === 'unclear' &&
      examples.length < EXAMPLES_SHOWN &&
      !examples.some((example) => example.text === date.text)
    ) {
      examples.push({ row, text: date.text });
    }
  }
  if (dayFirst !== null && monthFirst !== null) return { kind: 'conflict', dayFirst, monthFirst };
  if (dayFirst !== null) return { kind: 'decided', order: 'day-first', evidence: dayFirst };
  if (monthFirst !== null) return { kind: 'decided', order: 'month-first', evidence: monthFirst };
  return examples.length > 0 ? { kind: 'ambiguous', examples } : { kind: 'not-needed' };
}

function inWords(date: YearLastDate, order: DateOrder): string {
  const { day, month } = dayAndMonth(date, order);
  return dateInWords(date.year, month, day) ?? date.text;
}

/** "03/02/2026" read day first and month first, for the question. */
export function twoReadings(text: string): TwoReadings {
  const date = yearLastDateOf(text);
  if (date === null) return { text, dayFirst: text, monthFirst: text };
  return { text: date.text, dayFirst: inWords(date, 'day-first'), monthFirst: inWords(date, 'month-first') };
}

/** "03/02/2026 → 3 February 2026 or 2 March 2026". */
export function describeTwoReadings(text: string): string {
  const readings = twoReadings(text);
  return `${readings.text} → ${readings.dayFirst} or ${readings.monthFirst}`;
}

/** How the dates were read, for the preview: the example is the file's own. */
export function describeDateOrder(order: DateOrder, example: DateSample, isChosen: boolean): string {
  const date = yearLastDateOf(example.text);
  const reading = date === null ? '' : `: ${date.text} is ${inWords(date, order)}`;
  const how = isChosen ? 'as you chose' : `as row ${example.row} shows`;
  return `Dates are read with the ${order === 'day-first' ? 'day' : 'month'} first, ${how}${reading}.`;
}

/** The problem a column with dates written both ways gives, on the later of the two rows. */
export function conflictProblem(dayFirst: DateSample, monthFirst: DateSample): CsvProblem {
  const [later, earlier] = dayFirst.row > monthFirst.row ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
  const way = (sample: DateSample) => (sample === dayFirst ? 'the day first' : 'the month first');
  return {
    row: later.row,
    message:
      `Row ${later.row}: "${later.text}" has ${way(later)}, but row ${earlier.row} ("${earlier.text}") has ` +
      `${way(earlier)}. Every date in the file needs to be written the same way, so it can be read the way you meant.`,
  };
}

/**
 * The order to read a file's dates in when the person was not asked: the one the column shows, or
 * undefined (ambiguous dates are then refused row by row). A column written both ways gives a problem.
 */
export function dateOrderFromColumn(
  parsed: ParsedCsv,
  choice: Pick<ColumnChoice, 'time' | 'date'>,
): { order: DateOrder | undefined; problem: CsvProblem | null } {
  const finding = findDateOrder(dateSamples(parsed, choice));
  if (finding.kind === 'decided') return { order: finding.order, problem: null };
  if (finding.kind === 'conflict') {
    return { order: undefined, problem: conflictProblem(finding.dayFirst, finding.monthFirst) };
  }
  return { order: undefined, problem: null };
}

export type DateOrderStep =
  | { kind: 'ask'; examples: DateSample[] }
  | { kind: 'read'; dateOrder: DateOrder | undefined; note: string | null; isChosen: boolean };

/**
 * What the import does about the order before mapping rows: ask (an ambiguous column and no answer yet),
 * or read with the person's answer, or with what the column shows (mapRowsToEpisodes tells it itself;
 * `note` says how, for the preview). An answer is used only when the column needs one.
 */
export function nextDateOrderStep(
  parsed: ParsedCsv,
  choice: Pick<ColumnChoice, 'time' | 'date'>,
  answer: DateOrder | null,
): DateOrderStep {
  const finding = findDateOrder(dateSamples(parsed, choice));
  if (finding.kind === 'decided') {
    return {
      kind: 'read',
      dateOrder: undefined,
      note: describeDateOrder(finding.order, finding.evidence, false),
      isChosen: false,
    };
  }
  if (finding.kind !== 'ambiguous')
    return { kind: 'read', dateOrder: undefined, note: null, isChosen: false };
  const [example] = finding.examples;
  if (answer === null || example === undefined) return { kind: 'ask', examples: finding.examples };
  return { kind: 'read', dateOrder: answer, note: describeDateOrder(answer, example, true), isChosen: true };
}

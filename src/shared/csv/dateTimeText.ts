/**
 * Dates and times as other trackers write them, read without guessing.
 *
 * A cell is a date, then optionally a time (after a space, a comma or "T"):
 * - year first: 2026-11-24 (also 2026/11/24);
 * - dotted, always day first as everywhere dots are used: 24.11.2026, 24.11.26;
 * - slashed or dashed with the year last: 24/11/2026, 11/24/2026, 24-11-2026, 24/11/26. Whether the day
 *   or the month comes first is the `order` the caller passes (see ./dateOrder, which tells it from the
 *   whole column). Without one, a cell is read only when it can be read one way (24/11/2026, 05/05/2026);
 * - the time: 08:15, 8:15:30, 08:15:30.250, 8:15 AM, 8:15 p.m., 8 PM; then optionally a zone: Z, UTC,
 *   GMT, +01:00, +0100, -05, UTC+1, GMT-05:00;
 * - two-digit years are 2000-2099.
 * A date alone is read as 12:00 that day, and flagged so the caller can say so. A time without a zone is
 * wall-clock time in the given zone (see ./zonedTime for daylight-saving gaps and overlaps).
 */
import { formatDayWords } from '../dates';
import type { WallTime } from './zonedTime';
import { isRealWallTime, wallTimeAsUtc, zonedWallTimeToInstant } from './zonedTime';

export type DateTimeParse = { ok: true; iso: string; timeMissing: boolean } | { ok: false; message: string };

/** Which part of a slashed or dashed date (24/11/2026, 11/24/2026) is the day. */
export type DateOrder = 'day-first' | 'month-first';

/** A date with the year last and its first two parts as written, e.g. 03/02/2026: first 3, second 2. */
export interface YearLastDate {
  /** The date as written, without the time: "03/02/2026". */
  text: string;
  first: number;
  second: number;
  year: number;
}

const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/;
const YEAR_LAST = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const TIME =
  /^(?:T|,?\s+)(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:\s*([ap])\.?\s?m\.?)?(?:\s*(Z|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT))?$/i;

const EXAMPLE = '2026-02-13 10:00';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function notUnderstood(text: string): DateTimeParse {
  return {
    ok: false,
    message: `"${text}" is not a date and time this importer understands (use yyyy-MM-dd HH:mm, for example ${EXAMPLE}).`,
  };
}

/** The leading slashed or dashed date with the year last, or null (year-first and dotted dates too). */
export function yearLastDateOf(cell: string): YearLastDate | null {
  const match = YEAR_LAST.exec(cell.trim());
  if (match === null) return null;
  const [text, first = '', , second = '', year = ''] = match;
  return { text, first: Number(first), second: Number(second), year: fullYear(year) };
}

/** "3 February 2026", or null when the parts are not a real date. */
export function dateInWords(year: number, month: number, day: number): string | null {
  const wall = { year, month, day, hour: 12, minute: 0, second: 0, millisecond: 0 };
  return isRealWallTime(wall) ? formatDayWords(`${pad(year, 4)}-${pad(month)}-${pad(day)}`, true) : null;
}

/** The day and month of a year-last date read in an order. */
export function dayAndMonth(date: YearLastDate, order: DateOrder): { day: number; month: number } {
  return order === 'day-first'
    ? { day: date.first, month: date.second }
    : { day: date.second, month: date.first };
}

/** The order a date can only be read in by itself (24/11 is day first; 05/05 is the same either way). */
export function orderOfDateAlone(date: YearLastDate): DateOrder | 'either' | 'unclear' | 'impossible' {
  const { first, second } = date;
  if (first === second) return 'either';
  if (first > 12 && second > 12) return 'impossible';
  if (first > 12) return 'day-first';
  if (second > 12) return 'month-first';
  return 'unclear';
}

/** Milliseconds east of UTC for Z, UTC, GMT, +01:00, +0100, -05, UTC+1, GMT-05:00; null if out of range. */
function offsetMs(zone: string): number | null {
  const text = zone
    .toUpperCase()
    .replace(/^(UTC|GMT)/, '')
    .replace(/\s+/g, '');
  if (text === '' || text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1);
  const [hourText = '', minuteText = '0'] = digits.includes(':')
    ? digits.split(':')
    : digits.length <= 2
      ? [digits, '0']
      : [digits.slice(0, -2), digits.slice(-2)];
  const hours = Number(hourText);
  const minutes = Number(minuteText);
  if (hours >= 24 || minutes >= 60) return null;
  return sign * (hours * 60 + minutes) * 60_000;
}

type DatePart = { year: number; month: number; day: number; rest: string } | { message: string } | null;

function readDatePart(text: string, order: DateOrder | undefined): DatePart {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst !== null) {
    const [all, year = '', , month = '', day = ''] = yearFirst;
    return { year: Number(year), month: Number(month), day: Number(day), rest: text.slice(all.length) };
  }
  const dotted = DOTTED.exec(text);
  if (dotted !== null) {
    const [all, day = '', month = '', year = ''] = dotted;
    return { year: fullYear(year), month: Number(month), day: Number(day), rest: text.slice(all.length) };
  }
  const date = yearLastDateOf(text);
  if (date === null) return null;
  const alone = orderOfDateAlone(date);
  const chosen = order ?? (alone === 'either' ? 'day-first' : alone);
  if (chosen === 'unclear') {
    const dayFirst = dateInWords(date.year, date.second, date.first) ?? '';
    const monthFirst = dateInWords(date.year, date.first, date.second) ?? '';
    return {
      message: `"${text}" could be ${dayFirst} or ${monthFirst}, and the other dates in the file don’t show which.`,
    };
  }
  if (chosen === 'impossible') return { message: `"${text}" is not a real date and time.` };
  const { day, month } = dayAndMonth(date, chosen);
  if (order !== undefined && dateInWords(date.year, month, day) === null && month > 12) {
    return {
      message: `"${text}" is not a real date with the ${order === 'day-first' ? 'day' : 'month'} first.`,
    };
  }
  return { year: date.year, month, day, rest: text.slice(date.text.length) };
}

/**
 * Reads a date and time typed in another tracker. The message has no row number; the caller adds it.
 * `order` says how to read slashed and dashed dates with the year last (see the module comment).
 */
export function parseImportedDateTime(input: string, timeZone: string, order?: DateOrder): DateTimeParse {
  const text = input.trim();
  const date = readDatePart(text, order);
  if (date === null) return notUnderstood(text);
  if ('message' in date) return { ok: false, message: date.message };

  let wall: WallTime = { ...date, hour: 12, minute: 0, second: 0, millisecond: 0 };
  let zone: number | null = null;
  const timeMissing = date.rest === '';
  if (!timeMissing) {
    const time = TIME.exec(date.rest);
    if (time === null) return notUnderstood(text);
    const [, hourText = '', minute, second, fraction, meridiem, zoneText] = time;
    if (minute === undefined && meridiem === undefined) return notUnderstood(text);
    let hour = Number(hourText);
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return { ok: false, message: `"${text}" is not a real date and time.` };
      hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    }
    wall = {
      ...wall,
      hour,
      minute: minute === undefined ? 0 : Number(minute),
      second: second === undefined ? 0 : Number(second),
      millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
    };
    if (zoneText !== undefined) {
      zone = offsetMs(zoneText);
      if (zone === null) return { ok: false, message: `"${text}" is not a real date and time.` };
    }
  }

  if (!isRealWallTime(wall)) return { ok: false, message: `"${text}" is not a real date and time.` };
  if (zone !== null) {
    return { ok: true, iso: new Date(wallTimeAsUtc(wall) - zone).toISOString(), timeMissing };
  }
  const zoned = zonedWallTimeToInstant(wall, timeZone);
  if (zoned.kind === 'gap') {
    return {
      ok: false,
      message: `"${text}" did not happen in ${timeZone}: the clocks went forward at that time. Check the time.`,
    };
  }
  return { ok: true, iso: new Date(zoned.epochMs).toISOString(), timeMissing };
}

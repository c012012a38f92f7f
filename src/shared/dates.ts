/**
 * Every date calculation goes through this module. Instants are ISO strings in UTC
 * ("2026-11-21T09:30:00.000Z"); calendar days are "yyyy-MM-dd" in the user's time zone, and the time zone
 * is always a parameter so the same code gives the same answer on any machine.
 */
// Only date-fns's small functions: its token-pattern format() and parse() pull in every formatter and
// parser it has (tens of KB in the journal's first load) for patterns these few functions never needed.
import { addDays, formatISO, isValid, parseISO } from 'date-fns';

export type CalendarDay = string;

const dayPartsCache = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayPartsCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dayPartsCache.set(timeZone, formatter);
  }
  return formatter;
}

function partsIn(instant: Date, timeZone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of dayFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** The zone's offset from UTC at an instant, in minutes (exact, through Intl). */
function exactOffsetMinutes(ms: number, timeZone: string): number {
  const parts = partsIn(new Date(ms), timeZone);
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

const MS_PER_DAY = 86_400_000;
/** Per zone: the offset for each UTC day on which it doesn't change (null on a day it does). */
const dailyOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset at an instant. Intl is slow for tens of thousands of entries, so the offset is found
 * once per UTC day, checked at both ends of the day; only on a day with a change is each instant looked
 * up exactly.
 */
function offsetMinutes(ms: number, timeZone: string): number {
  let zone = dailyOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    dailyOffsets.set(timeZone, zone);
  }
  const utcDay = Math.floor(ms / MS_PER_DAY);
  let offset = zone.get(utcDay);
  if (offset === undefined) {
    const start = exactOffsetMinutes(utcDay * MS_PER_DAY, timeZone);
    const end = exactOffsetMinutes((utcDay + 1) * MS_PER_DAY - 60_000, timeZone);
    offset = start === end ? start : null;
    zone.set(utcDay, offset);
  }
  return offset ?? exactOffsetMinutes(ms, timeZone);
}

/** The calendar day ("yyyy-MM-dd") on which an instant falls in the given time zone. */
export function calendarDayOf(instantIso: string, timeZone: string): CalendarDay {
  const ms = Date.parse(instantIso);
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 10);
}

/** The local calendar day and minute of the day of an instant, in one pass (for per-entry caches). */
export function localDayAndMinute(
  instantIso: string,
  timeZone: string,
): { day: CalendarDay; minute: number } {
  const ms = Date.parse(instantIso);
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return {
    day: local.toISOString().slice(0, 10),
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** Minutes since local midnight of an instant in the given time zone (0-1439). */
export function minuteOfDay(instantIso: string, timeZone: string): number {
  const ms = Date.parse(instantIso);
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** True for a syntactically valid ISO instant with an explicit zone ("Z" or an offset). */
export function isIsoInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  return isValid(parseISO(value));
}

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseDayAtNoon(value);
  return isValid(date) && formatISO(date, { representation: 'date' }) === value;
}

/** Parses a calendar day at noon, so a daylight-saving change can never move it to another day. */
export function parseDayAtNoon(day: CalendarDay): Date {
  // parseISO reads a date-time without an offset as this machine's local time, and refuses days that
  // don't exist (30 February) with an Invalid Date.
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseISO(`${day}T12:00`) : new Date(Number.NaN);
}

export function addCalendarDays(day: CalendarDay, amount: number): CalendarDay {
  return formatISO(addDays(parseDayAtNoon(day), amount), { representation: 'date' });
}

/** "Saturday 21 November 2026": a day heading in the user's locale. */
export function formatDayHeading(day: CalendarDay, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

export interface ClockTimeOptions {
  timeZone: string;
  /** The person's locale ("en-GB"); undefined means the runtime's, which is theirs in the app. */
  locale?: string;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one way the app writes a clock time: as the person's locale writes it, "03:00" in en-GB and de-DE,
 * "3:00 AM" in en-US. timeStyle 'short' is the locale's own pattern, hour cycle and padding both; hour:
 * 'numeric' would give British readers an unpadded "3:00" that they do not write.
 */
export function formatClockTime(instant: string | Date, { timeZone, locale }: ClockTimeOptions): string {
  const key = `${locale ?? ''}|${timeZone}`;
  let formatter = clockFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    clockFormatters.set(key, formatter);
  }
  return formatter.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * A whole hour of the day in the same style as formatClockTime ("19:00" in en-GB, "7:00 PM" in en-US): for
 * settings that name an hour, not a moment, so no zone applies.
 */
export function formatHourOfDay(hour: number, locale?: string): string {
  return formatClockTime(new Date(Date.UTC(2000, 0, 1, hour)), { timeZone: 'UTC', locale });
}

/**
 * Converts the value of an <input type="datetime-local"> ("2026-11-21T14:05") to an ISO instant, reading
 * it as wall-clock time in this machine's zone (the zone the person typed it in). Null when not a time.
 */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = parseISO(value); // no offset: this machine's local time
  return isValid(date) ? date.toISOString() : null;
}

/** The datetime-local input value for an instant, in this machine's zone. */
export function isoToLocalDateTime(instantIso: string): string {
  // formatISO writes local time with its offset ("2026-11-21T14:05:00+01:00"): the first 16 characters.
  return formatISO(parseISO(instantIso)).slice(0, 16);
}

export function minutesBetween(startIso: string, endIso: string): number {
  return Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
}

/** Days since 1970-01-01 for a calendar day: exact, fast day arithmetic with no time zone involved. */
export function dayNumber(day: CalendarDay): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000
  );
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return (dayNumber(day) + 4) % 7;
}

/** English month names, for the few sentences that spell dates out the same way on every machine. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "12 November", or "12 November 2026" with the year: the same on every machine, for summaries. */
export function formatDayWords(day: CalendarDay, withYear = false): string {
  const text = `${Number(day.slice(8, 10))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? ''}`;
  return withYear ? `${text} ${day.slice(0, 4)}` : text;
}

const shortDateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A day as the person's locale writes it briefly: "10 Nov 2026" in en-GB, "Nov 10, 2026" in en-US, or
 * without the year ("10 Nov") when `withYear` is false. For tables and short sentences, where an ISO day
 * would read as code and can break at its hyphens.
 */
export function formatShortDate(day: CalendarDay, locale?: string, withYear = true): string {
  const key = `${locale ?? ''}|${withYear ? 'y' : ''}`;
  let formatter = shortDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    shortDateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(`${day}T12:00:00Z`));
}

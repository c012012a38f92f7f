/**
 * Dates and times as other trackers write them, read without guessing.
 *
 * Accepted:
 * - ISO 8601 and its spreadsheet cousins: 2026-02-13T10:00:00.000Z, 2026-02-13T10:00+01:00,
 *   2026-02-13T10:00, 2026-02-13 10:00, 2026-02-13 10:00:30 (T or spaces between date and time);
 * - the dotted day-first form: 13.02.2026 10:00 (13.02.2026, 10:00:30);
 * - a date alone (2026-02-13 or 13.02.2026): read as 12:00 that day, and flagged so the caller can say so.
 * A time without a zone is wall-clock time in the given zone (see ./zonedTime for daylight-saving gaps
 * and overlaps).
 *
 * Refused, with a suggestion: slashed dates (13/02/2026, 02/13/2026), since 03/02/2026 is 3 February in
 * one country and 2 March in another; and anything else.
 */
import type { WallTime } from './zonedTime';
import { isRealWallTime, wallTimeAsUtc, zonedWallTimeToInstant } from './zonedTime';

export type DateTimeParse = { ok: true; iso: string; timeMissing: boolean } | { ok: false; message: string };

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?m\.?)?)?$/i;

const EXAMPLE = '2026-02-13 10:00';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function notUnderstood(text: string, suggestion: string): DateTimeParse {
  return {
    ok: false,
    message: `"${text}" is not a date and time this importer understands (${suggestion}).`,
  };
}

/** What to suggest for a slashed date: the yyyy-MM-dd form, or both readings when it is ambiguous. */
function slashedSuggestion(match: RegExpExecArray): string {
  const [, first = '', second = '', yearText = '', hourText, minuteText, meridiem] = match;
  const a = Number(first);
  const b = Number(second);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  let time = '';
  if (hourText !== undefined && minuteText !== undefined) {
    let hour = Number(hourText) % (meridiem === undefined ? 24 : 12);
    if (meridiem?.toLowerCase() === 'p') hour += 12;
    time = ` ${pad(hour)}:${minuteText}`;
  }
  const form = (month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}${time}`;
  if (a > 12 && b <= 12) return `use ${form(b, a)}`;
  if (b > 12 && a <= 12) return `use ${form(a, b)}`;
  if (a <= 12 && b <= 12) {
    return a === b ? `use ${form(a, b)}` : `use ${form(b, a)} or ${form(a, b)}, whichever is meant`;
  }
  return `use yyyy-MM-dd HH:mm, for example ${EXAMPLE}`;
}

function offsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
}

function wallFrom(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
): WallTime {
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: hour === undefined ? 12 : Number(hour),
    minute: minute === undefined ? 0 : Number(minute),
    second: second === undefined ? 0 : Number(second),
    millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
  };
}

/** Reads a date and time typed in another tracker. The message has no row number; the caller adds it. */
export function parseImportedDateTime(input: string, timeZone: string): DateTimeParse {
  const text = input.trim();
  const iso = ISO_LIKE.exec(text);
  const dotted = iso === null ? DOTTED.exec(text) : null;
  let wall: WallTime;
  let zone: string | undefined;
  let timeMissing: boolean;
  if (iso !== null) {
    const [, year = '', month = '', day = '', hour, minute, second, fraction] = iso;
    wall = wallFrom(year, month, day, hour, minute, second, fraction);
    zone = iso[8];
    timeMissing = hour === undefined;
  } else if (dotted !== null) {
    const [, day = '', month = '', year = '', hour, minute, second] = dotted;
    wall = wallFrom(year, month, day, hour, minute, second, undefined);
    timeMissing = hour === undefined;
  } else {
    const slashed = SLASHED.exec(text);
    return notUnderstood(
      text,
      slashed === null ? `use yyyy-MM-dd HH:mm, for example ${EXAMPLE}` : slashedSuggestion(slashed),
    );
  }

  const offsetTooBig = zone !== undefined && Math.abs(offsetMs(zone)) >= 24 * 3_600_000;
  if (!isRealWallTime(wall) || offsetTooBig) {
    return { ok: false, message: `"${text}" is not a real date and time.` };
  }
  if (zone !== undefined) {
    return { ok: true, iso: new Date(wallTimeAsUtc(wall) - offsetMs(zone)).toISOString(), timeMissing };
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

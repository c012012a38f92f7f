/**
 * Wall-clock time in a named time zone to an instant, with Intl only (no time zone library).
 *
 * Around daylight-saving changes a wall time can be missing or doubled:
 * - in the spring gap (Europe/London, 29 March 2026, 01:00-01:59) it never happened: the result is
 *   { kind: 'gap' } and the caller reports it, rather than guessing what was meant;
 * - in the autumn overlap (Europe/London, 25 October 2026, 01:00-01:59) it happened twice: the earlier of
 *   the two is taken, as Temporal's default ('compatible') does.
 */

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type ZonedResult = { kind: 'ok'; epochMs: number } | { kind: 'gap' };

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The instant at which UTC's wall clock shows this time (years below 100 included). */
export function wallTimeAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** True when the fields name a real calendar date and time (no 30 February, no 24:00). */
export function isRealWallTime(wall: WallTime): boolean {
  const date = new Date(wallTimeAsUtc(wall));
  return (
    date.getUTCFullYear() === wall.year &&
    date.getUTCMonth() === wall.month - 1 &&
    date.getUTCDate() === wall.day &&
    date.getUTCHours() === wall.hour &&
    date.getUTCMinutes() === wall.minute &&
    date.getUTCSeconds() === wall.second &&
    date.getUTCMilliseconds() === wall.millisecond
  );
}

/** The wall time an instant shows in a zone. */
export function wallTimeIn(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return wallTimeAsUtc(wallTimeIn(epochMs, timeZone)) - epochMs;
}

/**
 * The instant a wall time names in a zone. Offsets are read a day before and a day after, since no zone
 * changes its offset twice within two days; each gives a candidate, kept when the zone really shows that
 * wall time then. Throws RangeError for an unknown zone.
 */
export function zonedWallTimeToInstant(wall: WallTime, timeZone: string): ZonedResult {
  const local = wallTimeAsUtc(wall);
  const candidates = [
    local - zoneOffsetMs(local - DAY_MS, timeZone),
    local - zoneOffsetMs(local + DAY_MS, timeZone),
  ].filter((candidate) => zoneOffsetMs(candidate, timeZone) === local - candidate);
  if (candidates.length === 0) return { kind: 'gap' };
  return { kind: 'ok', epochMs: Math.min(...candidates) };
}

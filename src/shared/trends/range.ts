/**
 * The period the Trends screen shows: a preset ('7d' … 'all') or custom days, resolved against "today"
 * (always a parameter), and the period of the same length just before it for comparisons.
 */
import { dayNumber, isCalendarDay, type CalendarDay } from '../dates';
import type { CheckIn } from '../checkIns';
import type { Episode } from '../model';
import { dayFromNumber, shiftDay } from './internal';
import { startDayOf } from '../episodeStart';

export type RangePreset = '7d' | '30d' | '90d' | '1y' | 'all' | 'custom';

/** Calendar days `from` to `to`, both inclusive. */
export interface DayRange {
  from: CalendarDay;
  to: CalendarDay;
}

/** How many days each fixed preset covers, ending today. '1y' is the 365 days ending today. */
export const PRESET_DAYS = { '7d': 7, '30d': 30, '90d': 90, '1y': 365 } as const satisfies Record<
  Exclude<RangePreset, 'all' | 'custom'>,
  number
>;

/** The preset a custom range falls back to while its days are missing or not valid. */
export const FALLBACK_PRESET = '30d';

export interface ResolveRangeOptions {
  /** For 'custom': the days the person chose. */
  custom?: DayRange;
  /** For 'all': the day of the earliest entry (see firstJournalDay), or null with none. */
  firstDay?: CalendarDay | null;
}

function endingToday(days: number, today: CalendarDay): DayRange {
  return { from: shiftDay(today, -(days - 1)), to: today };
}

function earlier(a: CalendarDay, b: CalendarDay): CalendarDay {
  return a < b ? a : b;
}

/**
 * The days a preset covers. '7d' is the 7 days ending today, today included (likewise '30d', '90d', and
 * '1y' = 365 days). 'all' runs from the first entry's day to today (just today with no entries). 'custom'
 * puts the two days in order, and moves any day after today back to today; while it is missing or a day
 * is not a valid calendar day it falls back to the last 30 days (customRangeProblem says what is wrong).
 */
export function resolveRange(
  preset: RangePreset,
  today: CalendarDay,
  options: ResolveRangeOptions = {},
): DayRange {
  switch (preset) {
    case '7d':
    case '30d':
    case '90d':
    case '1y':
      return endingToday(PRESET_DAYS[preset], today);
    case 'all': {
      const first = options.firstDay ?? today;
      return { from: earlier(first, today), to: today };
    }
    case 'custom': {
      const custom = options.custom;
      if (!custom || customRangeProblem(custom) !== null)
        return endingToday(PRESET_DAYS[FALLBACK_PRESET], today);
      const from = earlier(earlier(custom.from, custom.to), today);
      const to = earlier(custom.from < custom.to ? custom.to : custom.from, today);
      return { from, to };
    }
  }
}

/** What is wrong with custom days as typed, in the person's words; null when they can be used. */
export function customRangeProblem(custom: { from: string; to: string }): string | null {
  if (!isCalendarDay(custom.from)) return 'Enter the first day to show.';
  if (!isCalendarDay(custom.to)) return 'Enter the last day to show.';
  return null;
}

/** How many days the range covers (0 when it is backwards). */
export function rangeLength(range: DayRange): number {
  return Math.max(0, dayNumber(range.to) - dayNumber(range.from) + 1);
}

/** The same number of days immediately before the range: for 1-30 November, 2-31 October. */
export function previousPeriod(range: DayRange): DayRange {
  const length = rangeLength(range);
  return { from: shiftDay(range.from, -length), to: shiftDay(range.from, -1) };
}

/** Every day of the range in order; empty when it is backwards. */
export function daysIn(range: DayRange): CalendarDay[] {
  const first = dayNumber(range.from);
  const length = rangeLength(range);
  const days: CalendarDay[] = [];
  for (let offset = 0; offset < length; offset += 1) days.push(dayFromNumber(first + offset));
  return days;
}

/** True when the day falls inside the range. */
export function isInRange(day: CalendarDay, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}

/**
 * The day of the earliest entry: an episode that is not deleted (its local start day) or a check-in.
 * Null when the journal is empty.
 */
export function firstJournalDay(
  episodes: readonly Pick<Episode, 'startedAt' | 'deletedAt'>[],
  checkIns: readonly Pick<CheckIn, 'day'>[],
  timeZone: string,
): CalendarDay | null {
  // The earliest start's day is the earliest day (a local day never goes back as time goes on), so only
  // one day is looked up, not one per episode.
  let earliest: { startedAt: string } | null = null;
  let earliestTime = Number.POSITIVE_INFINITY;
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    const time = Date.parse(episode.startedAt);
    if (time < earliestTime) {
      earliestTime = time;
      earliest = episode;
    }
  }
  let first: CalendarDay | null = earliest ? startDayOf(earliest, timeZone) : null;
  for (const checkIn of checkIns) if (first === null || checkIn.day < first) first = checkIn.day;
  return first;
}

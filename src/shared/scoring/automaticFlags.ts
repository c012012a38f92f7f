/**
 * Patterns the app points out on its own, from daily pain: several severe days in a row, and an average
 * that has kept rising for four weeks. They prompt a conversation with a clinician; they are not red flags.
 */
import { addCalendarDays, type CalendarDay } from '../dates';
import { daysBetween } from './days';
import { formatDayRange, formatOneDecimal } from './format';
import { mean, withoutFloatNoise } from './numbers';
import type { DailyPain } from './painTrend';

export const SEVERE_PAIN_INTENSITY = 8;
export const SEVERE_STREAK_DAYS = 3;
/** A severe streak is flagged while it goes on and for this many days after it ends. */
export const SEVERE_STREAK_RECENT_DAYS = 7;
export const RISING_AVERAGE_WEEKS = 4;
/** Each week needs data on this many days for its average to count. */
export const RISING_AVERAGE_MIN_DAYS_PER_WEEK = 3;
/** The last week must be at least this far above the first. */
export const RISING_AVERAGE_MIN_RISE = 1;

export interface SevereStreak {
  from: CalendarDay;
  to: CalendarDay;
  days: number;
}

/** Runs of consecutive calendar days whose worst pain is at least `minIntensity`, `minDays` or longer. */
export function severeStreaks(
  daily: ReadonlyMap<CalendarDay, DailyPain>,
  minIntensity = SEVERE_PAIN_INTENSITY,
  minDays = SEVERE_STREAK_DAYS,
): SevereStreak[] {
  const severeDays = [...daily.values()]
    .filter((pain) => pain.worst >= minIntensity)
    .map((pain) => pain.day)
    .sort();
  const streaks: SevereStreak[] = [];
  let current: SevereStreak | null = null;
  for (const day of severeDays) {
    if (current !== null && daysBetween(current.to, day) === 1) {
      current.to = day;
      current.days += 1;
      continue;
    }
    if (current !== null && current.days >= minDays) streaks.push(current);
    current = { from: day, to: day, days: 1 };
  }
  if (current !== null && current.days >= minDays) streaks.push(current);
  return streaks;
}

export interface WeeklyPainAverage {
  from: CalendarDay;
  to: CalendarDay;
  /** Mean of the daily averages on days with data; null when the week has none. */
  average: number | null;
  daysWithData: number;
}

/** The `weeks` seven-day weeks ending today, oldest first. */
export function weeklyPainAverages(
  daily: ReadonlyMap<CalendarDay, DailyPain>,
  today: CalendarDay,
  weeks = RISING_AVERAGE_WEEKS,
): WeeklyPainAverage[] {
  const result: WeeklyPainAverage[] = [];
  for (let week = weeks - 1; week >= 0; week -= 1) {
    const to = addCalendarDays(today, -7 * week);
    const from = addCalendarDays(to, -6);
    const averages: number[] = [];
    for (let offset = 0; offset < 7; offset += 1) {
      const pain = daily.get(addCalendarDays(from, offset));
      if (pain) averages.push(pain.average);
    }
    result.push({
      from,
      to,
      average: averages.length === 0 ? null : mean(averages),
      daysWithData: averages.length,
    });
  }
  return result;
}

export interface RisingAverage {
  /** The four weekly averages, oldest first. */
  weeklyAverages: [number, number, number, number];
  /** Last week's average minus the first's. */
  rise: number;
}

/**
 * Non-null when, over the four weeks ending today, every week has data on at least 3 days, no week's average
 * is below the week before, and the last is at least 1 point above the first.
 */
export function risingAverage(
  daily: ReadonlyMap<CalendarDay, DailyPain>,
  today: CalendarDay,
): RisingAverage | null {
  const averages: number[] = [];
  for (const week of weeklyPainAverages(daily, today)) {
    if (week.average === null || week.daysWithData < RISING_AVERAGE_MIN_DAYS_PER_WEEK) return null;
    const previous = averages[averages.length - 1];
    if (previous !== undefined && week.average < previous) return null;
    averages.push(week.average);
  }
  const [first, second, third, last] = averages;
  if (first === undefined || second === undefined || third === undefined || last === undefined) return null;
  const rise = withoutFloatNoise(last - first);
  if (rise < RISING_AVERAGE_MIN_RISE) return null;
  return { weeklyAverages: [first, second, third, last], rise };
}

export interface AutomaticFlag {
  id: 'severe-streak' | 'rising-average';
  from: CalendarDay;
  to: CalendarDay;
  /** A plain sentence with the numbers, e.g. "Pain of 8 or more on 3 days in a row, 18 to 20 November." */
  detail: string;
}

export interface AutomaticFlagsInput {
  daily: ReadonlyMap<CalendarDay, DailyPain>;
  today: CalendarDay;
}

/**
 * Severe streaks that include today or ended within the 7 days before it (oldest first), then a rising
 * average when there is one.
 */
export function automaticFlags({ daily, today }: AutomaticFlagsInput): AutomaticFlag[] {
  const flags: AutomaticFlag[] = [];
  for (const streak of severeStreaks(daily)) {
    const isRecent = streak.from <= today && daysBetween(streak.to, today) <= SEVERE_STREAK_RECENT_DAYS;
    if (!isRecent) continue;
    flags.push({
      id: 'severe-streak',
      from: streak.from,
      to: streak.to,
      detail:
        `Pain of ${SEVERE_PAIN_INTENSITY} or more on ${streak.days} days in a row, ` +
        `${formatDayRange(streak.from, streak.to, today)}.`,
    });
  }
  const rising = risingAverage(daily, today);
  if (rising !== null) {
    const from = addCalendarDays(today, -7 * RISING_AVERAGE_WEEKS + 1);
    const [first, , , last] = rising.weeklyAverages;
    flags.push({
      id: 'rising-average',
      from,
      to: today,
      detail:
        `Weekly average pain rose by ${formatOneDecimal(rising.rise)} points over ${RISING_AVERAGE_WEEKS} weeks, ` +
        `from ${formatOneDecimal(first)} to ${formatOneDecimal(last)} ` +
        `(${rising.weeklyAverages.map(formatOneDecimal).join(', ')}), ${formatDayRange(from, today, today)}.`,
    });
  }
  return flags;
}

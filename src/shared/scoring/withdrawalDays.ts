/** Counting the days of a withdrawal period (the quit day is day 1) and the pain on each. */
import type { CalendarDay } from '../dates';
import type { WithdrawalPeriod } from '../withdrawal';
import { calendarDaysFrom, daysBetween } from './days';
import { ratingsByDay, type PainCheckIn, type PainEpisode } from './dayRatings';

type PeriodDays = Pick<WithdrawalPeriod, 'quitDay' | 'endDay'>;

function covers(period: PeriodDays, day: CalendarDay): boolean {
  return day >= period.quitDay && (period.endDay === null || day <= period.endDay);
}

/** The day's number in the period (quit day = 1), or null before the quit day or after the end day. */
export function withdrawalDayNumber(period: PeriodDays, day: CalendarDay): number | null {
  return covers(period, day) ? daysBetween(period.quitDay, day) + 1 : null;
}

/**
 * The period covering `day` with the latest quit day (the most recent thing stopped), or null. Between two
 * with the same quit day, the one still going on (or ending later) wins, then the smaller id.
 */
export function activePeriodOn<T extends WithdrawalPeriod>(
  periods: readonly T[],
  day: CalendarDay,
): T | null {
  let active: T | null = null;
  for (const period of periods) {
    if (!covers(period, day)) continue;
    if (active === null || isPreferred(period, active)) active = period;
  }
  return active;
}

function isPreferred(candidate: WithdrawalPeriod, current: WithdrawalPeriod): boolean {
  if (candidate.quitDay !== current.quitDay) return candidate.quitDay > current.quitDay;
  if (candidate.endDay !== current.endDay) {
    if (candidate.endDay === null) return true;
    if (current.endDay === null) return false;
    return candidate.endDay > current.endDay;
  }
  return candidate.id < current.id;
}

export interface WithdrawalDayPain {
  dayNumber: number;
  day: CalendarDay;
  /** The highest intensity among the day's episodes (deleted ones ignored), or null with none. */
  worstEpisode: number | null;
  /** The day's check-in overall pain, or null when not recorded. */
  checkInPain: number | null;
}

export interface PainByWithdrawalDayInput {
  period: PeriodDays;
  episodes: readonly PainEpisode[];
  checkIns: readonly PainCheckIn[];
  timeZone: string;
  today: CalendarDay;
}

/** One row per day from the quit day to the end day or today, whichever is earlier; empty before it starts. */
export function painByWithdrawalDay(input: PainByWithdrawalDayInput): WithdrawalDayPain[] {
  const { period, today } = input;
  const lastDay = period.endDay !== null && period.endDay < today ? period.endDay : today;
  if (lastDay < period.quitDay) return [];
  const byDay = ratingsByDay(input.episodes, input.checkIns, input.timeZone);
  return calendarDaysFrom(period.quitDay, lastDay).map((day, index) => {
    const ratings = byDay.get(day);
    const intensities = ratings?.episodeIntensities ?? [];
    return {
      dayNumber: index + 1,
      day,
      worstEpisode: intensities.length === 0 ? null : Math.max(...intensities),
      checkInPain: ratings?.checkInPain ?? null,
    };
  });
}

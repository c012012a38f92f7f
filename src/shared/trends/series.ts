/**
 * The daily pain line: one point per day of the range with the day's worst and average pain (the rules of
 * dailyPain), a 7-day rolling average, and markers for warning signs and withdrawal start days.
 */
import type { CheckIn } from '../checkIns';
import { dayNumber, type CalendarDay } from '../dates';
import type { Episode } from '../model';
import { dailyPain, type DailyPain } from '../scoring/painTrend';
import { mean } from '../scoring/numbers';
import type { WithdrawalSubstanceId } from '../taxonomy/triggers';
import type { WithdrawalPeriod } from '../withdrawal';
import { episodesInRange, shiftDay } from './internal';
import { daysIn, type DayRange } from './range';

export interface DayPoint {
  day: CalendarDay;
  /** The day's highest single rating, or null with none. */
  worst: number | null;
  /**
   * The day's pain: the check-in's overall pain when recorded (the person's word for the whole day), else
   * the mean episode intensity; null with neither. So a day rated 0 with an episode of 2 has pain 0.
   */
  average: number | null;
  /** The check-in's overall pain, or null when there is none or it was left empty. */
  checkInPain: number | null;
  /** The mean intensity of the day's episodes, or null with none (never 0 for "no episode"). */
  episodeAverage: number | null;
  /** Mean of the daily averages on the days with one among the 7 days ending this day; null with none. */
  rolling7: number | null;
  /** An episode with at least one warning sign started this day. */
  redFlag: boolean;
  /** A withdrawal period's quit day. */
  withdrawalStart: boolean;
  /** What was stopped this day (empty unless withdrawalStart). */
  withdrawalSubstances: WithdrawalSubstanceId[];
  /** Episodes (not deleted) that started this day. */
  episodes: number;
}

export const ROLLING_DAYS = 7;

type SeriesEpisode = Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt' | 'redFlags'>;
type SeriesCheckIn = Pick<CheckIn, 'day' | 'overallPain'>;

/**
 * Exactly one point per day of the range, in order. The rolling average reaches back before the range, so
 * its first six points average the same days they would in a longer range.
 */
export function painSeries(
  episodes: readonly SeriesEpisode[],
  checkIns: readonly SeriesCheckIn[],
  periods: readonly Pick<WithdrawalPeriod, 'substance' | 'quitDay'>[],
  range: DayRange,
  timeZone: string,
  /** dailyPain of the same episodes and check-ins, when the caller has it already (trendsView). */
  daily: ReadonlyMap<CalendarDay, DailyPain> = dailyPain(episodes, checkIns, timeZone),
): DayPoint[] {
  const counts = new Map<CalendarDay, { episodes: number; redFlag: boolean }>();
  for (const { episode, day } of episodesInRange(episodes, range, timeZone)) {
    const entry = counts.get(day) ?? { episodes: 0, redFlag: false };
    entry.episodes += 1;
    entry.redFlag ||= episode.redFlags.length > 0;
    counts.set(day, entry);
  }
  const quits = new Map<CalendarDay, WithdrawalSubstanceId[]>();
  for (const period of periods) {
    const substances = quits.get(period.quitDay) ?? [];
    if (!substances.includes(period.substance)) substances.push(period.substance);
    quits.set(period.quitDay, substances);
  }
  // The window's averages, slid along one day at a time from six days before the range starts.
  const window: { at: number; average: number }[] = [];
  for (let back = ROLLING_DAYS - 1; back >= 1; back -= 1) {
    const day = shiftDay(range.from, -back);
    const pain = daily.get(day);
    if (pain) window.push({ at: dayNumber(day), average: pain.average });
  }
  return daysIn(range).map((day): DayPoint => {
    const at = dayNumber(day);
    const pain = daily.get(day);
    if (pain) window.push({ at, average: pain.average });
    while (window.length > 0 && (window[0]?.at ?? at) <= at - ROLLING_DAYS) window.shift();
    const substances = quits.get(day) ?? [];
    const count = counts.get(day);
    return {
      day,
      worst: pain?.worst ?? null,
      average: pain?.average ?? null,
      checkInPain: pain?.checkInPain ?? null,
      episodeAverage: pain?.episodeAverage ?? null,
      rolling7: window.length === 0 ? null : mean(window.map((entry) => entry.average)),
      redFlag: count?.redFlag ?? false,
      withdrawalStart: substances.length > 0,
      withdrawalSubstances: substances,
      episodes: count?.episodes ?? 0,
    };
  });
}

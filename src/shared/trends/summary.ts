/**
 * The headline numbers for a period (average and worst pain, episodes, pain-free days) and how they
 * compare with the period before. Lower pain, fewer episodes and more pain-free days are better.
 */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Episode } from '../model';
import { dailyPain, type DailyPain } from '../scoring/painTrend';
import { mean, withoutFloatNoise } from '../scoring/numbers';
import { episodesInRange } from './internal';
import { isInRange, type DayRange } from './range';

export interface PeriodSummary {
  /** Mean of the daily averages (see dailyPain) over the days with a pain rating; null with none. */
  averagePain: number | null;
  /** The highest single rating of the period; null with none. */
  worstPain: number | null;
  /** Episodes (not deleted) that started in the period, by local day. */
  episodes: number;
  /**
   * Days with a check-in, no episode, and overall pain 0 or not recorded. A day without a check-in is not
   * counted: nothing says it was free of pain, only that nothing was logged.
   */
  painFreeDays: number;
  /** Days with at least one pain rating (an episode, or a check-in with overall pain). */
  daysWithData: number;
  /** Days with a check-in, whatever it recorded. */
  checkInDays: number;
  /** Days with any entry at all: an episode or a check-in. */
  loggedDays: number;
}

type SummaryEpisode = Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>;
type SummaryCheckIn = Pick<CheckIn, 'day' | 'overallPain'>;

export function summarizePeriod(
  episodes: readonly SummaryEpisode[],
  checkIns: readonly SummaryCheckIn[],
  range: DayRange,
  timeZone: string,
  /** dailyPain of the same episodes and check-ins, when the caller has it already (trendsView). */
  daily: ReadonlyMap<CalendarDay, DailyPain> = dailyPain(episodes, checkIns, timeZone),
): PeriodSummary {
  const averages: number[] = [];
  let worstPain: number | null = null;
  for (const [day, pain] of daily) {
    if (!isInRange(day, range)) continue;
    averages.push(pain.average);
    if (worstPain === null || pain.worst > worstPain) worstPain = pain.worst;
  }
  const started = episodesInRange(episodes, range, timeZone);
  const episodeDays = new Set(started.map(({ day }) => day));
  // One check-in per day; should a list hold two, the later one wins (as in dailyPain).
  const checkInPain = new Map<CalendarDay, number | null>();
  for (const checkIn of checkIns)
    if (isInRange(checkIn.day, range)) checkInPain.set(checkIn.day, checkIn.overallPain);
  let painFreeDays = 0;
  for (const [day, pain] of checkInPain)
    if (!episodeDays.has(day) && (pain === null || pain === 0)) painFreeDays += 1;
  return {
    averagePain: averages.length === 0 ? null : mean(averages),
    worstPain,
    episodes: started.length,
    painFreeDays,
    daysWithData: averages.length,
    checkInDays: checkInPain.size,
    loggedDays: new Set([...episodeDays, ...checkInPain.keys()]).size,
  };
}

export type Trend = 'better' | 'worse' | 'same' | 'unknown';

export interface Delta {
  value: number | null;
  previous: number | null;
  /** value - previous; null when either is unknown. */
  change: number | null;
  trend: Trend;
}

export interface SummaryComparison {
  averagePain: Delta;
  worstPain: Delta;
  episodes: Delta;
  painFreeDays: Delta;
}

/** Changes in an average smaller than this read as the same (they would show as 0.0). */
export const SAME_AVERAGE_CHANGE = 0.05;

function delta(value: number | null, previous: number | null, lowerIsBetter: boolean, same: number): Delta {
  if (value === null || previous === null) return { value, previous, change: null, trend: 'unknown' };
  const change = withoutFloatNoise(value - previous);
  let trend: Trend = 'same';
  if (Math.abs(change) >= same && change !== 0) trend = change < 0 === lowerIsBetter ? 'better' : 'worse';
  return { value, previous, change, trend };
}

/**
 * Each headline number against the previous period. A count is unknown (null) for a period in which it
 * cannot be told apart from nothing being logged: episodes when the period has no entries at all,
 * pain-free days when it has no check-ins. So a first month is never "better" than the empty month
 * before the journal began.
 */
export function compareSummaries(current: PeriodSummary, previous: PeriodSummary): SummaryComparison {
  const episodes = (s: PeriodSummary): number | null => (s.loggedDays === 0 ? null : s.episodes);
  const painFree = (s: PeriodSummary): number | null => (s.checkInDays === 0 ? null : s.painFreeDays);
  return {
    averagePain: delta(current.averagePain, previous.averagePain, true, SAME_AVERAGE_CHANGE),
    worstPain: delta(current.worstPain, previous.worstPain, true, SAME_AVERAGE_CHANGE),
    episodes: delta(episodes(current), episodes(previous), true, 0),
    painFreeDays: delta(painFree(current), painFree(previous), false, 0),
  };
}

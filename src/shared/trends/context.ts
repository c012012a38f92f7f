/**
 * Context against pain: each day's sleep, stress or desk hours beside its pain, and how closely they go
 * together (Spearman's rank correlation). A pattern in the person's own records, never proof of a cause.
 */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Episode } from '../model';
import { dailyPain, type DailyPain } from '../scoring/painTrend';
import { withoutFloatNoise } from '../scoring/numbers';
import { isInRange, type DayRange } from './range';

export type ContextField = 'sleepHours' | 'stress' | 'deskHours' | 'mood' | 'energy';

export interface ContextPoint {
  day: CalendarDay;
  /** The check-in's value for the field. */
  value: number;
  /** The day's average pain (see dailyPain). */
  pain: number;
}

/** Below this many days a correlation is not worth reporting. */
export const MIN_CORRELATION_POINTS = 8;

export type CorrelationStrength = 'none' | 'weak' | 'moderate' | 'strong';

export interface CorrelationSummary {
  /** Spearman's rho, -1 to 1: above 0, pain tended to be higher on days with a higher value. */
  rho: number;
  n: number;
  /** |rho| below 0.1 none, below 0.3 weak, below 0.5 moderate, else strong (Cohen's conventions). */
  strength: CorrelationStrength;
}

/** Days of the range, in order, that have both the check-in's value for the field and a pain rating. */
export function contextPoints(
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>[],
  checkIns: readonly Pick<CheckIn, 'day' | 'overallPain' | ContextField>[],
  range: DayRange,
  timeZone: string,
  field: ContextField,
  /** dailyPain of the same episodes and check-ins, when the caller has it already (trendsView). */
  daily: ReadonlyMap<CalendarDay, DailyPain> = dailyPain(episodes, checkIns, timeZone),
): ContextPoint[] {
  return pointsOf(checkIns, range, daily, (checkIn) => checkIn[field] ?? null);
}

/** The same for one of the person's own factors: its recorded values (a missing one is not a 0). */
export function ownContextPoints(
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>[],
  checkIns: readonly Pick<CheckIn, 'day' | 'overallPain' | 'ownValues'>[],
  range: DayRange,
  timeZone: string,
  factorId: string,
  daily: ReadonlyMap<CalendarDay, DailyPain> = dailyPain(episodes, checkIns, timeZone),
): ContextPoint[] {
  return pointsOf(checkIns, range, daily, (checkIn) => checkIn.ownValues?.[factorId] ?? null);
}

function pointsOf<C extends Pick<CheckIn, 'day'>>(
  checkIns: readonly C[],
  range: DayRange,
  daily: ReadonlyMap<CalendarDay, DailyPain>,
  valueOf: (checkIn: C) => number | null,
): ContextPoint[] {
  // One check-in per day; should a list hold two, the later one wins (as in dailyPain).
  const values = new Map<CalendarDay, number | null>();
  for (const checkIn of checkIns)
    if (isInRange(checkIn.day, range)) values.set(checkIn.day, valueOf(checkIn));
  const points: ContextPoint[] = [];
  for (const [day, value] of values) {
    const pain = daily.get(day);
    if (value !== null && pain) points.push({ day, value, pain: pain.average });
  }
  return points.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Ranks 1…n, tied values sharing the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j += 1;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k += 1) {
      const item = order[k];
      if (item) ranks[item.index] = rank;
    }
    i = j + 1;
  }
  return ranks;
}

function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? meanX) - meanX;
    const dy = (ys[i] ?? meanY) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

function strengthOf(rho: number): CorrelationStrength {
  const size = Math.abs(rho);
  if (size < 0.1) return 'none';
  if (size < 0.3) return 'weak';
  return size < 0.5 ? 'moderate' : 'strong';
}

/**
 * Spearman's rank correlation between the value and pain: the Pearson correlation of their average ranks,
 * so ties are handled. Null with fewer than 8 points, or when either the values or the pains are all the
 * same (then nothing can vary with anything).
 */
export function correlationSummary(points: readonly ContextPoint[]): CorrelationSummary | null {
  if (points.length < MIN_CORRELATION_POINTS) return null;
  const r = pearson(averageRanks(points.map((p) => p.value)), averageRanks(points.map((p) => p.pain)));
  if (r === null) return null;
  const rho = withoutFloatNoise(Math.max(-1, Math.min(1, r)));
  return { rho, n: points.length, strength: strengthOf(rho) };
}

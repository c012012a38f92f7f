/** PSFS and PEG-3 scores over time, and the band of change around the first score that is not meaningful. */
import type { CalendarDay } from '../dates';
import type { Measure } from '../measures';
import { withoutFloatNoise } from '../scoring/numbers';
import { peg3Score } from '../scoring/peg3';
import { psfsScore } from '../scoring/psfs';

export interface MeasurePoint {
  day: CalendarDay;
  score: number;
  takenAt: string;
}

function byTaken(a: MeasurePoint, b: MeasurePoint): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return Date.parse(a.takenAt) - Date.parse(b.takenAt);
}

/**
 * Every PSFS score (the mean of its activity ratings; higher is better) in order of day, then the time it
 * was taken. Other measures in the list are ignored.
 */
export function psfsSeries(measures: readonly Measure[]): MeasurePoint[] {
  const points: MeasurePoint[] = [];
  for (const m of measures)
    if (m.kind === 'psfs') points.push({ day: m.day, score: psfsScore(m), takenAt: m.takenAt });
  return points.sort(byTaken);
}

/** Every PEG-3 score (the mean of its three ratings; lower is better), in the same order. */
export function peg3Series(measures: readonly Measure[]): MeasurePoint[] {
  const points: MeasurePoint[] = [];
  for (const m of measures)
    if (m.kind === 'peg3') points.push({ day: m.day, score: peg3Score(m), takenAt: m.takenAt });
  return points.sort(byTaken);
}

/**
 * The scores within `threshold` of the baseline (the first point), kept within the 0-10 scale: a later
 * score inside the band has not changed meaningfully. Pass the whole series, not just the days shown, so
 * the baseline stays the first rating ever. Null for an empty series.
 */
export function meaningfulBand(
  series: readonly Pick<MeasurePoint, 'score'>[],
  threshold: number,
): { low: number; high: number } | null {
  const baseline = series[0];
  if (baseline === undefined) return null;
  return {
    low: Math.max(0, withoutFloatNoise(baseline.score - threshold)),
    high: Math.min(10, withoutFloatNoise(baseline.score + threshold)),
  };
}

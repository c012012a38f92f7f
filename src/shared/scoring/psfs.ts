/**
 * Patient-Specific Functional Scale: each activity is rated 0 (unable) to 10 (as before the problem) and
 * the score is the mean. Higher is better. Whether a change matters is judged in measureVerdict.ts.
 */
import type { Measure, PsfsMeasure } from '../measures';
import { mean, withoutFloatNoise } from './numbers';

export interface PsfsActivityChange {
  activityId: string;
  baseline: number;
  latest: number;
  /** latest - baseline: positive is better. */
  change: number;
}

export interface PsfsChange {
  baselineScore: number;
  latestScore: number;
  /** latestScore - baselineScore: positive is better. */
  change: number;
  /** Only activities rated in both measures, in the baseline's order. */
  activities: PsfsActivityChange[];
}

/** The mean of the measure's ratings. A stored measure always has at least one (the schema requires it). */
export function psfsScore(measure: PsfsMeasure): number {
  if (measure.ratings.length === 0) throw new RangeError(`PSFS measure ${measure.id} has no ratings`);
  return mean(measure.ratings.map((rating) => rating.score));
}

export function psfsChange(baseline: PsfsMeasure, latest: PsfsMeasure): PsfsChange {
  const baselineScore = psfsScore(baseline);
  const latestScore = psfsScore(latest);
  const change = withoutFloatNoise(latestScore - baselineScore);
  const activities: PsfsActivityChange[] = [];
  for (const before of baseline.ratings) {
    const after = latest.ratings.find((rating) => rating.activityId === before.activityId);
    if (!after || activities.some((a) => a.activityId === before.activityId)) continue;
    const activityChange = after.score - before.score;
    activities.push({
      activityId: before.activityId,
      baseline: before.score,
      latest: after.score,
      change: activityChange,
    });
  }
  return {
    baselineScore,
    latestScore,
    change,
    activities,
  };
}

type Dated = Pick<Measure, 'day' | 'takenAt'>;

/** Orders by calendar day, then by the instant it was taken (for two on the same day). */
function compareTaken(a: Dated, b: Dated): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return Date.parse(a.takenAt) - Date.parse(b.takenAt);
}

/** The earliest measure by day, then by takenAt; null when there are none. */
export function earliestMeasure<T extends Dated>(measures: readonly T[]): T | null {
  let earliest: T | null = null;
  for (const measure of measures)
    if (earliest === null || compareTaken(measure, earliest) < 0) earliest = measure;
  return earliest;
}

/** The latest measure by day, then by takenAt; null when there are none. */
export function latestMeasure<T extends Dated>(measures: readonly T[]): T | null {
  let latest: T | null = null;
  for (const measure of measures) if (latest === null || compareTaken(measure, latest) > 0) latest = measure;
  return latest;
}

/** The PSFS baseline: the first measure taken (earliest by day, then takenAt), or null. */
export function psfsBaseline(measures: readonly PsfsMeasure[]): PsfsMeasure | null {
  return earliestMeasure(measures);
}

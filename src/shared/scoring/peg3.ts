/**
 * PEG-3: average Pain, interference with Enjoyment of life and with General activity, each 0-10; the score
 * is the mean, and lower is better. Whether a change matters is judged in measureVerdict.ts.
 */
import type { Peg3Measure } from '../measures';
import { mean, withoutFloatNoise } from './numbers';

export interface Peg3Change {
  baselineScore: number;
  latestScore: number;
  /** latestScore - baselineScore: negative is better. */
  change: number;
  /** change as a percentage of the baseline score; null when the baseline is 0. */
  percentChange: number | null;
}

export function peg3Score(measure: Pick<Peg3Measure, 'pain' | 'enjoyment' | 'activity'>): number {
  return mean([measure.pain, measure.enjoyment, measure.activity]);
}

export function peg3Change(baseline: Peg3Measure, latest: Peg3Measure): Peg3Change {
  const baselineScore = peg3Score(baseline);
  const latestScore = peg3Score(latest);
  const change = withoutFloatNoise(latestScore - baselineScore);
  const percentChange = baselineScore === 0 ? null : withoutFloatNoise((change / baselineScore) * 100);
  return { baselineScore, latestScore, change, percentChange };
}

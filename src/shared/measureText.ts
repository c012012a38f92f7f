/**
 * The sentences that explain outcome-measure changes. Careful wording: changes are described against
 * published thresholds for meaningful change, never as proof of anything.
 */
import type { PainSummary } from './scoring/painTrend';

export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

/** A change in a score, with its sign: "+2", "-1.5", "0". */
export function formatScoreChange(value: number): string {
  return `${value > 0 ? '+' : ''}${formatScore(value)}`;
}

/** A percentage, whole: "33%". */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`;
}

type PainChange = NonNullable<PainSummary['change']>;

/** One or two sentences on how average pain moved from the first to the last part of the range. */
export function describePainChange(change: PainChange): string {
  const points = Math.abs(change.points);
  if (change.direction === 'same' || points < 0.05) {
    return 'Your average pain was about the same in the first and last part of this period.';
  }
  const lowerOrHigher = change.direction === 'better' ? 'lower' : 'higher';
  const percent = change.percent === null ? '' : ` (${Math.round(Math.abs(change.percent))}%)`;
  const first = `Your average pain was ${formatScore(points)} points ${lowerOrHigher}${percent} in the last part of this period than in the first.`;
  let threshold: string;
  if (change.passesChronicPainThreshold) {
    threshold =
      'That is at least the 2 points or 30% usually counted as a meaningful change for longer-lasting pain.';
  } else if (change.passesNeckPainThreshold) {
    threshold =
      'That passes the 1.3 points seen as meaningful for neck pain, but not the 2 points or 30% used for longer-lasting pain.';
  } else {
    threshold = 'That is smaller than the changes usually counted as meaningful (1.3 to 2 points, or 30%).';
  }
  return `${first} ${threshold}`;
}

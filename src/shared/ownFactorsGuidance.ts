/**
 * What the Settings section says about testing factors of one's own: what a factor needs before it is
 * tested, and how many factors the days recorded so far can test together honestly. The thresholds are
 * the analysis's (src/shared/analysis/factors.ts); the rule of thumb of about ten check-in days per factor
 * tested keeps the comparisons, taken together, from finding patterns in noise (docs/insights-method.md).
 */
import { DAYS_PER_FACTOR } from './analysis/capacity';
import { MIN_DAYS_EACH } from './analysis/factors';

// One rule of thumb for Settings, Insights and its method page, so they can never quote different numbers.
export { DAYS_PER_FACTOR };

/** How many factors `checkInDays` check-in days can test together honestly. */
export function factorsTestable(checkInDays: number): number {
  return Math.max(0, Math.floor(checkInDays / DAYS_PER_FACTOR));
}

export interface OwnFactorsGuidance {
  /** What one factor needs before it is tested. */
  needs: string;
  /** How many can be tested together with the days so far, against how many are tracked. */
  capacity: string;
}

/**
 * `builtInTracked` is how many built-in factors the analysis defines for this journal, or null when the
 * caller doesn't know it (then only the person's own are counted, and the words say so).
 */
export function ownFactorsGuidance(
  checkInDays: number,
  ownTracked: number,
  builtInTracked: number | null = null,
): OwnFactorsGuidance {
  const days = Math.max(0, Math.floor(checkInDays));
  const testable = factorsTestable(days);
  return {
    needs:
      `A factor is tested once there are at least ${MIN_DAYS_EACH} check-in days with it and ` +
      `${MIN_DAYS_EACH} without. For 0 to 10 and number factors, “with” means your top third of ` +
      'recorded values. All factors are tested together, so as a rule of thumb each factor tested needs ' +
      `about ${DAYS_PER_FACTOR} check-in days.`,
    capacity:
      `With ${days} check-in ${days === 1 ? 'day' : 'days'} so far, about ${testable} ` +
      `${testable === 1 ? 'factor' : 'factors'} can be tested together honestly; ` +
      (builtInTracked === null
        ? `you track ${ownTracked} of your own, besides the built-in ones.`
        : `you track ${builtInTracked + ownTracked} (built-in and your own).`),
  };
}

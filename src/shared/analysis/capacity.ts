/**
 * How many factors the records can test together honestly. Every factor fitted at once costs the fit some
 * of its days; with fewer than about ten analysed days per factor the estimates get too wide to show
 * anything but very large differences, and a flag found then is more likely chance (the usual rule of
 * thumb for regression, about 10 observations per term; docs/insights-method.md). Nothing is dropped to
 * fit under the limit (that would pick the family after the fact): all factors stay tested, and the
 * person is told plainly that the records can't yet carry them all.
 */

/** Analysed days needed for each factor tested together. */
export const DAYS_PER_FACTOR = 10;

export interface TestCapacity {
  /** Days the comparison uses: every check-in day, or, for someone who rates their day, the rated ones. */
  daysAnalysed: number;
  /** Every check-in day up to today, whether or not the comparison uses it. */
  checkInDays: number;
  /** Factors in the family (every one defined, tested or not yet). */
  factors: number;
  /** How many factors these days can test together honestly. */
  supported: number;
  /** More analysed days needed before every factor can be tested honestly; 0 when there are enough. */
  moreDaysNeeded: number;
}

export function testCapacity(
  daysAnalysed: number,
  factors: number,
  checkInDays: number = daysAnalysed,
): TestCapacity {
  const days = Math.max(0, Math.floor(daysAnalysed));
  const count = Math.max(0, Math.floor(factors));
  return {
    daysAnalysed: days,
    checkInDays: Math.max(days, Math.floor(checkInDays)),
    factors: count,
    supported: Math.floor(days / DAYS_PER_FACTOR),
    moreDaysNeeded: Math.max(0, count * DAYS_PER_FACTOR - days),
  };
}

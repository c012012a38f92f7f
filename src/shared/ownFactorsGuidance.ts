/**
 * What the Settings section says about testing factors of one's own: what a factor needs before it is
 * tested, and how many factors the days recorded so far can test together honestly. Both come from the
 * analysis itself (its thresholds in src/shared/analysis/factors.ts and capacity.ts, its family of factors
 * from factorFamily), and the capacity is told in Insights' own sentence, so the two screens never differ.
 */
import { DAYS_PER_FACTOR } from './analysis/capacity';
import { MIN_DAYS_EACH } from './analysis/factors';
import type { FactorFamily } from './analysis/insights';
import { capacitySentence } from './analysis/wording';

export interface OwnFactorsGuidance {
  /** What one factor needs before it is tested. */
  needs: string;
  /** How many can be tested together with the days so far, against how many are tested. */
  capacity: string;
}

export function ownFactorsGuidance(family: FactorFamily): OwnFactorsGuidance {
  const { capacity, builtIn, own, ownArchived } = family;
  const archived =
    ownArchived > 0
      ? `, ${ownArchived} of them archived (what you recorded for ${ownArchived === 1 ? 'it' : 'them'} still counts)`
      : '';
  const yours = `${own} of your own${archived}`;
  return {
    needs:
      `A factor is tested once there are at least ${MIN_DAYS_EACH} check-in days with it and ` +
      `${MIN_DAYS_EACH} without. For 0 to 10 and number factors, “with” means your top third of ` +
      'recorded values. All factors are tested together, so as a rule of thumb each factor tested needs ' +
      `about ${DAYS_PER_FACTOR} check-in days.`,
    capacity:
      capacity.daysAnalysed === 0
        ? `No check-ins to compare yet, so nothing can be tested so far. You track ${yours}.`
        : `${capacitySentence(capacity)} That is ${builtIn} built in and ${yours}.`,
  };
}

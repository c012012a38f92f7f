/**
 * What the Settings section says about testing factors of one's own: what a factor needs before it is
 * tested, and how many factors the days recorded so far can test together honestly. Both come from the
 * analysis (src/shared/analysis): the thresholds, the count of factors it tests and the capacity sentence
 * Insights shows, so Settings and Insights never disagree.
 */
import { DAYS_PER_FACTOR, type TestCapacity } from './analysis/capacity';
import { MIN_DAYS_EACH } from './analysis/factors';
import { capacitySentence } from './analysis/wording';

export interface OwnFactorsGuidance {
  /** What one factor needs before it is tested. */
  needs: string;
  /** How many can be tested together with the days so far, and how many are tested. */
  capacity: string;
}

export interface TestedFactors {
  capacity: TestCapacity;
  /** Built-in factors the analysis defines for this journal. */
  builtIn: number;
  /** Factors of the person's own in the analysis, archived ones too. */
  own: number;
}

/** `archived` is how many of the person's own factors are archived (they stay tested). */
export function ownFactorsGuidance(
  { capacity, builtIn, own }: TestedFactors,
  archived = 0,
): OwnFactorsGuidance {
  const archivedWords = archived === 0 ? '' : ` (${archived} of them archived: archived factors stay tested)`;
  return {
    needs:
      `A factor is tested once there are at least ${MIN_DAYS_EACH} check-in days with it and ` +
      `${MIN_DAYS_EACH} without. For 0 to 10 and number factors, “with” means your top third of ` +
      'recorded values. All factors are tested together, so as a rule of thumb each factor tested needs ' +
      `about ${DAYS_PER_FACTOR} check-in days.`,
    capacity:
      `${
        capacity.daysAnalysed === 0
          ? `No check-in days yet to test ${capacity.factors === 1 ? 'it' : `these ${capacity.factors} factors`} with.`
          : capacitySentence(capacity)
      } You track ${own} of your own${archivedWords} besides the ` + `${builtIn} built in.`,
  };
}

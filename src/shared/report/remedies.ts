/** What was tried in the range: how often, and the relief measured after it (see analysis/remedies). */
import { MIN_USES, type RemedyRelief } from '../analysis/remedies';
import {
  RELIEF_WINDOW_SENTENCE,
  RELIEF_WINDOW_WORDS,
  leftOutSentence,
  naturalCourseSentence,
  reliefCaveat,
  remedySentence,
} from '../analysis/wording';
import { formatScore } from '../measureText';
import type { Episode } from '../model';
import { labelOfRemedy } from '../taxonomy';
import type { RemedyId } from '../taxonomy/remedies';
import type { DayRange } from '../trends/range';
import { reliefInRange } from '../trends/remediesInRange';

export interface ReportRemedy {
  remedy: RemedyId;
  label: string;
  /** Times it was logged with an episode in the range, rated or not. */
  uses: number;
  /** Uses with pain rated before and after, whenever the after-rating was taken (as the appendix shows). */
  ratedUses: number;
  /** Of those, the uses rated inside the window, which the relief is worked out from. */
  countedUses: number;
  /**
   * Relief after use (pain before minus after), in points: median, mean and the mean's 95% range. Null
   * until there are enough counted uses to say (see minRatedUses).
   */
  medianRelief: number | null;
  meanRelief: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Share (0-1) of counted uses followed by clear relief: 2 points or 30%. */
  clearReliefShare: number | null;
  /** Points more relief than when nothing was tried, with its 95% range; null until it can be said. */
  beyondEasing: { estimate: number; ciLow: number; ciHigh: number } | null;
  /** The Insights screen's sentence when the relief is summarised; else the uses and ratings so far. */
  sentence: string;
}

export interface ReportRemedies {
  /** Most reliable relief first; those without enough ratings after, most used first. */
  remedies: ReportRemedy[];
  /** Counted uses needed before the relief is summarised. */
  minRatedUses: number;
  /** Which after-ratings count, and why. */
  window: string;
  /** How pain went in the range's episodes where nothing was tried. */
  naturalCourse: string;
  /** How to read the relief; null when no relief is summarised. */
  caveat: string | null;
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** For the clinician, not the Insights screen's request to the person to rate more uses. */
function tooFewRatings(relief: RemedyRelief): string {
  const leftOut = leftOutSentence(relief.leftOut);
  return `${labelOfRemedy(relief.remedy)}: used ${times(relief.logged)}, with pain rated before and after on ${relief.ratedAnyTime} of them and ${relief.uses} of those ${RELIEF_WINDOW_WORDS} after; the relief is summarised once ${MIN_USES} such uses are counted.${leftOut ? ` ${leftOut}` : ''}`;
}

/**
 * The relief column, from the same numbers as the sentence beside it: the mean with its 95% range, then
 * the median, so the range is never read as the median's.
 */
export function reliefFigure(remedy: ReportRemedy, minRatedUses: number): string {
  const b = remedy.beyondEasing;
  if (b)
    return `${formatScore(b.estimate)} more than when nothing was tried (95% range ${formatScore(b.ciLow)} to ${formatScore(b.ciHigh)})`;
  if (remedy.meanRelief === null) return `not enough counted uses (needs ${minRatedUses})`;
  const range =
    remedy.ciLow === null || remedy.ciHigh === null
      ? ''
      : ` (95% range ${formatScore(remedy.ciLow)} to ${formatScore(remedy.ciHigh)})`;
  const median = remedy.medianRelief === null ? '' : `; median ${formatScore(remedy.medianRelief)}`;
  return `on average ${formatScore(remedy.meanRelief)} lower${range}${median}`;
}

export function reportRemedies(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): ReportRemedies {
  const { remedies: reliefs, natural } = reliefInRange(episodes, range, timeZone);
  return {
    remedies: reliefs.map((relief) => ({
      remedy: relief.remedy,
      label: labelOfRemedy(relief.remedy),
      uses: relief.logged,
      ratedUses: relief.ratedAnyTime,
      countedUses: relief.uses,
      medianRelief: relief.median,
      meanRelief: relief.mean,
      ciLow: relief.ciLow,
      ciHigh: relief.ciHigh,
      clearReliefShare: relief.meaningfulShare,
      beyondEasing: relief.beyond
        ? { estimate: relief.beyond.estimate, ciLow: relief.beyond.ciLow, ciHigh: relief.beyond.ciHigh }
        : null,
      sentence: relief.mean === null ? tooFewRatings(relief) : remedySentence(relief),
    })),
    minRatedUses: MIN_USES,
    window: RELIEF_WINDOW_SENTENCE,
    naturalCourse: naturalCourseSentence(natural),
    caveat: reliefCaveat(reliefs),
  };
}

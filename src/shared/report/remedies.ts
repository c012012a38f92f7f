/** What was tried in the range: how often, and the relief measured after it (see analysis/remedies). */
import { MIN_USES, type RemedyRelief } from '../analysis/remedies';
import { RELIEF_CAVEAT, remedySentence } from '../analysis/wording';
import type { Episode } from '../model';
import { labelOfRemedy } from '../taxonomy';
import type { RemedyId } from '../taxonomy/remedies';
import type { DayRange } from '../trends/range';
import { remediesInRange } from '../trends/remediesInRange';

export interface ReportRemedy {
  remedy: RemedyId;
  label: string;
  /** Times it was logged with an episode in the range, rated or not. */
  uses: number;
  /** Uses with pain rated before and 30 to 180 minutes after. */
  ratedUses: number;
  /**
   * Relief after use (pain before minus after), in points: median, mean and the mean's 95% range. Null
   * until there are enough rated uses to say (see minRatedUses).
   */
  medianRelief: number | null;
  meanRelief: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Share (0-1) of rated uses followed by clear relief: 2 points or 30%. */
  clearReliefShare: number | null;
  /** The Insights screen's sentence when the relief is summarised; else the uses and ratings so far. */
  sentence: string;
}

export interface ReportRemedies {
  /** Most reliable relief first; those without enough ratings after, most used first. */
  remedies: ReportRemedy[];
  /** Rated uses needed before the relief is summarised. */
  minRatedUses: number;
  /** The reminder that pain often eases by itself; null when no relief is summarised. */
  caveat: string | null;
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** For the clinician, not the Insights screen's request to the person to rate more uses. */
function tooFewRatings(relief: RemedyRelief): string {
  return `${labelOfRemedy(relief.remedy)}: used ${times(relief.logged)}, with pain rated before and 30 to 180 minutes after on ${relief.uses} of them; the relief is summarised from ${MIN_USES} rated uses.`;
}

export function reportRemedies(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): ReportRemedies {
  const reliefs = remediesInRange(episodes, range, timeZone);
  return {
    remedies: reliefs.map((relief) => ({
      remedy: relief.remedy,
      label: labelOfRemedy(relief.remedy),
      uses: relief.logged,
      ratedUses: relief.uses,
      medianRelief: relief.median,
      meanRelief: relief.mean,
      ciLow: relief.ciLow,
      ciHigh: relief.ciHigh,
      clearReliefShare: relief.meaningfulShare,
      sentence: relief.mean === null ? tooFewRatings(relief) : remedySentence(relief),
    })),
    minRatedUses: MIN_USES,
    caveat: reliefs.some((r) => r.mean !== null) ? RELIEF_CAVEAT : null,
  };
}

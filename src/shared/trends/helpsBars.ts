/**
 * What the "What helps" chart draws. Once remedies can be compared with the times nothing was tried,
 * the bars are that comparison (points more relief than by itself, with its 95% range); until then,
 * the plain relief after use (the median, with the 95% range of the mean). Never the two mixed on one axis.
 */
import type { RemedyRelief } from '../analysis/remedies';
import { labelOfRemedy } from '../taxonomy';

export interface HelpsBar {
  remedy: RemedyRelief['remedy'];
  name: string;
  /** The bar's length, in points. */
  value: number;
  low: number;
  high: number;
  uses: number;
}

export interface HelpsBars {
  measure: 'beyond-easing' | 'after-use';
  /** The axis and table caption, in words. */
  axisLabel: string;
  bars: HelpsBar[];
}

export function helpsBars(reliefs: readonly RemedyRelief[]): HelpsBars {
  const compared = reliefs.filter((r) => r.beyond !== null);
  if (compared.length > 0) {
    return {
      measure: 'beyond-easing',
      axisLabel: 'Points more relief than when you tried nothing (95% range)',
      bars: compared.flatMap((r) =>
        r.beyond
          ? [
              {
                remedy: r.remedy,
                name: labelOfRemedy(r.remedy),
                value: r.beyond.estimate,
                low: r.beyond.ciLow,
                high: r.beyond.ciHigh,
                uses: r.beyond.uses,
              },
            ]
          : [],
      ),
    };
  }
  return {
    measure: 'after-use',
    axisLabel: 'Points less pain afterwards (median, 95% range)',
    bars: reliefs.flatMap((r) =>
      r.median !== null && r.ciLow !== null && r.ciHigh !== null
        ? [
            {
              remedy: r.remedy,
              name: labelOfRemedy(r.remedy),
              value: r.median,
              low: r.ciLow,
              high: r.ciHigh,
              uses: r.uses,
            },
          ]
        : [],
    ),
  };
}

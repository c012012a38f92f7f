/**
 * What goes with worse or better days: the Insights analysis run on the journal up to the last day of the
 * range, keeping only the factors the data support (likely or possible). The rest is not listed.
 */
import {
  analyzeJournalFactors,
  type FactorInsight,
  type FactorKind,
  type JournalInsights,
} from '../analysis';
import { MIN_DAYS_EACH } from '../analysis/factors';
import { dayPhrase, factorSentence, tierLabel } from '../analysis/wording';
import type { CheckIn } from '../checkIns';
import { formatDayWords, type CalendarDay } from '../dates';
import { startDayOf } from '../episodeStart';
import type { Episode } from '../model';
import type { OwnFactor } from '../ownFactors';
import type { WaterUnit } from '../scoring/water';
import type { DayRange } from '../trends/range';

export interface ReportFactor {
  id: string;
  kind: FactorKind;
  /** "Days after a workout", "Days with high stress", "Days you had “Carried a backpack”". */
  label: string;
  /** "Likely contributing factor", "Possibly goes with less pain". */
  tierLabel: string;
  tier: 'likely' | 'possible';
  /** 'higher': pain was higher with it; 'lower': pain was lower with it. */
  direction: 'higher' | 'lower';
  /** Difference in pain on those days, in points, with its 95% range (allowing for the other factors). */
  estimate: number;
  ciLow: number;
  ciHigh: number;
  daysWith: number;
  daysWithout: number;
  /** The Insights screen's sentence: the size, the range, the days and what was allowed for. */
  sentence: string;
}

export interface ReportFactors {
  /** 'not-enough-data' when no factor could be compared yet: none was recorded on enough days. */
  status: 'ok' | 'not-enough-data';
  /** Days with a check-in the analysis had, up to the last day of the range. */
  basedOnDays: number;
  /** The first and last of those days; null without any. */
  basedOnSpan: DayRange | null;
  /**
   * Where the findings come from, said once above them: the whole journal up to the range's end, not
   * only the range, so "18 days with it" is not read against the period's own counts. Null without days.
   */
  source: string | null;
  /** Days needed with and without a factor before it is compared. */
  minDaysEach: number;
  /** Pain higher with the factor, strongest first. */
  contributing: ReportFactor[];
  /** Pain lower with the factor, strongest first. */
  easing: ReportFactor[];
  caveat: string;
}

export const FACTORS_CAVEAT =
  'Patterns in the patient’s own daily records, allowing for changes from month to month, weekends and the other factors listed: they show what went with higher or lower pain, not proof of why.';

export interface FactorsInput {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  range: DayRange;
  timeZone: string;
  /** Every own factor ever created, as Insights has them, so the two never disagree. */
  ownFactors?: readonly OwnFactor[];
  /** The person's unit for water, so the low-water factor reads as on the Insights screen. */
  waterUnit?: WaterUnit;
  /** The analysis already worked out up to `to` (see ReportJournal.knownFactors). */
  known?: KnownFactors;
}

/** What analyzeJournalFactors gave for the journal up to `to`. */
export interface KnownFactors {
  to: CalendarDay;
  answer: Pick<JournalInsights, 'factors' | 'checkInDays' | 'checkInSpan'>;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function toReportFactor(insight: FactorInsight, tier: ReportFactor['tier']): ReportFactor | null {
  if (insight.estimate === null) return null;
  return {
    id: insight.id,
    kind: insight.kind,
    label: capitalised(dayPhrase(insight)),
    tierLabel: tierLabel(insight),
    tier,
    direction: insight.direction,
    estimate: insight.estimate.estimate,
    ciLow: insight.estimate.ciLow,
    ciHigh: insight.estimate.ciHigh,
    daysWith: insight.exposedDays,
    daysWithout: insight.unexposedDays,
    sentence: factorSentence(insight),
  };
}

/**
 * "From your whole journal (79 check-in days, 1 November 2025 to 24 March 2026), not only this period."
 * When the journal starts inside the period, the findings rest on the period alone, and it says that.
 */
export function factorsSourceSentence(
  basedOnDays: number,
  span: DayRange | null,
  range: DayRange,
): string | null {
  if (span === null || basedOnDays === 0) return null;
  const days = `${basedOnDays} check-in ${basedOnDays === 1 ? 'day' : 'days'}`;
  if (span.from >= range.from) return `From the ${days} of this period.`;
  const when = `${formatDayWords(span.from, true)} to ${formatDayWords(span.to, true)}`;
  return `From your whole journal (${days}, ${when}), not only this period.`;
}

/** Entries after the range's last day are left out, so the report reads as it would have on that day. */
export function reportFactors(input: FactorsInput): ReportFactors {
  const { range, timeZone } = input;
  const insights =
    input.known && input.known.to === range.to
      ? input.known.answer
      : analyzeJournalFactors({
          episodes: input.episodes.filter((e) => startDayOf(e, timeZone) <= range.to),
          checkIns: input.checkIns.filter((c) => c.day <= range.to),
          timeZone,
          today: range.to,
          ownFactors: input.ownFactors ?? [],
          ...(input.waterUnit ? { waterUnit: input.waterUnit } : {}),
        });
  const factors = insights.factors.factors;
  const shown: ReportFactor[] = [];
  for (const insight of factors) {
    // An archived own factor is hidden here as in Insights (it still counted in the family).
    if (insight.own?.archived) continue;
    const factor =
      insight.tier === 'likely' || insight.tier === 'possible' ? toReportFactor(insight, insight.tier) : null;
    if (factor) shown.push(factor);
  }
  return {
    status: factors.every((f) => f.tier === 'not-enough-data') ? 'not-enough-data' : 'ok',
    basedOnDays: insights.checkInDays,
    basedOnSpan: insights.checkInSpan,
    source: factorsSourceSentence(insights.checkInDays, insights.checkInSpan, range),
    minDaysEach: MIN_DAYS_EACH,
    contributing: shown.filter((f) => f.direction === 'higher'),
    easing: shown.filter((f) => f.direction === 'lower'),
    caveat: FACTORS_CAVEAT,
  };
}

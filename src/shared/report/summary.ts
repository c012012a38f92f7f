/**
 * The report's first page, read in about a minute: the same numbers as the fuller sections after it, cut
 * down to a line or two each. Nothing here is worked out afresh; it only picks and words what the sections
 * already hold, so page one and the details can never disagree.
 */
import { typicalLengthFigure } from '../episodeLength';
import { formatPercent, formatScore, formatScoreChange } from '../measureText';
import { withoutFloatNoise } from '../scoring/numbers';
import type { BodyRegionId } from '../taxonomy/regions';
import type { ReportContent } from './buildReport';
import type { ReportFactors } from './factors';
import type { ReportMeasure } from './functionMeasures';
import type { ReportPattern } from './pattern';
import type { ReportRemedies } from './remedies';

export interface RegionShare {
  region: BodyRegionId;
  label: string;
  episodes: number;
  /** Share (0-1) of the range's episodes that marked this region; an episode may mark several. */
  share: number;
  /** "8 of 12 (67%)". */
  words: string;
}

/** Each region marked in the range, most often first, with its share of the episodes. */
export function regionShares(pattern: Pick<ReportPattern, 'episodes' | 'regions'>): RegionShare[] {
  if (pattern.episodes === 0) return [];
  return pattern.regions
    .filter((r) => r.episodes > 0)
    .map((r) => {
      const share = withoutFloatNoise(r.episodes / pattern.episodes);
      return {
        region: r.region,
        label: r.label,
        episodes: r.episodes,
        share,
        words: `${r.episodes} of ${pattern.episodes} (${formatPercent(share * 100)})`,
      };
    });
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A label and its value, as page one prints them side by side. */
export type SummaryFigure = readonly [label: string, value: string];

/**
 * The pattern in five short lines: how often, how long (known ends only, with how many those were), the
 * commonest time of day, how it felt, and spreading to the arms.
 */
export function patternFigures(pattern: ReportPattern, daysInRange: number): SummaryFigure[] {
  const { episodes } = pattern;
  if (episodes === 0) return [['Episodes', `none in ${plural(daysInRange, 'day')}`]];
  const perWeek = withoutFloatNoise(Math.round((episodes / daysInRange) * 7 * 10) / 10);
  const howOften =
    daysInRange >= 7
      ? `${plural(episodes, 'episode')} on ${pattern.daysWithEpisodes} of ${plural(daysInRange, 'day')} (about ${formatScore(perWeek)} a week)`
      : `${plural(episodes, 'episode')} on ${pattern.daysWithEpisodes} of ${plural(daysInRange, 'day')}`;
  const busiest = Math.max(...pattern.timeOfDay.map((t) => t.episodes));
  const times = pattern.timeOfDay
    .filter((t) => t.episodes === busiest)
    .map((t) => t.label)
    .join(' and ');
  const qualities = pattern.qualities.slice(0, 3).map((q) => `${q.label} ${q.episodes}`);
  const arms = pattern.spreadingToArms;
  return [
    ['How often', howOften],
    ['How long', typicalLengthFigure(pattern.duration)],
    ['When they start', `most often ${times}: ${busiest} of ${episodes}`],
    ['How it felt', qualities.length === 0 ? 'not noted' : qualities.join('; ')],
    [
      'Spreading to the arms',
      arms.episodes === 0
        ? `none of the ${plural(episodes, 'episode')}`
        : `${arms.episodes} of ${episodes} episodes (${formatPercent((arms.share ?? 0) * 100)})`,
    ],
  ];
}

/** Why no factor is listed, in the words of the factors section; null when some are. */
export function factorsNoneSentence(factors: ReportFactors): string | null {
  if (factors.status === 'not-enough-data')
    return `Not enough data yet to say: the journal has ${plural(factors.basedOnDays, 'day')} of check-ins up to the end of this period, and needs at least ${factors.minDaysEach} days with and without each habit.`;
  if (factors.contributing.length === 0 && factors.easing.length === 0)
    return `No habit stood out from ${plural(factors.basedOnDays, 'day')} of check-ins. Habits without clear support in the data are not listed.`;
  return null;
}

export interface SummaryLine {
  /** "Likely contributing factor", or the remedy's name. */
  label: string;
  /** The Insights sentence, unchanged. */
  sentence: string;
}

/** The factors the analysis supports, contributing first: Insights' own label and sentence. */
export function factorLines(factors: ReportFactors): SummaryLine[] {
  return [...factors.contributing, ...factors.easing].map((f) => ({
    label: f.tierLabel,
    sentence: f.sentence,
  }));
}

/** What helped: the remedies whose relief is summarised, in the Insights sentence; the rest are in the details. */
export function helpedLines(remedies: ReportRemedies): SummaryLine[] {
  return remedies.remedies
    .filter((r) => r.meanRelief !== null)
    .map((r) => ({ label: r.label, sentence: r.sentence }));
}

/** Why nothing is listed under what helped; null when something is. */
export function helpedNoneSentence(remedies: ReportRemedies): string | null {
  if (remedies.remedies.length === 0) return 'No remedies were recorded in this period.';
  if (helpedLines(remedies).length > 0) return null;
  return `Nothing tried has enough uses rated before and after yet to say how much it helped (${remedies.minRatedUses} counted uses are needed); the uses so far are listed in the details.`;
}

/** "4 → 6.5 (+2.5)", or the one rating there is. */
export function measureFigure(measure: ReportMeasure): string {
  const { baseline, latest, change } = measure;
  if (baseline === null || latest === null) return 'not rated';
  if (change === null) return `${formatScore(latest.score)} (one rating)`;
  return `${formatScore(baseline.score)} → ${formatScore(latest.score)} (${formatScoreChange(change)})`;
}

function factorsSummary(factors: ReportFactors): NonNullable<PageOne['factors']> {
  const lines = factorLines(factors);
  return { lines, none: factorsNoneSentence(factors), source: lines.length > 0 ? factors.source : null };
}

export interface PageOne {
  /** The body map's regions with their shares; empty without the pattern section or episodes. */
  regions: RegionShare[];
  pattern: SummaryFigure[] | null;
  /** `source`: where the findings come from (the whole journal), shown once above them; null with none. */
  factors: { lines: SummaryLine[]; none: string | null; source: string | null } | null;
  helped: { lines: SummaryLine[]; none: string | null } | null;
  measures: { name: ReportMeasure['name']; figure: string; verdict: string }[] | null;
}

/** Page one's short versions of the sections the person included. */
export function pageOne(
  report: Pick<ReportContent, 'header' | 'pattern' | 'factors' | 'remedies' | 'function'>,
): PageOne {
  const { pattern, factors, remedies } = report;
  const measures = report.function;
  return {
    regions: pattern ? regionShares(pattern) : [],
    pattern: pattern ? patternFigures(pattern, report.header.days) : null,
    factors: factors ? factorsSummary(factors) : null,
    helped: remedies ? { lines: helpedLines(remedies), none: helpedNoneSentence(remedies) } : null,
    measures: measures
      ? [measures.psfs, measures.peg3].map((m) => ({
          name: m.name,
          figure: measureFigure(m),
          verdict: m.words,
        }))
      : null,
  };
}

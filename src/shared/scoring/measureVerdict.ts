/**
 * The one verdict on a PSFS or PEG-3 change against the first rating, shared by Trends, Measures and the
 * report so the three can never disagree. Thresholds (reference/clinical.md): PSFS 2 points for the mean and
 * 3 for a single activity. No threshold is published for the PEG-3 itself; its three items are 0-10
 * ratings, so it takes the 2 points that matter on a 0-10 pain rating (Farrar 2001; IMMPACT: at least 2 is
 * moderately meaningful). The 30% alternative is left out: on a low first score it would call a third of
 * a point meaningful.
 */
import { formatDayWords, type CalendarDay } from '../dates';
import { formatScore } from '../measureText';
import { daysBetween } from './days';
import { roundTo, withoutFloatNoise } from './numbers';

export type VerdictMeasure = 'psfs' | 'peg3';

export type Verdict =
  | 'meaningful-improvement'
  | 'meaningful-worsening'
  | 'usual-ups-and-downs'
  /** No rating, or only one: nothing to compare yet. */
  | 'not-enough-ratings';

export interface ScoredDay {
  day: CalendarDay;
  score: number;
}

interface MeasureRules {
  name: 'PSFS' | 'PEG-3';
  betterWhen: 'higher' | 'lower';
  /** Points of change that usually matter to people. */
  threshold: number;
}

export const MEASURE_RULES: Record<VerdictMeasure, MeasureRules> = {
  psfs: { name: 'PSFS', betterWhen: 'higher', threshold: 2 },
  peg3: { name: 'PEG-3', betterWhen: 'lower', threshold: 2 },
};

/** A single PSFS activity: 3 points (its scores are whole numbers, higher is better). */
export const PSFS_ACTIVITY_POINTS = 3;

export interface MeasureVerdictInput {
  measure: VerdictMeasure;
  /** The first rating ever taken; null with none. */
  baseline: ScoredDay | null;
  /** The last rating taken; null with none. The same as the baseline when there is only one. */
  latest: ScoredDay | null;
  /** How many ratings there are from the baseline to the latest, both included. */
  entries: number;
}

export interface MeasureVerdict {
  measure: VerdictMeasure;
  name: MeasureRules['name'];
  betterWhen: MeasureRules['betterWhen'];
  baseline: ScoredDay | null;
  latest: ScoredDay | null;
  /** latest - baseline; null with fewer than two ratings. */
  change: number | null;
  /** The change as a percentage of the baseline; null with no change or a baseline of 0. */
  percentChange: number | null;
  threshold: number;
  verdict: Verdict;
  entries: number;
  /** Days from the baseline's day to the latest's; null with fewer than two ratings. */
  days: number | null;
  sentence: string;
}

/**
 * The change is judged as shown, to one decimal place: a change of 1.95 is printed as "2 points", and
 * "2 points, less than the 2-point change" would contradict itself.
 */
function verdictOfChange(change: number, threshold: number, betterWhen: 'higher' | 'lower'): Verdict {
  const shown = roundTo(Math.abs(change), 1);
  if (shown < threshold) return 'usual-ups-and-downs';
  return change > 0 === (betterWhen === 'higher') ? 'meaningful-improvement' : 'meaningful-worsening';
}

/** The verdict on one PSFS activity's change, from its first rating to its latest. */
export function psfsActivityVerdict(baseline: number, latest: number): Verdict {
  return verdictOfChange(latest - baseline, PSFS_ACTIVITY_POINTS, 'higher');
}

function pointsWords(value: number): string {
  const shown = formatScore(Math.abs(value));
  return `${shown} ${shown === '1' ? 'point' : 'points'}`;
}

function ratingWords(point: ScoredDay): string {
  return `${formatScore(point.score)} on ${formatDayWords(point.day, true)}`;
}

function spanWords(entries: number, days: number): string {
  const over = days === 0 ? 'on the same day' : `over ${days} ${days === 1 ? 'day' : 'days'}`;
  return `${entries} ratings ${over}`;
}

function changeWords(verdict: Verdict, change: number, rules: MeasureRules): string {
  const matters = `the ${formatScore(rules.threshold)}-point change that usually matters to people`;
  if (roundTo(Math.abs(change), 1) === 0) return 'about the same, within the usual ups and downs';
  const higher = change > 0;
  const direction = higher === (rules.betterWhen === 'higher') ? 'better' : 'worse';
  const size = `${pointsWords(change)} ${direction}`;
  if (verdict === 'usual-ups-and-downs')
    return `${size}, less than ${matters}, so within the usual ups and downs`;
  return `${size}, at least ${matters}`;
}

export function measureVerdict(input: MeasureVerdictInput): MeasureVerdict {
  const rules = MEASURE_RULES[input.measure];
  const { baseline, latest } = input;
  const common = { measure: input.measure, ...rules, baseline, latest, entries: input.entries };
  if (baseline === null || latest === null) {
    return {
      ...common,
      change: null,
      percentChange: null,
      verdict: 'not-enough-ratings',
      days: null,
      sentence: `No ${rules.name} ratings yet, so there is no change to compare.`,
    };
  }
  if (input.entries < 2) {
    return {
      ...common,
      change: null,
      percentChange: null,
      verdict: 'not-enough-ratings',
      days: null,
      sentence: `One ${rules.name} rating so far: ${ratingWords(latest)}. Rate it again in a week to see whether it changes.`,
    };
  }
  const change = withoutFloatNoise(latest.score - baseline.score);
  const verdict = verdictOfChange(change, rules.threshold, rules.betterWhen);
  const days = daysBetween(baseline.day, latest.day);
  return {
    ...common,
    change,
    percentChange: baseline.score === 0 ? null : withoutFloatNoise((change / baseline.score) * 100),
    verdict,
    days,
    sentence:
      `${rules.name}: ${ratingWords(baseline)} (first rating) and ${ratingWords(latest)} (latest), ` +
      `${spanWords(input.entries, days)}: ${changeWords(verdict, change, rules)}.`,
  };
}

/** The verdict on a series of ratings in the order taken (the first is the baseline, the last the latest). */
export function verdictOfSeries(measure: VerdictMeasure, series: readonly ScoredDay[]): MeasureVerdict {
  const baseline = series[0];
  const latest = series[series.length - 1];
  return measureVerdict({
    measure,
    baseline: baseline ? { day: baseline.day, score: baseline.score } : null,
    latest: latest ? { day: latest.day, score: latest.score } : null,
    entries: series.length,
  });
}

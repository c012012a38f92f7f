/**
 * Function: PSFS (higher is better) and PEG-3 (lower is better). The baseline is the first rating ever
 * taken, the latest is the last one taken by the end of the range, and the chart shows the ratings inside
 * the range. Ratings taken after the range are left out, so an older report reads the same when remade.
 */
import { formatDayWords, type CalendarDay } from '../dates';
import type { Measure, PsfsActivity } from '../measures';
import { formatScore } from '../measureText';
import { peg3Change, peg3Score } from '../scoring/peg3';
import {
  PSFS_ACTIVITY_THRESHOLD,
  PSFS_MEAN_THRESHOLD,
  earliestMeasure,
  latestMeasure,
  psfsChange,
  psfsScore,
} from '../scoring/psfs';
import { peg3Series, psfsSeries, type MeasurePoint } from '../trends/measuresSeries';
import { isInRange, type DayRange } from '../trends/range';

export interface ReportMeasurePoint {
  day: CalendarDay;
  score: number;
}

export type ChangeDirection = 'better' | 'worse' | 'same';

export interface ReportMeasure {
  name: 'PSFS' | 'PEG-3';
  betterWhen: 'higher' | 'lower';
  /** Change in the score counted as meaningful, in points; null when none is claimed (PEG-3). */
  threshold: number | null;
  /** The first rating ever taken (up to the end of the range); null with none. */
  baseline: ReportMeasurePoint | null;
  /** The last rating taken on or before the end of the range; null with none. */
  latest: ReportMeasurePoint | null;
  /** latest - baseline; null unless there are two different ratings to compare. */
  change: number | null;
  /** The change as a percentage of the baseline (PEG-3 only; null otherwise or when the baseline is 0). */
  percentChange: number | null;
  /** Which way the change goes for the person (a change under 0.05 reads as the same); null with no change. */
  direction: ChangeDirection | null;
  /** Whether the change reaches the threshold; null with no change or no threshold. */
  isMeaningful: boolean | null;
  /** Ratings taken within the range, oldest first. */
  series: ReportMeasurePoint[];
  /** Baseline, latest and change in one or two plain sentences. */
  words: string;
}

export interface ReportPsfsActivity {
  activityId: string;
  /** The activity as the person named it; null when the name is not known. */
  name: string | null;
  baseline: number;
  latest: number;
  change: number;
  /** At least 3 points for a single activity. */
  isMeaningful: boolean;
}

export interface ReportPsfs extends ReportMeasure {
  name: 'PSFS';
  /** Activities rated both at baseline and in the latest rating, in the baseline's order. */
  activities: ReportPsfsActivity[];
  activityThreshold: number;
}

export interface ReportFunction {
  psfs: ReportPsfs;
  peg3: ReportMeasure;
}

export interface FunctionInput {
  measures: readonly Measure[];
  psfsActivities: readonly Pick<PsfsActivity, 'id' | 'name'>[];
  range: DayRange;
}

/** Scores closer than this read as the same (they would print as the same number). */
const SAME_SCORE = 0.05;

function directionOf(change: number, betterWhen: 'higher' | 'lower'): ChangeDirection {
  if (Math.abs(change) < SAME_SCORE) return 'same';
  return change > 0 === (betterWhen === 'higher') ? 'better' : 'worse';
}

function pointWords(point: ReportMeasurePoint): string {
  return `${formatScore(point.score)} on ${formatDayWords(point.day, true)}`;
}

function measureWords(measure: Omit<ReportMeasure, 'words' | 'series'>, range: DayRange): string {
  const { name, baseline, latest, change, direction } = measure;
  if (baseline === null || latest === null)
    return `No ${name} ratings recorded by ${formatDayWords(range.to, true)}.`;
  if (change === null || direction === null) return `One ${name} rating: ${pointWords(latest)}.`;
  const opening = `${name} ${pointWords(baseline)} (first rating) and ${pointWords(latest)} (latest)`;
  if (direction === 'same') return `${opening}: about the same.`;
  const size = Math.abs(change);
  const points = `${formatScore(size)} ${formatScore(size) === '1' ? 'point' : 'points'}`;
  const percent = measure.percentChange === null ? '' : ` (${Math.round(Math.abs(measure.percentChange))}%)`;
  const sentence = `${opening}: ${points} ${direction}${percent}.`;
  if (measure.threshold === null) return sentence;
  const reaches = measure.isMeaningful ? 'at least' : 'less than';
  return `${sentence} That is ${reaches} the ${formatScore(measure.threshold)} points usually counted as a meaningful change.`;
}

function withWords(measure: Omit<ReportMeasure, 'words'>, range: DayRange): ReportMeasure {
  return { ...measure, words: measureWords(measure, range) };
}

type MeasureOfKind<K extends Measure['kind']> = Extract<Measure, { kind: K }>;

interface MeasureSpec<K extends Measure['kind']> {
  kind: K;
  score: (measure: MeasureOfKind<K>) => number;
  /** Every score of the kind in order taken (psfsSeries or peg3Series). */
  series: (measures: readonly Measure[]) => MeasurePoint[];
}

/** Baseline, latest and the ratings in the range for one kind, with the pair to compare when there are two. */
function taken<K extends Measure['kind']>(input: FunctionInput, spec: MeasureSpec<K>) {
  const { range } = input;
  const measures = input.measures.filter(
    (m): m is MeasureOfKind<K> => m.kind === spec.kind && m.day <= range.to,
  );
  const baseline = earliestMeasure(measures);
  const latest = latestMeasure(measures);
  const point = (m: MeasureOfKind<K> | null): ReportMeasurePoint | null =>
    m && { day: m.day, score: spec.score(m) };
  return {
    pair: baseline && latest && baseline.id !== latest.id ? { baseline, latest } : null,
    baseline: point(baseline),
    latest: point(latest),
    series: spec
      .series(measures)
      .filter((p) => isInRange(p.day, range))
      .map(({ day, score }) => ({ day, score })),
  };
}

function psfsSection(input: FunctionInput): ReportPsfs {
  const { pair, ...points } = taken(input, { kind: 'psfs', score: psfsScore, series: psfsSeries });
  const change = pair && psfsChange(pair.baseline, pair.latest);
  const names = new Map(input.psfsActivities.map((a) => [a.id, a.name]));
  const measure = withWords(
    {
      ...points,
      name: 'PSFS',
      betterWhen: 'higher',
      threshold: PSFS_MEAN_THRESHOLD,
      change: change?.change ?? null,
      percentChange: null,
      direction: change ? directionOf(change.change, 'higher') : null,
      isMeaningful: change?.isMeaningful ?? null,
    },
    input.range,
  );
  return {
    ...measure,
    name: 'PSFS',
    activities: (change?.activities ?? []).map((a) => ({
      activityId: a.activityId,
      name: names.get(a.activityId) ?? null,
      baseline: a.baseline,
      latest: a.latest,
      change: a.change,
      isMeaningful: a.isMeaningful,
    })),
    activityThreshold: PSFS_ACTIVITY_THRESHOLD,
  };
}

function peg3Section(input: FunctionInput): ReportMeasure {
  const { pair, ...points } = taken(input, { kind: 'peg3', score: peg3Score, series: peg3Series });
  const change = pair && peg3Change(pair.baseline, pair.latest);
  return withWords(
    {
      ...points,
      name: 'PEG-3',
      betterWhen: 'lower',
      threshold: null,
      change: change?.change ?? null,
      percentChange: change?.percentChange ?? null,
      direction: change ? directionOf(change.change, 'lower') : null,
      isMeaningful: null,
    },
    input.range,
  );
}

export function reportFunction(input: FunctionInput): ReportFunction {
  return { psfs: psfsSection(input), peg3: peg3Section(input) };
}

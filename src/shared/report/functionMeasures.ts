/**
 * Function: PSFS (higher is better) and PEG-3 (lower is better). The baseline is the first rating ever
 * taken, the latest is the last one taken by the end of the range, and the chart shows the ratings inside
 * the range. Ratings taken after the range are left out, so an older report reads the same when remade.
 */
import { formatDayWords, type CalendarDay } from '../dates';
import type { Measure, PsfsActivity } from '../measures';
import {
  PSFS_ACTIVITY_POINTS,
  psfsActivityVerdict,
  verdictOfSeries,
  type MeasureVerdict,
  type Verdict,
} from '../scoring/measureVerdict';
import { earliestMeasure, latestMeasure, psfsChange } from '../scoring/psfs';
import { peg3Series, psfsSeries, type MeasurePoint } from '../trends/measuresSeries';
import { isInRange, type DayRange } from '../trends/range';

export interface ReportMeasurePoint {
  day: CalendarDay;
  score: number;
}

export interface ReportMeasure {
  name: 'PSFS' | 'PEG-3';
  /** The first rating ever taken (up to the end of the range); null with none. */
  baseline: ReportMeasurePoint | null;
  /** The last rating taken on or before the end of the range; null with none. */
  latest: ReportMeasurePoint | null;
  /** latest - baseline; null unless there are two ratings to compare. */
  change: number | null;
  /** The same verdict Trends and Measures give, on the ratings up to the end of the range. */
  verdict: MeasureVerdict;
  /** Ratings taken within the range, oldest first. */
  series: ReportMeasurePoint[];
  /** The verdict's sentence, or that nothing was recorded by the end of the range. */
  words: string;
}

export interface ReportPsfsActivity {
  activityId: string;
  /** The activity as the person named it; null when the name is not known. */
  name: string | null;
  baseline: number;
  latest: number;
  change: number;
  /** Against 3 points for a single activity. */
  verdict: Verdict;
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

type MeasureOfKind<K extends Measure['kind']> = Extract<Measure, { kind: K }>;

interface MeasureSpec<K extends Measure['kind']> {
  kind: K;
  /** Every score of the kind in order taken (psfsSeries or peg3Series). */
  series: (measures: readonly Measure[]) => MeasurePoint[];
}

/**
 * The verdict on every rating of the kind up to the end of the range, the pair it compares, and the
 * ratings inside the range for the chart.
 */
function taken<K extends Measure['kind']>(
  input: FunctionInput,
  spec: MeasureSpec<K>,
): { measure: ReportMeasure; pair: { baseline: MeasureOfKind<K>; latest: MeasureOfKind<K> } | null } {
  const { range } = input;
  const measures = input.measures.filter(
    (m): m is MeasureOfKind<K> => m.kind === spec.kind && m.day <= range.to,
  );
  const baseline = earliestMeasure(measures);
  const latest = latestMeasure(measures);
  const all = spec.series(measures);
  const verdict = verdictOfSeries(spec.kind, all);
  const words =
    verdict.baseline === null
      ? `No ${verdict.name} ratings recorded by ${formatDayWords(range.to, true)}.`
      : verdict.sentence;
  return {
    pair: baseline && latest && baseline.id !== latest.id ? { baseline, latest } : null,
    measure: {
      name: verdict.name,
      baseline: verdict.baseline,
      latest: verdict.latest,
      change: verdict.change,
      verdict,
      words,
      series: all.filter((p) => isInRange(p.day, range)).map(({ day, score }) => ({ day, score })),
    },
  };
}

function psfsSection(input: FunctionInput): ReportPsfs {
  const { pair, measure } = taken(input, { kind: 'psfs', series: psfsSeries });
  const change = pair && psfsChange(pair.baseline, pair.latest);
  const names = new Map(input.psfsActivities.map((a) => [a.id, a.name]));
  return {
    ...measure,
    name: 'PSFS',
    activities: (change?.activities ?? []).map((a) => ({
      activityId: a.activityId,
      name: names.get(a.activityId) ?? null,
      baseline: a.baseline,
      latest: a.latest,
      change: a.change,
      verdict: psfsActivityVerdict(a.baseline, a.latest),
    })),
    activityThreshold: PSFS_ACTIVITY_POINTS,
  };
}

function peg3Section(input: FunctionInput): ReportMeasure {
  return taken(input, { kind: 'peg3', series: peg3Series }).measure;
}

export function reportFunction(input: FunctionInput): ReportFunction {
  return { psfs: psfsSection(input), peg3: peg3Section(input) };
}

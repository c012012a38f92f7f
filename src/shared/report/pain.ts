/**
 * Pain on the 0-10 scale over the range: current, average, worst and least, a point per day for the chart,
 * and the change from the first to the last part of the range against published thresholds, in words.
 */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import { formatScore } from '../measureText';
import type { Episode } from '../model';
import { painSummary, type PainChange, type PainSummary } from '../scoring/painTrend';
import type { DayRange } from '../trends/range';
import { painSeries } from '../trends/series';
import { formatRangeWords } from './header';

export interface ReportPainDay {
  day: CalendarDay;
  /** The day's highest single rating; null on a day without one. */
  worst: number | null;
  /** The check-in's overall pain, else the mean episode intensity; null on a day without either. */
  average: number | null;
}

export interface ReportPain extends PainSummary {
  /** The change in one or two plain sentences, against the thresholds; says so when it can't be judged. */
  changeWords: string;
  /** One entry for every day of the range, in order. */
  daily: ReportPainDay[];
}

export interface PainInput {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  range: DayRange;
  timeZone: string;
  now: Date;
}

function thresholdWords(change: PainChange): string {
  if (change.passesChronicPainThreshold)
    return 'That meets the 2 points or 30% usually counted as a meaningful change in longer-lasting pain.';
  if (change.passesNeckPainThreshold)
    return 'That meets the 1.3 points counted as meaningful in neck pain, but not the 2 points or 30% used for longer-lasting pain.';
  return 'That is less than the changes usually counted as meaningful (1.3 points in neck pain; 2 points or 30% in longer-lasting pain).';
}

/** How average pain moved from the first to the last part of the range: a pattern, never an explanation. */
export function describeReportPainChange(change: PainChange | null, daysWithData: number): string {
  if (daysWithData === 0) return 'No pain ratings were recorded in this period.';
  if (change === null)
    return 'Too few days with a pain rating to compare the start and the end of this period (at least 2 are needed in each of its first and last thirds).';
  const first = `${formatScore(change.firstPart.average)} (${formatRangeWords(change.firstPart)})`;
  const last = `${formatScore(change.lastPart.average)} (${formatRangeWords(change.lastPart)})`;
  const points = Math.abs(change.points);
  if (change.direction === 'same' || points < 0.05)
    return `Average pain was about the same at the start of this period, ${first}, as at the end, ${last}.`;
  const percent = change.percent === null ? '' : ` (${Math.round(Math.abs(change.percent))}%)`;
  const size = `${formatScore(points)} ${formatScore(points) === '1' ? 'point' : 'points'}`;
  const lowerOrHigher = change.direction === 'better' ? 'lower' : 'higher';
  return `Average pain went from ${first} to ${last}: ${size} ${lowerOrHigher}${percent}. ${thresholdWords(change)}`;
}

export function reportPain(input: PainInput): ReportPain {
  const { episodes, checkIns, range, timeZone } = input;
  const summary = painSummary({
    episodes,
    checkIns,
    timeZone,
    from: range.from,
    to: range.to,
    now: input.now,
  });
  const daily = painSeries(episodes, checkIns, [], range, timeZone).map((point) => ({
    day: point.day,
    worst: point.worst,
    average: point.average,
  }));
  return {
    ...summary,
    changeWords: describeReportPainChange(summary.change, summary.daysWithData),
    daily,
  };
}

/**
 * Pain on the 0-10 scale over the range: current, average, worst and least, a point per day for the chart,
 * and the change from the first to the last part of the range against published thresholds, in words.
 */
import type { CheckIn } from '../checkIns';
import { calendarDayOf, formatDayWords, type CalendarDay } from '../dates';
import { formatScore } from '../measureText';
import type { Episode } from '../model';
import { painSummary, type PainChange, type PainSummary } from '../scoring/painTrend';
import { labelOfWithdrawalSubstance } from '../taxonomy';
import { episodesInRange } from '../trends/internal';
import { isInRange, type DayRange } from '../trends/range';
import { painSeries } from '../trends/series';
import type { WithdrawalPeriod } from '../withdrawal';
import { formatRangeWords } from './header';

export interface ReportPainDay {
  day: CalendarDay;
  /** The day's highest single rating; null on a day without one. */
  worst: number | null;
  /** The check-in's overall pain, else the mean episode intensity; null on a day without either. */
  average: number | null;
}

/** How many days had a pain rating in each part the change compares. */
export interface RatedDaysEachSide {
  first: number;
  last: number;
}

/** A dated event drawn on the pain chart, with its label: a substance stopped, a warning sign noted. */
export interface ReportChartEvent {
  day: CalendarDay;
  kind: 'withdrawal-start' | 'withdrawal-end' | 'warning-sign';
  /** "Stopped caffeine", "Caffeine period ended", "Warning sign". */
  label: string;
}

export interface ReportPain extends PainSummary {
  /** "Now" when the latest rating is from the day the report is made, else "Latest (24 March)". */
  currentLabel: string;
  /** Rated days in the first and last parts of the range; null when the change can't be judged. */
  ratedDays: RatedDaysEachSide | null;
  /** Events inside the range, by day, to mark on the chart. */
  events: ReportChartEvent[];
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
  /** Withdrawal periods, for the chart's markers; none when not given. */
  withdrawalPeriods?: readonly Pick<WithdrawalPeriod, 'substance' | 'quitDay' | 'endDay'>[];
}

/** Days with a rating from `from` to `to`, both included. */
function ratedDaysIn(daily: readonly ReportPainDay[], from: CalendarDay, to: CalendarDay): number {
  return daily.filter((d) => d.day >= from && d.day <= to && d.average !== null).length;
}

/**
 * The chart's markers: each withdrawal period's first day ("Stopped caffeine") and last day, and each day
 * with a warning sign, inside the range, in day order (withdrawal before warning sign on the same day).
 */
export function reportChartEvents(
  periods: readonly Pick<WithdrawalPeriod, 'substance' | 'quitDay' | 'endDay'>[],
  warningSignDays: readonly CalendarDay[],
  range: DayRange,
): ReportChartEvent[] {
  const events: ReportChartEvent[] = [];
  for (const period of periods) {
    const isOther = period.substance === 'other';
    const name = labelOfWithdrawalSubstance(period.substance);
    if (isInRange(period.quitDay, range))
      events.push({
        day: period.quitDay,
        kind: 'withdrawal-start',
        label: isOther ? 'Stopped a substance' : `Stopped ${name.toLowerCase()}`,
      });
    if (period.endDay !== null && period.endDay !== period.quitDay && isInRange(period.endDay, range))
      events.push({
        day: period.endDay,
        kind: 'withdrawal-end',
        label: isOther ? 'Withdrawal period ended' : `${name} period ended`,
      });
  }
  for (const day of new Set(warningSignDays))
    if (isInRange(day, range)) events.push({ day, kind: 'warning-sign', label: 'Warning sign' });
  const order = { 'withdrawal-start': 0, 'withdrawal-end': 1, 'warning-sign': 2 } as const;
  const unique = new Map(events.map((e) => [`${e.day}|${e.kind}|${e.label}`, e]));
  return [...unique.values()].sort((a, b) =>
    a.day === b.day ? order[a.kind] - order[b.kind] || (a.label < b.label ? -1 : 1) : a.day < b.day ? -1 : 1,
  );
}

/**
 * Below this many rated days in either part, a change that meets a threshold is flagged as fragile. A
 * part's average over 4 days or fewer moves by a point or more with one unusual day (day-to-day pain
 * typically varies by about 2 points), which is as large as the 1.3 to 2 points the thresholds ask for.
 */
export const MIN_RATED_DAYS_FOR_FIRM_CHANGE = 5;

/** ", but with only 3 rated days in the later part, this may not hold"; '' when both parts have enough. */
export function fewRatedDaysWords(ratedDays: RatedDaysEachSide | null | undefined): string {
  if (!ratedDays) return '';
  const few = (days: number) => days < MIN_RATED_DAYS_FOR_FIRM_CHANGE;
  const days = (count: number) => `${count} rated ${count === 1 ? 'day' : 'days'}`;
  const { first, last } = ratedDays;
  if (few(first) && first === last) return `, but with only ${days(first)} in each part, this may not hold`;
  if (few(first) && few(last))
    return `, but with only ${days(first)} in the earlier part and ${days(last)} in the later part, this may not hold`;
  if (few(first)) return `, but with only ${days(first)} in the earlier part, this may not hold`;
  if (few(last)) return `, but with only ${days(last)} in the later part, this may not hold`;
  return '';
}

function thresholdWords(change: PainChange, ratedDays: RatedDaysEachSide | null | undefined): string {
  const caution = fewRatedDaysWords(ratedDays);
  if (change.passesChronicPainThreshold)
    return `That meets the 2 points or 30% usually counted as a meaningful change in longer-lasting pain${caution}.`;
  if (change.passesNeckPainThreshold)
    return caution === ''
      ? 'That meets the 1.3 points counted as meaningful in neck pain, but not the 2 points or 30% used for longer-lasting pain.'
      : `That meets the 1.3 points counted as meaningful in neck pain (not the 2 points or 30% used for longer-lasting pain)${caution}.`;
  return 'That is less than the changes usually counted as meaningful (1.3 points in neck pain; 2 points or 30% in longer-lasting pain).';
}

/** How average pain moved from the first to the last part of the range: a pattern, never an explanation. */
export function describeReportPainChange(
  change: PainChange | null,
  daysWithData: number,
  ratedDays?: RatedDaysEachSide | null,
): string {
  if (daysWithData === 0) return 'No pain ratings were recorded in this period.';
  if (change === null)
    return 'Too few days with a pain rating to compare the start and the end of this period (at least 2 are needed in each of its first and last thirds).';
  const rated = (days: number | undefined) =>
    days === undefined ? '' : `, ${days} rated ${days === 1 ? 'day' : 'days'}`;
  const first = `${formatScore(change.firstPart.average)} (${formatRangeWords(change.firstPart)}${rated(ratedDays?.first)})`;
  const last = `${formatScore(change.lastPart.average)} (${formatRangeWords(change.lastPart)}${rated(ratedDays?.last)})`;
  const points = Math.abs(change.points);
  if (change.direction === 'same' || points < 0.05)
    return `Average pain was about the same at the start of this period, ${first}, as at the end, ${last}.`;
  const percent = change.percent === null ? '' : ` (${Math.round(Math.abs(change.percent))}%)`;
  const size = `${formatScore(points)} ${formatScore(points) === '1' ? 'point' : 'points'}`;
  const lowerOrHigher = change.direction === 'better' ? 'lower' : 'higher';
  return `Average pain went from ${first} to ${last}: ${size} ${lowerOrHigher}${percent}. ${thresholdWords(change, ratedDays)}`;
}

/**
 * The label of the latest rating: "Now" only when it is from the day the report is made, so a rating
 * from a period that ended long before is never read as today's pain. The year is added when it differs.
 */
export function currentPainLabel(currentDay: CalendarDay | null, madeOn: CalendarDay): string {
  if (currentDay === null || currentDay === madeOn) return 'Now';
  return `Latest (${formatDayWords(currentDay, currentDay.slice(0, 4) !== madeOn.slice(0, 4))})`;
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
  const { change } = summary;
  const ratedDays =
    change === null
      ? null
      : {
          first: ratedDaysIn(daily, change.firstPart.from, change.firstPart.to),
          last: ratedDaysIn(daily, change.lastPart.from, change.lastPart.to),
        };
  const warningSignDays = episodesInRange(episodes, range, timeZone)
    .filter(({ episode }) => episode.redFlags.length > 0)
    .map(({ day }) => day);
  return {
    ...summary,
    currentLabel: currentPainLabel(summary.currentDay, calendarDayOf(input.now.toISOString(), timeZone)),
    changeWords: describeReportPainChange(change, summary.daysWithData, ratedDays),
    ratedDays,
    events: reportChartEvents(input.withdrawalPeriods ?? [], warningSignDays, range),
    daily,
  };
}

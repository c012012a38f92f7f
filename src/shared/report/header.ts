/** The report's first lines: who it is for, which days it covers, and that it is self-reported. */
import {
  addCalendarDays,
  calendarDayOf,
  dayNumber,
  formatDayWords,
  isCalendarDay,
  type CalendarDay,
} from '../dates';
import { rangeLength, type DayRange } from '../trends/range';

export const REPORT_DISCLAIMER = 'Self-reported by the patient, not a diagnosis.';
/** With no earlier report, or one too recent or too long ago, the report covers the last 30 days. */
export const DEFAULT_REPORT_DAYS = 30;
/** The longest period "since the last report" that is still offered by default. */
export const MAX_SINCE_LAST_REPORT_DAYS = 365;

export interface ReportHeader {
  patientName: string;
  clinicianName: string;
  range: DayRange;
  /** How many calendar days the range covers, both ends included. */
  days: number;
  /** "1 to 30 November 2026", "28 November to 4 December 2026", "30 December 2026 to 5 January 2027". */
  rangeWords: string;
  /** The local calendar day the report was made. */
  generatedOn: CalendarDay;
  /** "2 December 2026". */
  generatedOnWords: string;
  disclaimer: string;
}

/**
 * The range a new report starts with: from the day after the last report to today, when that is between
 * 1 and 365 days; otherwise the 30 days ending today (today included).
 */
export function defaultReportRange(lastReportDay: CalendarDay | null, today: CalendarDay): DayRange {
  if (lastReportDay !== null) {
    const from = addCalendarDays(lastReportDay, 1);
    const days = dayNumber(today) - dayNumber(from) + 1;
    if (days >= 1 && days <= MAX_SINCE_LAST_REPORT_DAYS) return { from, to: today };
  }
  return { from: addCalendarDays(today, -(DEFAULT_REPORT_DAYS - 1)), to: today };
}

/** The days in words, the year always shown once at the end (and at the start too when it differs). */
export function formatRangeWords(range: DayRange): string {
  const { from, to } = range;
  const end = formatDayWords(to, true);
  if (from === to) return end;
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatDayWords(from, true)} to ${end}`;
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8, 10))} to ${end}`;
  return `${formatDayWords(from)} to ${end}`;
}

export interface HeaderInput {
  range: DayRange;
  patientName: string;
  clinicianName: string;
  timeZone: string;
  now: Date;
}

export function buildHeader(input: HeaderInput): ReportHeader {
  const generatedOn = calendarDayOf(input.now.toISOString(), input.timeZone);
  return {
    patientName: input.patientName.trim(),
    clinicianName: input.clinicianName.trim(),
    range: input.range,
    days: rangeLength(input.range),
    rangeWords: formatRangeWords(input.range),
    generatedOn,
    generatedOnWords: formatDayWords(generatedOn, true),
    disclaimer: REPORT_DISCLAIMER,
  };
}

/** The longest period one report covers: a year of daily rows is already a long appendix. */
export const MAX_REPORT_DAYS = 366;

/** What is wrong with the days typed for a report, in the person's words; null when they can be used. */
export function reportRangeProblem(range: { from: string; to: string }, today: CalendarDay): string | null {
  if (!isCalendarDay(range.from)) return 'Enter the first day the report should cover.';
  if (!isCalendarDay(range.to)) return 'Enter the last day the report should cover.';
  if (range.from > range.to) return 'The first day is after the last day. Swap them round.';
  if (range.to > today) return 'The last day can’t be after today.';
  if (dayNumber(range.to) - dayNumber(range.from) + 1 > MAX_REPORT_DAYS)
    return 'A report covers at most a year. Choose a shorter period, or make one report per year.';
  return null;
}

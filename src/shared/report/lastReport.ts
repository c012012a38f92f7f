/**
 * The "last report" bookkeeping: the last day a report covered (its To) and the day it was made, kept so
 * the next one can start the day after that end, and the words beside the From field and in the notice
 * after printing. A report counts only once it exists: a PDF saved, or a print the person says came out.
 * A cancelled save or print dialog leaves everything as it was.
 */
import { addCalendarDays, formatShortDate, type CalendarDay } from '../dates';
import type { DayRange } from '../trends/range';
import { DEFAULT_REPORT_DAYS, defaultReportRange } from './header';

export type ReportOutcome =
  /** The desktop app wrote the PDF where the person chose. */
  | 'pdf-saved'
  /** The save dialog was closed without saving, or the save failed. */
  | 'pdf-not-saved'
  /** After the print dialog closed, the person answered "Yes" to "Did it print?". */
  | 'print-confirmed'
  /** They answered "No", or closed the question. */
  | 'print-not-confirmed';

/** What is kept about the last report made. */
export interface LastReport {
  /** The day it was made. */
  lastReportDay: CalendarDay | null;
  /** The last day it covered (its To); null in journals from before this was kept. */
  lastReportEnd: CalendarDay | null;
}

/** The last day the last report covered: its To, or for older journals the day it was made. */
export function lastReportEndOf(last: LastReport): CalendarDay | null {
  return last.lastReportEnd ?? last.lastReportDay;
}

/** The last report after this outcome: this one when it was made, else unchanged. */
export function lastReportAfter(
  outcome: ReportOutcome,
  previous: LastReport,
  range: DayRange,
  today: CalendarDay,
): LastReport {
  return outcome === 'pdf-saved' || outcome === 'print-confirmed'
    ? { lastReportDay: today, lastReportEnd: range.to }
    : previous;
}

/** The From a new report offers: the day after the last report's end, within the limits of defaultReportRange. */
export function nextReportRange(last: LastReport, today: CalendarDay): DayRange {
  return defaultReportRange(lastReportEndOf(last), today);
}

/** "10 Nov", or "10 Nov 2025" when it is not this year's. */
function shortDay(day: CalendarDay, today: CalendarDay, locale?: string): string {
  return formatShortDate(day, locale, day.slice(0, 4) !== today.slice(0, 4));
}

/**
 * What the notice says once a report is recorded, and the "Did it print?" question promises: the day the
 * next report will start, which is what the From field offers when the screen is opened again.
 */
export function nextReportWords(range: DayRange, today: CalendarDay, locale?: string): string {
  if (range.to >= today)
    return `This report covers up to today, so the next one will start tomorrow (one made later today shows the last ${DEFAULT_REPORT_DAYS} days).`;
  const next = addCalendarDays(range.to, 1);
  return `This report covers up to ${shortDay(range.to, today, locale)}, so the next one will start on ${shortDay(next, today, locale)}.`;
}

/**
 * The sentence under the From and To fields. It always names the From day shown, so it can't contradict
 * it whether the person kept the day offered or chose another.
 */
export function lastReportSentence(input: {
  last: LastReport;
  from: CalendarDay;
  today: CalendarDay;
  locale?: string;
}): string {
  const { last, from, today, locale } = input;
  const day = (d: CalendarDay) => shortDay(d, today, locale);
  const start = day(from);
  const end = lastReportEndOf(last);
  const last30From = defaultReportRange(null, today).from;
  const isOffered = from === nextReportRange(last, today).from;
  if (end === null)
    return `No earlier report is recorded; this one starts on ${start}${from === last30From ? ' (the last 30 days)' : ''}.`;
  const made = last.lastReportDay;
  const madeWords =
    made !== null && made !== end ? `, made on ${day(made)}${made === today ? ' (today)' : ''},` : '';
  const covered = `Your last report${madeWords} covered up to ${day(end)}${end === today && !madeWords ? ' (today)' : ''}`;
  const dayAfter = addCalendarDays(end, 1);
  if (from === dayAfter) return `${covered}; this one starts on ${start}, the day after.`;
  if (isOffered && from === last30From) {
    // The day after the end is not offered: the last report reached today (or is over a year old).
    const why = end >= today ? 'nothing since is new yet' : 'that is over a year ago';
    return `${covered}; ${why}, so this one shows the last ${DEFAULT_REPORT_DAYS} days, from ${start}.`;
  }
  if (from <= end) return `${covered}; this one starts on ${start}, so it also covers days that report did.`;
  const dayBefore = addCalendarDays(from, -1);
  const gap = dayAfter === dayBefore ? `${day(dayAfter)} is` : `${day(dayAfter)} to ${day(dayBefore)} are`;
  return `${covered}; this one starts on ${start}, so ${gap} in neither.`;
}

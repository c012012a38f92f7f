/**
 * The "last report" bookkeeping: the day a report was really made, kept so the next one can start the day
 * after, and the sentence beside the From field. A report counts only once it exists: a PDF saved, or a
 * print the person says came out. A cancelled save or print dialog leaves everything as it was.
 */
import { addCalendarDays, formatShortDate, type CalendarDay } from '../dates';
import { defaultReportRange } from './header';

export type ReportOutcome =
  /** The desktop app wrote the PDF where the person chose. */
  | 'pdf-saved'
  /** The save dialog was closed without saving, or the save failed. */
  | 'pdf-not-saved'
  /** After the print dialog closed, the person answered "Yes" to "Did it print?". */
  | 'print-confirmed'
  /** They answered "No", or closed the question. */
  | 'print-not-confirmed';

/** The last report's day after this outcome: today when a report was made, else unchanged. */
export function lastReportDayAfter(
  outcome: ReportOutcome,
  previous: CalendarDay | null,
  today: CalendarDay,
): CalendarDay | null {
  return outcome === 'pdf-saved' || outcome === 'print-confirmed' ? today : previous;
}

/** "10 Nov", or "10 Nov 2025" when it is not this year's. */
function shortDay(day: CalendarDay, today: CalendarDay, locale?: string): string {
  return formatShortDate(day, locale, day.slice(0, 4) !== today.slice(0, 4));
}

/**
 * The sentence under the From and To fields. It always names the From day shown, so it can't contradict
 * it whether the person kept the day offered or chose another.
 */
export function lastReportSentence(input: {
  lastReportDay: CalendarDay | null;
  from: CalendarDay;
  today: CalendarDay;
  locale?: string;
}): string {
  const { lastReportDay, from, today, locale } = input;
  const start = shortDay(from, today, locale);
  const offered = defaultReportRange(lastReportDay, today).from;
  const isLast30Days = from === offered && from === defaultReportRange(null, today).from;
  if (lastReportDay === null)
    return `No earlier report is recorded; this one starts on ${start}${isLast30Days ? ' (the last 30 days)' : ''}.`;
  const last = `Your last report was on ${shortDay(lastReportDay, today, locale)}${lastReportDay === today ? ' (today)' : ''}`;
  if (from === addCalendarDays(lastReportDay, 1))
    return `${last}; this one starts on ${start}, the day after.`;
  if (from <= lastReportDay)
    return `${last}; this one starts on ${start}, so it also covers days before that report.`;
  return `${last}; this one starts on ${start}.`;
}

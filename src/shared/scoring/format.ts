/** Deterministic en-GB wording for the numbers in automatic flags (internal to scoring). */
import { MONTH_NAMES, type CalendarDay } from '../dates';
import { roundTo } from './numbers';

function partsOf(day: CalendarDay): { year: string; month: string; date: number } {
  const [year = '', month = '', date = ''] = day.split('-');
  return { year, month: MONTH_NAMES[Number(month) - 1] ?? month, date: Number(date) };
}

/**
 * "18 to 20 November", "30 November to 2 December", "30 December 2026 to 1 January 2027" or "5 March".
 * The year is shown only when the range does not lie wholly in the year of `today`.
 */
export function formatDayRange(from: CalendarDay, to: CalendarDay, today: CalendarDay): string {
  const start = partsOf(from);
  const end = partsOf(to);
  const showYear = start.year !== partsOf(today).year || end.year !== start.year;
  const endText = `${end.date} ${end.month}${showYear ? ` ${end.year}` : ''}`;
  if (from === to) return endText;
  if (start.year === end.year && start.month === end.month) return `${start.date} to ${endText}`;
  const startText = `${start.date} ${start.month}${showYear && start.year !== end.year ? ` ${start.year}` : ''}`;
  return `${startText} to ${endText}`;
}

/** A pain average to one decimal place: "4.0", "3.5". */
export function formatOneDecimal(value: number): string {
  return roundTo(value, 1).toFixed(1);
}

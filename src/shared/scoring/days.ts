/** Calendar-day arithmetic for scoring, built on the helpers in ../dates. */
import { addCalendarDays, parseDayAtNoon, type CalendarDay } from '../dates';

const MS_PER_DAY = 86_400_000;

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier). Both days are read at noon and
 * the difference rounded, so a 23- or 25-hour day at a daylight-saving change cannot shift the count.
 */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((parseDayAtNoon(to).getTime() - parseDayAtNoon(from).getTime()) / MS_PER_DAY);
}

/** Every calendar day from `from` to `to` inclusive, in order; empty when `to` is before `from`. */
export function calendarDaysFrom(from: CalendarDay, to: CalendarDay): CalendarDay[] {
  const count = daysBetween(from, to) + 1;
  const days: CalendarDay[] = [];
  for (let offset = 0; offset < count; offset += 1) days.push(addCalendarDays(from, offset));
  return days;
}

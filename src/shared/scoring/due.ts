/** When the weekly outcome measures (PSFS, PEG-3) are due again. */
import { addCalendarDays, type CalendarDay } from '../dates';
import { MEASURE_INTERVAL_DAYS } from '../measureLimits';
import { daysBetween } from './days';

/** True when the measure was never taken, or at least MEASURE_INTERVAL_DAYS have passed since `lastDay`. */
export function isMeasureDue(lastDay: CalendarDay | null, today: CalendarDay): boolean {
  return lastDay === null || daysBetween(lastDay, today) >= MEASURE_INTERVAL_DAYS;
}

/**
 * The day the measure is next due: a week after `lastDay`, or `today` when it was never taken or is already
 * overdue (so `isMeasureDue` is true exactly when this returns `today`).
 */
export function nextDueDay(lastDay: CalendarDay | null, today: CalendarDay): CalendarDay {
  if (isMeasureDue(lastDay, today) || lastDay === null) return today;
  return addCalendarDays(lastDay, MEASURE_INTERVAL_DAYS);
}

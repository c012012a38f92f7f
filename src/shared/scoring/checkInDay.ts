/** Which day the check-in form opens on, and when the app reminds that today's is missing. */
import { addCalendarDays, calendarDayOf, minuteOfDay, type CalendarDay } from '../dates';

/** Before this local time (04:00) a missing check-in for yesterday is still the one to fill in. */
const LATE_NIGHT_END_MINUTE = 4 * 60;

/**
 * Today, except between midnight and 04:00 local time when yesterday's check-in is missing: people often
 * fill in the day just ended after midnight.
 */
export function defaultCheckInDay(
  now: Date,
  timeZone: string,
  hasCheckIn: (day: CalendarDay) => boolean,
): CalendarDay {
  const instant = now.toISOString();
  const today = calendarDayOf(instant, timeZone);
  if (minuteOfDay(instant, timeZone) >= LATE_NIGHT_END_MINUTE) return today;
  const yesterday = addCalendarDays(today, -1);
  return hasCheckIn(yesterday) ? today : yesterday;
}

/** True from `promptHour` (local, 0-23) until midnight while today's check-in is missing. */
export function isCheckInPromptDue(
  now: Date,
  timeZone: string,
  promptHour: number,
  hasTodaysCheckIn: boolean,
): boolean {
  return !hasTodaysCheckIn && minuteOfDay(now.toISOString(), timeZone) >= promptHour * 60;
}

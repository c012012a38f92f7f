/**
 * The check-in form's words that depend on the day it is for: a check-in for yesterday must not ask
 * about "pain today".
 */
import { addCalendarDays, dayNumber, weekdayOf, type CalendarDay } from './dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "today", "yesterday", "on Monday" within the last week, otherwise "that day". */
export function checkInDayWords(day: CalendarDay, today: CalendarDay): string {
  if (day === today) return 'today';
  if (day === addCalendarDays(today, -1)) return 'yesterday';
  const daysAgo = dayNumber(today) - dayNumber(day);
  if (daysAgo > 1 && daysAgo < 7) return `on ${WEEKDAYS[weekdayOf(day)] ?? ''}`;
  return 'that day';
}

export function checkInLabels(day: CalendarDay, today: CalendarDay) {
  const when = checkInDayWords(day, today);
  return {
    overallPain: `Overall pain ${when} (0-10)`,
    sleepHours: day === today ? 'Sleep last night (hours)' : 'Sleep the night before (hours)',
    mood: 'Mood (0 = very low, 10 = very good)',
    energy: 'Energy (0 = exhausted, 10 = full of energy)',
  };
}

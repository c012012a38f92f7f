/** Small helpers shared by the Trends modules (not re-exported from the index). */
import { dayNumber, weekdayOf, type CalendarDay } from '../dates';
import type { Episode } from '../model';
import { startDayOf } from '../episodeStart';

const MS_PER_DAY = 86_400_000;

/** The calendar day with the given day number (days since 1970-01-01): exact, no time zone involved. */
export function dayFromNumber(value: number): CalendarDay {
  return new Date(value * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day `amount` days after `day` (before, when negative), by day number: fast for long ranges. */
export function shiftDay(day: CalendarDay, amount: number): CalendarDay {
  return dayFromNumber(dayNumber(day) + amount);
}

/** 0 = Monday … 6 = Sunday. */
export function mondayWeekday(day: CalendarDay): number {
  return (weekdayOf(day) + 6) % 7;
}

/** The Monday on or before `day`. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return shiftDay(day, -mondayWeekday(day));
}

/** Every episode that is not deleted and started (in local time) on a day of the range, with that day. */
export function episodesInRange<E extends Pick<Episode, 'startedAt' | 'deletedAt'>>(
  episodes: readonly E[],
  range: { from: CalendarDay; to: CalendarDay },
  timeZone: string,
): { episode: E; day: CalendarDay }[] {
  const found: { episode: E; day: CalendarDay }[] = [];
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    const day = startDayOf(episode, timeZone);
    if (day >= range.from && day <= range.to) found.push({ episode, day });
  }
  return found;
}

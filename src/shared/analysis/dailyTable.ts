/**
 * The daily table the analysis works on: one row per day with a check-in (so exposures are known on
 * pain-free days too), with that day's pain taken from the episodes.
 */
import type { CheckIn } from '../checkIns';
import { dayNumber, weekdayOf, type CalendarDay } from '../dates';
import type { Episode } from '../model';
import { startDayOf } from '../episodeStart';

export interface DailyRow {
  day: CalendarDay;
  /** Days since the first row's day: keeps 28-day blocks and "the day before" right when days are missing. */
  dayIndex: number;
  /** The day's highest episode intensity; 0 when the checked-in day had no episode. */
  pain: number;
  episodeStarted: boolean;
  weekend: boolean;
  workout: CheckIn['workout'];
  stress: number | null;
  waterLitres: number | null;
  deskHours: number | null;
  sleepHours: number | null;
  sleepQuality: number | null;
  /** Withdrawal day number on this day, or null when not in a withdrawal period. */
  withdrawalDay: number | null;
}

export interface DailyTableInput {
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>[];
  checkIns: readonly CheckIn[];
  timeZone: string;
  /** Days after today are left out (a check-in can't describe a day that hasn't happened). */
  today: CalendarDay;
}

export function buildDailyTable({ episodes, checkIns, timeZone, today }: DailyTableInput): DailyRow[] {
  const worstByDay = new Map<CalendarDay, number>();
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    const day = startDayOf(episode, timeZone);
    worstByDay.set(day, Math.max(worstByDay.get(day) ?? 0, episode.intensity));
  }
  const rows = [...checkIns].filter((c) => c.day <= today).sort((a, b) => (a.day < b.day ? -1 : 1));
  const first = rows[0]?.day;
  if (first === undefined) return [];
  const firstNumber = dayNumber(first);
  return rows.map((checkIn) => {
    const weekday = weekdayOf(checkIn.day);
    const worst = worstByDay.get(checkIn.day);
    return {
      day: checkIn.day,
      dayIndex: dayNumber(checkIn.day) - firstNumber,
      pain: worst ?? 0,
      episodeStarted: worst !== undefined,
      weekend: weekday === 0 || weekday === 6,
      workout: checkIn.workout,
      stress: checkIn.stress,
      waterLitres: checkIn.waterLitres,
      deskHours: checkIn.deskHours,
      sleepHours: checkIn.sleepHours,
      sleepQuality: checkIn.sleepQuality,
      withdrawalDay: checkIn.withdrawalDay,
    };
  });
}

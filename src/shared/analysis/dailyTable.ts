/**
 * The daily table the analysis works on: one row per day with a check-in (so exposures are known on
 * pain-free days too), with that day's pain as Trends and the report show it (see `dailyPain`): the
 * check-in's overall pain when the person gave one, else the average of the day's episodes, else 0.
 *
 * Why this rule: the overall rating is the person's own word for the whole day, so it comes first; the
 * worst episode alone would mix how often episodes come with how bad the day was. A checked-in day with
 * no episode and no rating counts as 0: the person looked at the day and logged no pain, and leaving
 * such days out would compare only the bad days.
 */
import type { CheckIn } from '../checkIns';
import { dayNumber, weekdayOf, type CalendarDay } from '../dates';
import type { Episode } from '../model';
import type { OwnFactor } from '../ownFactors';
import { startDayOf } from '../episodeStart';
import { dailyPain } from '../scoring/painTrend';

export interface DailyRow {
  day: CalendarDay;
  /** Days since the first row's day: keeps 28-day blocks and "the day before" right when days are missing. */
  dayIndex: number;
  /**
   * The day's pain (see above), or null when this day is not part of the pain comparison: for someone who
   * rates their day on at least a third of check-ins, only rated days are compared (see RATED_SHARE).
   */
  pain: number | null;
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
  /** 0-10, or null when not recorded (never read as 0). */
  mood: number | null;
  energy: number | null;
  /** The person's own factors' values that day, by factor id; a missing key is not recorded. */
  ownValues: Readonly<Record<string, number>>;
}

export interface DailyTableInput {
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>[];
  checkIns: readonly CheckIn[];
  timeZone: string;
  /** Days after today are left out (a check-in can't describe a day that hasn't happened). */
  today: CalendarDay;
  /**
   * The person's own factors, archived ones too: a factor joins the analysis when it is created and
   * stays in it (archiving only hides it), so the family of comparisons never depends on the results.
   */
  ownFactors?: readonly OwnFactor[];
}

/**
 * From this share of check-ins with an overall rating, Insights compares rated days only. The rating is the
 * steadiest measure of a day; a day without one has only its episodes (or nothing), a far noisier number
 * on a different footing, and mixing the two hides real differences (measured on simulated real-shaped
 * journals: docs/insights-method.md).
 */
export const RATED_SHARE = 1 / 3;

export function buildDailyTable({
  episodes,
  checkIns,
  timeZone,
  today,
  ownFactors = [],
}: DailyTableInput): DailyRow[] {
  const known = new Set(ownFactors.map((f) => f.id));
  const rows = [...checkIns].filter((c) => c.day <= today).sort((a, b) => (a.day < b.day ? -1 : 1));
  const first = rows[0]?.day;
  if (first === undefined) return [];
  const pain = dailyPain(episodes, rows, timeZone);
  const episodeDays = new Set<CalendarDay>();
  for (const episode of episodes)
    if (episode.deletedAt === null) episodeDays.add(startDayOf(episode, timeZone));
  const firstNumber = dayNumber(first);
  const ratedOnly = rows.filter((c) => c.overallPain !== null).length >= RATED_SHARE * rows.length;
  return rows.map((checkIn) => {
    const weekday = weekdayOf(checkIn.day);
    const day = pain.get(checkIn.day);
    return {
      day: checkIn.day,
      dayIndex: dayNumber(checkIn.day) - firstNumber,
      pain: ratedOnly && checkIn.overallPain === null ? null : (day?.average ?? 0),
      episodeStarted: episodeDays.has(checkIn.day),
      weekend: weekday === 0 || weekday === 6,
      workout: checkIn.workout,
      stress: checkIn.stress,
      waterLitres: checkIn.waterLitres,
      deskHours: checkIn.deskHours,
      sleepHours: checkIn.sleepHours,
      sleepQuality: checkIn.sleepQuality,
      withdrawalDay: checkIn.withdrawalDay,
      mood: checkIn.mood ?? null,
      energy: checkIn.energy ?? null,
      // Only values of factors still on record: one of a factor that no longer exists has nothing to join.
      ownValues: Object.fromEntries(Object.entries(checkIn.ownValues ?? {}).filter(([id]) => known.has(id))),
    };
  });
}

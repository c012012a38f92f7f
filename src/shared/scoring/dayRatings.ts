/** Gathers each calendar day's pain ratings from episodes and check-ins (internal to scoring). */
import type { CalendarDay } from '../dates';
import type { CheckIn } from '../checkIns';
import type { Episode } from '../model';
import { startDayOf } from '../episodeStart';

/** The parts of an episode that pain scoring reads. */
export type PainEpisode = Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>;
/** The parts of a check-in that pain scoring reads. */
export type PainCheckIn = Pick<CheckIn, 'day' | 'overallPain'>;

export interface DayRatings {
  day: CalendarDay;
  /** Intensities of the day's episodes that are not deleted. */
  episodeIntensities: number[];
  /** The check-in's overall pain, or null when there is no check-in or it left pain unrecorded. */
  checkInPain: number | null;
}

/**
 * Ratings for every day that has at least one, sorted by day. An episode belongs to the local calendar
 * day it started on. There is one check-in per day; should a list hold two, the later one wins.
 */
export function ratingsByDay(
  episodes: readonly PainEpisode[],
  checkIns: readonly PainCheckIn[],
  timeZone: string,
): Map<CalendarDay, DayRatings> {
  const byDay = new Map<CalendarDay, DayRatings>();
  const entryFor = (day: CalendarDay): DayRatings => {
    let entry = byDay.get(day);
    if (!entry) {
      entry = { day, episodeIntensities: [], checkInPain: null };
      byDay.set(day, entry);
    }
    return entry;
  };
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    entryFor(startDayOf(episode, timeZone)).episodeIntensities.push(episode.intensity);
  }
  for (const checkIn of checkIns) {
    if (checkIn.overallPain === null) continue;
    entryFor(checkIn.day).checkInPain = checkIn.overallPain;
  }
  return new Map([...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every single rating of a day: each episode's intensity and the check-in's overall pain. */
export function allRatings(entry: DayRatings): number[] {
  return entry.checkInPain === null
    ? entry.episodeIntensities
    : [...entry.episodeIntensities, entry.checkInPain];
}

/** Small builders for scoring tests: only the fields scoring reads, so the fixtures show what matters. */
import type { CheckIn } from '../../../../src/shared/checkIns';
import type { PsfsMeasure, Peg3Measure } from '../../../../src/shared/measures';
import type { DailyPain, PainCheckIn, PainEpisode } from '../../../../src/shared/scoring';

export function episode(startedAt: string, intensity: number, deletedAt: string | null = null): PainEpisode {
  return { startedAt, intensity, deletedAt };
}

export function checkIn(day: string, overallPain: CheckIn['overallPain']): PainCheckIn {
  return { day, overallPain };
}

let measureCounter = 0;

export function psfs(
  day: string,
  scores: Record<string, number>,
  takenAt = `${day}T10:00:00.000Z`,
): PsfsMeasure {
  measureCounter += 1;
  return {
    id: `psfs-${measureCounter}`,
    kind: 'psfs',
    day,
    takenAt,
    ratings: Object.entries(scores).map(([activityId, score]) => ({ activityId, score })),
  };
}

export function peg3(day: string, pain: number, enjoyment: number, activity: number): Peg3Measure {
  measureCounter += 1;
  return {
    id: `peg3-${measureCounter}`,
    kind: 'peg3',
    day,
    takenAt: `${day}T10:00:00.000Z`,
    pain,
    enjoyment,
    activity,
  };
}

/** A daily-pain map from { day: average }, with worst equal to the average (one rating a day). */
export function dailyFrom(averages: Record<string, number>): Map<string, DailyPain> {
  const daily = new Map<string, DailyPain>();
  for (const [day, value] of Object.entries(averages))
    daily.set(day, {
      day,
      worst: value,
      average: value,
      ratings: 1,
      checkInPain: value,
      episodeAverage: null,
    });
  return daily;
}

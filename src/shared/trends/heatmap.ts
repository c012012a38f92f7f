/** When episodes start: a weekday-by-hour grid in local time. */
import type { Episode } from '../model';
import { mean } from '../scoring/numbers';
import { episodesInRange, mondayWeekday } from './internal';
import type { DayRange } from './range';
import { startMinuteOf } from '../episodeStart';

export interface HeatCell {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0-23, the local hour the episodes started in. */
  hour: number;
  episodes: number;
  /** Mean intensity of those episodes; null with none. */
  averageIntensity: number | null;
}

export const HEATMAP_WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const HOURS_PER_DAY = 24;

/**
 * Always 7 × 24 = 168 cells, Monday 0:00 first, weekday then hour. Each episode (not deleted) that
 * started in the range counts in the cell of its local start: on the night the clocks go back, both
 * 01:30s are in hour 1; on the night they go forward there is no hour 1 to count in.
 */
export function hourWeekdayHeatmap(
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt'>[],
  range: DayRange,
  timeZone: string,
): HeatCell[] {
  const intensities: number[][] = Array.from({ length: 7 * HOURS_PER_DAY }, () => []);
  for (const { episode, day } of episodesInRange(episodes, range, timeZone)) {
    const hour = Math.floor(startMinuteOf(episode, timeZone) / 60);
    intensities[mondayWeekday(day) * HOURS_PER_DAY + hour]?.push(episode.intensity);
  }
  return intensities.map((list, index) => ({
    weekday: Math.floor(index / HOURS_PER_DAY),
    hour: index % HOURS_PER_DAY,
    episodes: list.length,
    averageIntensity: list.length === 0 ? null : mean(list),
  }));
}

/** Where it hurts: episodes, average and worst intensity per body region, and a shade for the body map. */
import type { Episode } from '../model';
import { mean } from '../scoring/numbers';
import { BODY_REGIONS, type BodyRegionId } from '../taxonomy/regions';
import { episodesInRange } from './internal';
import type { DayRange } from './range';

export interface RegionStat {
  region: BodyRegionId;
  /** Episodes (not deleted) started in the range that marked this region. */
  episodes: number;
  averageIntensity: number | null;
  worst: number | null;
}

export type ShadeLevel = 0 | 1 | 2 | 3 | 4;

/** One entry per region in BODY_REGIONS order; an episode marking two regions counts in both. */
export function regionStats(
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity' | 'deletedAt' | 'regions'>[],
  range: DayRange,
  timeZone: string,
): RegionStat[] {
  const intensities = new Map<BodyRegionId, number[]>();
  for (const { episode } of episodesInRange(episodes, range, timeZone)) {
    for (const region of episode.regions) {
      const list = intensities.get(region) ?? [];
      list.push(episode.intensity);
      intensities.set(region, list);
    }
  }
  return BODY_REGIONS.map(({ id }) => {
    const list = intensities.get(id) ?? [];
    return {
      region: id,
      episodes: list.length,
      averageIntensity: list.length === 0 ? null : mean(list),
      worst: list.length === 0 ? null : Math.max(...list),
    };
  });
}

/** The most episodes any one region has (0 with none): the scale for shadeLevel. */
export function maxRegionEpisodes(stats: readonly RegionStat[]): number {
  return stats.reduce((max, stat) => Math.max(max, stat.episodes), 0);
}

/** Average intensities from this up are severe and darken a shade by one step (Serlin et al. 1995: 7-10). */
export const SEVERE_FROM = 7;
/** Average intensities below this are mild and lighten a shade by one step (Serlin et al. 1995: 1-4). */
export const MODERATE_FROM = 5;

/**
 * How dark to draw a region: 0 for a region with no episodes, else 1-4.
 *
 * How often sets the shade: the region's episodes as a share of the busiest region's, in quarters (up to
 * 25% is 1, up to 50% is 2, up to 75% is 3, above is 4). How badly moves it one step: an average
 * intensity of 7 or more (severe) darkens it, one below 5 (mild) lightens it, never below 1 or above 4.
 * So the busiest region is 4 unless its pain was mild, and a rare but severe region still stands out.
 */
export function shadeLevel(stat: RegionStat, maxEpisodes: number): ShadeLevel {
  if (stat.episodes <= 0 || maxEpisodes <= 0) return 0;
  // Quarters counted in whole numbers (4 × episodes / max), so 25% is exactly the top of level 1.
  let level = Math.min(4, Math.max(1, Math.ceil((4 * stat.episodes) / maxEpisodes)));
  if (stat.averageIntensity !== null && stat.averageIntensity >= SEVERE_FROM) level += 1;
  if (stat.averageIntensity !== null && stat.averageIntensity < MODERATE_FROM) level -= 1;
  return toShade(Math.min(4, Math.max(1, level)));
}

function toShade(level: number): ShadeLevel {
  switch (level) {
    case 1:
      return 1;
    case 2:
      return 2;
    case 3:
      return 3;
    default:
      return 4;
  }
}

/**
 * The pattern of episodes in the range: how many, how long they typically last, when in the day they
 * start, how they feel, where they are, and how often they spread into an arm.
 */
import { startMinuteOf } from '../episodeStart';
import { summarizeLengths, type LengthSummary } from '../episodeLength';
import type { Episode } from '../model';
import { withoutFloatNoise } from '../scoring/numbers';
import { labelOfQuality, labelOfRegion, regionById } from '../taxonomy';
import { PAIN_QUALITY_IDS, type PainQualityId } from '../taxonomy/qualities';
import type { BodyRegionId } from '../taxonomy/regions';
import { episodesInRange } from '../trends/internal';
import type { DayRange } from '../trends/range';
import { maxRegionEpisodes, regionStats, shadeLevel, type ShadeLevel } from '../trends/regions';

export type TimeOfDayId = 'night' | 'morning' | 'afternoon' | 'evening';

/** Six-hour parts of the day by the local start time: night 00:00-06:00 … evening 18:00-24:00. */
export const TIMES_OF_DAY: readonly { id: TimeOfDayId; label: string; fromHour: number; toHour: number }[] = [
  { id: 'night', label: 'Night (00:00 to 06:00)', fromHour: 0, toHour: 6 },
  { id: 'morning', label: 'Morning (06:00 to 12:00)', fromHour: 6, toHour: 12 },
  { id: 'afternoon', label: 'Afternoon (12:00 to 18:00)', fromHour: 12, toHour: 18 },
  { id: 'evening', label: 'Evening (18:00 to midnight)', fromHour: 18, toHour: 24 },
];

/** Lengths from the episodes with an end recorded, and how many of the range's episodes those are. */
export type ReportDuration = LengthSummary;

export interface ReportTimeOfDay {
  id: TimeOfDayId;
  label: string;
  episodes: number;
}

export interface ReportQuality {
  quality: PainQualityId;
  label: string;
  episodes: number;
}

export interface ReportRegion {
  region: BodyRegionId;
  label: string;
  episodes: number;
  averageIntensity: number | null;
  worst: number | null;
  /** How dark to draw it on a body map (see shadeLevel). */
  shade: ShadeLevel;
}

export interface ReportPattern {
  episodes: number;
  /** Local days in the range on which at least one episode started. */
  daysWithEpisodes: number;
  duration: ReportDuration;
  /** Always the four parts of the day, night first. */
  timeOfDay: ReportTimeOfDay[];
  /** Qualities noted at least once, most often first (catalog order between equals). */
  qualities: ReportQuality[];
  /** Regions marked at least once, most often first (catalog order between equals). */
  regions: ReportRegion[];
  /** Episodes whose regions include an arm: pain spreading from the upper back. */
  spreadingToArms: { episodes: number; share: number | null };
}

function timeOfDayOf(episodes: readonly Episode[], timeZone: string): ReportTimeOfDay[] {
  const counts = TIMES_OF_DAY.map(() => 0);
  for (const episode of episodes) {
    const hour = Math.floor(startMinuteOf(episode, timeZone) / 60);
    const index = TIMES_OF_DAY.findIndex((part) => hour >= part.fromHour && hour < part.toHour);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return TIMES_OF_DAY.map((part, index) => ({
    id: part.id,
    label: part.label,
    episodes: counts[index] ?? 0,
  }));
}

function qualitiesOf(episodes: readonly Episode[]): ReportQuality[] {
  const counts = new Map<PainQualityId, number>();
  for (const episode of episodes)
    for (const quality of episode.qualities) counts.set(quality, (counts.get(quality) ?? 0) + 1);
  return PAIN_QUALITY_IDS.filter((id) => counts.has(id))
    .map((quality) => ({ quality, label: labelOfQuality(quality), episodes: counts.get(quality) ?? 0 }))
    .sort((a, b) => b.episodes - a.episodes);
}

export function reportPattern(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): ReportPattern {
  const inRange = episodesInRange(episodes, range, timeZone);
  const started = inRange.map(({ episode }) => episode);
  const stats = regionStats(started, range, timeZone);
  const busiest = maxRegionEpisodes(stats);
  const regions = stats
    .filter((stat) => stat.episodes > 0)
    .sort((a, b) => b.episodes - a.episodes)
    .map((stat) => ({
      region: stat.region,
      label: labelOfRegion(stat.region),
      episodes: stat.episodes,
      averageIntensity: stat.averageIntensity,
      worst: stat.worst,
      shade: shadeLevel(stat, busiest),
    }));
  const spreading = started.filter((e) => e.regions.some((id) => regionById(id).isSpreading)).length;
  return {
    episodes: started.length,
    daysWithEpisodes: new Set(inRange.map(({ day }) => day)).size,
    duration: summarizeLengths(started),
    timeOfDay: timeOfDayOf(started, timeZone),
    qualities: qualitiesOf(started),
    regions,
    spreadingToArms: {
      episodes: spreading,
      share: started.length === 0 ? null : withoutFloatNoise(spreading / started.length),
    },
  };
}

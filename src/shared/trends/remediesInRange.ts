/** What helped, for the episodes of the period only. */
import { analyzeRelief, type ReliefAnalysis, type RemedyRelief } from '../analysis/remedies';
import type { Episode } from '../model';
import { episodesInRange } from './internal';
import type { DayRange } from './range';

/**
 * analyzeRelief on the episodes (not deleted) that started, by local day, in the range: the remedies,
 * and how pain went by itself in the range's episodes where nothing was tried.
 */
export function reliefInRange(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): ReliefAnalysis {
  return analyzeRelief(episodesInRange(episodes, range, timeZone).map(({ episode }) => episode));
}

/** The remedies alone (see reliefInRange). */
export function remediesInRange(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): RemedyRelief[] {
  return reliefInRange(episodes, range, timeZone).remedies;
}

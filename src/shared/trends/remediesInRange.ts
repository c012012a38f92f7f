/** What helped, for the episodes of the period only. */
import { analyzeRemedies, type RemedyRelief } from '../analysis/remedies';
import type { Episode } from '../model';
import { episodesInRange } from './internal';
import type { DayRange } from './range';

/** analyzeRemedies on the episodes (not deleted) that started, by local day, in the range. */
export function remediesInRange(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): RemedyRelief[] {
  return analyzeRemedies(episodesInRange(episodes, range, timeZone).map(({ episode }) => episode));
}

/**
 * How the report words an episode without an end. The report is read days or weeks after it is made, so
 * "no end yet" is said only of an episode that started within the 24 hours before the report was made;
 * any other episode without an end reads "end not recorded" (never "ongoing"): nobody knows when it stopped.
 */
import type { EpisodeEnd } from '../episodeLength';
import { episodeDurationMinutes, type Episode } from '../model';

/** An episode younger than this when the report is made may well still be going on. */
export const NO_END_YET_HOURS = 24;

export function reportEpisodeEnd(episode: Pick<Episode, 'startedAt' | 'endedAt'>, madeAt: Date): EpisodeEnd {
  const minutes = episodeDurationMinutes(episode);
  if (minutes !== null) return { state: 'ended', minutes };
  const age = madeAt.getTime() - Date.parse(episode.startedAt);
  return age >= 0 && age < NO_END_YET_HOURS * 3_600_000 ? { state: 'no-end-yet' } : { state: 'not-recorded' };
}

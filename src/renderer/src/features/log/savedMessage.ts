import { formatClockTime } from '@shared/dates';
import type { Episode } from '@shared/model';

/** What the journal says once a new episode is saved, in the main window and the quick-log window alike. */
export function savedEpisodeMessage(
  episode: Pick<Episode, 'intensity' | 'startedAt'>,
  timeZone: string,
): string {
  return `Saved: pain ${episode.intensity} at ${formatClockTime(episode.startedAt, { timeZone })}.`;
}

/**
 * What the episode model (model.ts) says without its schemas: the limits a field may reach, the empty
 * follow-up and an episode's length. model.ts re-exports all of it; code on the journal's first screen
 * imports it from here, so zod is not loaded until something is saved.
 */
import type { Episode, FollowUpFields } from './model';

export const MAX_NOTES_LENGTH = 5000;
export const MAX_SHORT_TEXT_LENGTH = 200;
/** Longest withdrawal we count days for: ten years. */
export const MAX_WITHDRAWAL_DAY = 3650;
/** Minutes after a remedy we still relate pain to it: a day. */
export const MAX_MINUTES_AFTER = 1440;

/** No follow-up asked, snoozed or dismissed. */
export const NO_FOLLOW_UP: FollowUpFields = {
  followUp: null,
  followUpSnoozedUntil: null,
  followUpDismissedAt: null,
};

export function episodeDurationMinutes(episode: Pick<Episode, 'startedAt' | 'endedAt'>): number | null {
  if (episode.endedAt === null) return null;
  return Math.round((Date.parse(episode.endedAt) - Date.parse(episode.startedAt)) / 60_000);
}

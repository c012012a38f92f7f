/**
 * Rating a remedy in the quick log: only "pain after" and "after how many minutes" are asked there,
 * because "before" is the pain chosen at the top of the same form. What is left empty the follow-up asks
 * about later (src/shared/followUps), and the line under the ratings says when, from the same rules.
 */
import { localDayAndMinute } from './dates';
import type { EpisodeDraft } from './episodeDraft';
import { LOGGED_WITHIN_HOURS } from './followUps/due';
import { formatDuration } from './history';
import { isQuietHour } from './reminders/schedule';
import type { ReminderPreferences } from './settings';

/**
 * The draft as the quick log saves it: a remedy given a pain-after rating gets the pain chosen above
 * as its pain-before. Unrated remedies stay unrated, so History does not show "6 → ?" for a remedy
 * that was only ticked; the follow-up fills both when it is answered.
 */
export function withRatedRemediesBefore(draft: EpisodeDraft): EpisodeDraft {
  if (draft.intensity === null) return draft;
  const before = String(draft.intensity);
  return {
    ...draft,
    remedies: draft.remedies.map((remedy) =>
      remedy.painAfter.trim() !== '' && remedy.painBefore.trim() === ''
        ? { ...remedy, painBefore: before }
        : remedy,
    ),
  };
}

/** "15 minutes", "an hour", "2 hours", "1 h 30 min": how long until the follow-up asks. */
export function waitInWords(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  if (minutes === 60) return 'an hour';
  if (minutes % 60 === 0) return `${minutes / 60} hours`;
  return formatDuration(minutes);
}

export interface LaterRatingFacts {
  /** The start the form names (ISO), or null while it is not a valid time. */
  startedAt: string | null;
  intensity: number | null;
  now: Date;
  timeZone: string;
  reminders: Pick<ReminderPreferences, 'followUp' | 'quietHours'>;
}

/**
 * What happens to a remedy whose "pain after" is left empty: the follow-up asks later, or, when no
 * follow-up will come (they are off, the pain is 0, or the episode started too long ago to be asked
 * about), it can be rated later in History.
 */
export function laterRatingNote(facts: LaterRatingFacts): string {
  const inHistory = 'Leave it empty to rate it later in History.';
  const { followUp, quietHours } = facts.reminders;
  if (!followUp.enabled || facts.intensity === 0) return inHistory;
  const nowMs = facts.now.getTime();
  if (facts.startedAt !== null && nowMs - Date.parse(facts.startedAt) > LOGGED_WITHIN_HOURS * 3_600_000)
    return inHistory;
  const dueAt = new Date(nowMs + followUp.afterMinutes * 60_000).toISOString();
  const dueHour = Math.floor(localDayAndMinute(dueAt, facts.timeZone).minute / 60);
  if (isQuietHour(quietHours, dueHour))
    return 'Leave it empty and we’ll ask how it is once your quiet hours are over.';
  return `Leave it empty and we’ll ask how it is in ${waitInWords(followUp.afterMinutes)}.`;
}

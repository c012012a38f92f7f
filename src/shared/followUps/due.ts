/**
 * When to ask "How is it now?" after an episode, as a pure function of the episode, the person's
 * preference, the clock and their quiet hours. The journal's banner, the desktop notification and the
 * quick-log window all ask this one function, so they never disagree.
 *
 * - Asked about episodes logged while the pain was there (logged at most LOGGED_WITHIN_HOURS after it
 *   started), with pain above 0, no end yet, not deleted, not answered and not dismissed.
 * - Due `afterMinutes` after the episode was logged (its "before" rating is the pain when logged), or
 *   when a snooze ends if that is later. Nothing is due during quiet hours: it waits for them to end.
 * - For FRESH_MINUTES after it falls due, the answer is about now ("How is it now?"). After that it is a
 *   missed follow-up: it stays for MISSED_FOR_HOURS after logging, and the answer is about a time the
 *   person chooses (by default the time it was due), at most a day after logging.
 */
import { localDayAndMinute } from '../dates';
import type { Episode } from '../model';
import { MAX_MINUTES_AFTER } from '../episodeBasics';
import { isQuietHour } from '../reminders/schedule';
import type { FollowUpPreferences, ReminderPreferences } from '../settings';

export const LOGGED_WITHIN_HOURS = 12;
export const FRESH_MINUTES = 120;
/** A missed follow-up is offered for a day after logging: later than that few people remember. */
export const MISSED_FOR_HOURS = 24;
/** How long "Ask me later" waits. */
export const SNOOZE_MINUTES = 15;

const MS_PER_MINUTE = 60_000;

/** The earliest start an episode can have and still be asked about at `now`. */
export function followUpWindowStart(now: Date): Date {
  return new Date(now.getTime() - (LOGGED_WITHIN_HOURS + MISSED_FOR_HOURS) * 60 * MS_PER_MINUTE);
}

export interface FollowUpDue {
  episode: Episode;
  /** When it fell due (logging time + the chosen minutes, or the end of a snooze). */
  dueAt: string;
  /** 'now': the answer is about this moment. 'missed': about a time the person chooses. */
  state: 'now' | 'missed';
  /** The earliest and latest time a late answer may be about. */
  earliestAt: string;
  latestAt: string;
}

export interface FollowUpFacts {
  now: Date;
  timeZone: string;
  preferences: FollowUpPreferences;
  quietHours: ReminderPreferences['quietHours'];
}

/** Whether this episode is one to ask about at all, whatever the time. */
export function isFollowUpCandidate(episode: Episode): boolean {
  if (episode.deletedAt !== null || episode.followUp !== null || episode.followUpDismissedAt !== null)
    return false;
  if (episode.endedAt !== null || episode.intensity === 0) return false;
  const loggedAfterStart = Date.parse(episode.createdAt) - Date.parse(episode.startedAt);
  return loggedAfterStart <= LOGGED_WITHIN_HOURS * 60 * MS_PER_MINUTE;
}

/** When the follow-up of a candidate falls due, before quiet hours are considered. */
export function followUpDueAt(episode: Episode, afterMinutes: number): string {
  const scheduled = Date.parse(episode.createdAt) + afterMinutes * MS_PER_MINUTE;
  const snoozed = episode.followUpSnoozedUntil === null ? 0 : Date.parse(episode.followUpSnoozedUntil);
  return new Date(Math.max(scheduled, snoozed)).toISOString();
}

export function followUpFor(episode: Episode, facts: FollowUpFacts): FollowUpDue | null {
  if (!facts.preferences.enabled || !isFollowUpCandidate(episode)) return null;
  const now = facts.now.getTime();
  if (Number.isNaN(now)) return null;
  const dueAt = followUpDueAt(episode, facts.preferences.afterMinutes);
  if (now < Date.parse(dueAt)) return null;
  const logged = Date.parse(episode.createdAt);
  if (now - logged > MISSED_FOR_HOURS * 60 * MS_PER_MINUTE) return null;
  const local = localDayAndMinute(facts.now.toISOString(), facts.timeZone);
  if (isQuietHour(facts.quietHours, Math.floor(local.minute / 60))) return null;
  const state = now - Date.parse(dueAt) <= FRESH_MINUTES * MS_PER_MINUTE ? 'now' : 'missed';
  return {
    episode,
    dueAt,
    state,
    earliestAt: new Date(logged).toISOString(),
    latestAt: new Date(Math.min(now, logged + MAX_MINUTES_AFTER * MS_PER_MINUTE)).toISOString(),
  };
}

/** Every follow-up to ask now, the most recently logged first. */
export function dueFollowUps(episodes: readonly Episode[], facts: FollowUpFacts): FollowUpDue[] {
  return episodes
    .flatMap((episode) => {
      const due = followUpFor(episode, facts);
      return due === null ? [] : [due];
    })
    .sort((a, b) => Date.parse(b.episode.createdAt) - Date.parse(a.episode.createdAt));
}

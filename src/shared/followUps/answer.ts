/**
 * What answering "How is it now?" does to an episode, as a pure function: it records the answer with its
 * own before-rating and timing, ends the episode when the pain has stopped, and gives every remedy on the
 * episode that has no after-rating yet this answer as its after-rating (a remedy ticked when logging was
 * tried then, so its "before" is the pain when logged).
 */
import { MAX_MINUTES_AFTER } from '../episodeBasics';
import type { Episode, FollowUp } from '../model';

export interface FollowUpAnswer {
  /** 0-10; ignored (0) when stopped. */
  pain: number;
  stopped: boolean;
  /** The time the answer is about. */
  at: string;
  /** When the person answered. */
  answeredAt: string;
}

/** Whole minutes from logging to the answer's time, within what an episode keeps (a day). */
export function minutesAfterLogging(episode: Pick<Episode, 'createdAt'>, at: string): number {
  const minutes = Math.round((Date.parse(at) - Date.parse(episode.createdAt)) / 60_000);
  return Math.min(MAX_MINUTES_AFTER, Math.max(0, minutes));
}

export function withFollowUpAnswer(episode: Episode, answer: FollowUpAnswer): Episode {
  const pain = answer.stopped ? 0 : answer.pain;
  const minutesAfter = minutesAfterLogging(episode, answer.at);
  const followUp: FollowUp = {
    at: answer.at,
    pain,
    stopped: answer.stopped,
    painBefore: episode.intensity,
    minutesAfter,
    answeredAt: answer.answeredAt,
  };
  // The end cannot come before the start (a late answer about a time the person chose).
  const endedAt =
    answer.stopped && episode.endedAt === null
      ? new Date(Math.max(Date.parse(answer.at), Date.parse(episode.startedAt))).toISOString()
      : episode.endedAt;
  return {
    ...episode,
    endedAt,
    followUp,
    followUpSnoozedUntil: null,
    remedies: episode.remedies.map((remedy) =>
      remedy.painAfter !== null
        ? remedy
        : {
            ...remedy,
            painBefore: remedy.painBefore ?? episode.intensity,
            painAfter: pain,
            minutesAfter,
          },
    ),
  };
}

/**
 * The follow-up's words, for the journal's banner, the quick-log window and the desktop notification: one
 * source, so they always say the same. Plain and kind; no advice beyond asking.
 */
import { formatClockTime } from '../dates';
import type { Episode } from '../model';
import { labelOfRemedy } from '../taxonomy';
import { SNOOZE_MINUTES, type FollowUpDue } from './due';

export const FOLLOW_UP_KEYS_HINT = 'Press 0 to 9 (1 then 0 for 10), or S if it has stopped.';

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function followUpTitle(due: Pick<FollowUpDue, 'state' | 'episode'>, timeZone: string): string {
  if (due.state === 'now') return 'How is your back now?';
  return `How did your pain from ${formatClockTime(due.episode.startedAt, { timeZone })} go?`;
}

/**
 * "Your pain from 14:05 was 6/10, and you tried heat.", or, when it started before it was logged, "Your
 * pain from 13:50 was 6/10 when you logged it at 14:05": the episode named by its start, as the journal
 * shows it, and the moment its rating (the "before") was given.
 */
export function followUpDetail(episode: Episode, timeZone: string): string {
  const start = formatClockTime(episode.startedAt, { timeZone });
  const logged = formatClockTime(episode.createdAt, { timeZone });
  // Without a label's examples in brackets: a notification has little room.
  const tried = [
    ...new Set(
      episode.remedies.map((r) =>
        labelOfRemedy(r.kind)
          .replace(/\s*\(.*\)$/, '')
          .toLowerCase(),
      ),
    ),
  ];
  // At most three by name, so it fits a notification.
  const named = tried.length > 3 ? [...tried.slice(0, 2), `${tried.length - 2} more`] : tried;
  const triedWords = named.length > 0 ? `, and you tried ${list(named)}` : '';
  const when = logged === start ? '' : ` when you logged it at ${logged}`;
  return `Your pain from ${start} was ${episode.intensity}/10${when}${triedWords}.`;
}

/** The desktop notification: short, and says how to answer. */
export function followUpNotice(due: FollowUpDue, timeZone: string): { title: string; body: string } {
  return {
    title: followUpTitle(due, timeZone),
    body: `${followUpDetail(due.episode, timeZone)} Open the journal, or press the quick-log shortcut, and one key answers.`,
  };
}

/** What the prompt says once answered. */
export function followUpThanks(episode: Episode, timeZone: string): string {
  const answer = episode.followUp;
  if (answer === null) return 'Thanks.';
  const time = formatClockTime(answer.at, { timeZone });
  if (answer.stopped) return `Thanks. Noted that it had stopped by ${time}; the episode now ends then.`;
  // Only what this answer rated: a remedy the person had already rated keeps their own rating.
  const isRatedByAnswer = episode.remedies.some(
    (r) => r.painAfter === answer.pain && r.minutesAfter === answer.minutesAfter,
  );
  const rated = isRatedByAnswer ? ' That is also the after-rating of what you tried.' : '';
  return `Thanks. Noted ${answer.pain}/10 at ${time}.${rated}`;
}

/** What the prompt says when the person puts it aside. */
export function followUpPutAside(kind: 'snoozed' | 'dismissed'): string {
  return kind === 'snoozed'
    ? `We’ll ask again in ${SNOOZE_MINUTES} minutes.`
    : 'We won’t ask about that one again.';
}

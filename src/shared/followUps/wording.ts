/**
 * The follow-up's words, for the journal's banner, the quick-log window and the desktop notification: one
 * source, so they always say the same. Plain and kind; no advice beyond asking.
 */
import { formatClockTime } from '../dates';
import type { Episode } from '../model';
import { labelOfRemedy } from '../taxonomy';
import type { FollowUpDue } from './due';

export const FOLLOW_UP_KEYS_HINT = 'Press 0 to 9 (1 then 0 for 10), or S if it has stopped.';

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function followUpTitle(due: Pick<FollowUpDue, 'state' | 'episode'>, timeZone: string): string {
  if (due.state === 'now') return 'How is your back now?';
  return `How did your pain from ${formatClockTime(due.episode.createdAt, { timeZone })} go?`;
}

/** "You logged 6/10 at 14:05 and tried heat." */
export function followUpDetail(episode: Episode, timeZone: string): string {
  const time = formatClockTime(episode.createdAt, { timeZone });
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
  const triedWords = named.length > 0 ? ` and tried ${list(named)}` : '';
  return `You logged ${episode.intensity}/10 at ${time}${triedWords}.`;
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
  const rated = episode.remedies.length > 0 ? ' That is also the after-rating of what you tried.' : '';
  return `Thanks. Noted ${answer.pain}/10 at ${time}.${rated}`;
}

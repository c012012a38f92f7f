/**
 * The follow-up in a few words, where an episode is shown (History, the report's log): "Stopped by
 * 15:05" or "Later: 3/10 at 15:05", with the day when it was not the day the episode started.
 */
import { calendarDayOf, formatClockTime, formatDayWords, type ClockTimeOptions } from '../dates';
import type { Episode, FollowUp } from '../model';

export function describeFollowUp(
  followUp: Pick<FollowUp, 'at' | 'pain' | 'stopped'>,
  episode: Pick<Episode, 'startedAt'>,
  clock: ClockTimeOptions,
): string {
  const day = calendarDayOf(followUp.at, clock.timeZone);
  const sameDay = day === calendarDayOf(episode.startedAt, clock.timeZone);
  const when = `${formatClockTime(followUp.at, clock)}${sameDay ? '' : ` on ${formatDayWords(day)}`}`;
  return followUp.stopped ? `Stopped by ${when}` : `Later: ${followUp.pain}/10 at ${when}`;
}

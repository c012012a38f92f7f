/**
 * What the Trends screen says about the period itself: which days it covers, whether there is an earlier
 * period to compare it with, and, when nothing was logged in it, where the journal's entries are.
 */
import type { CheckIn } from '../checkIns';
import { formatDayWords, type CalendarDay } from '../dates';
import { startDayOf } from '../episodeStart';
import type { Episode } from '../model';
import type { DayRange } from './range';

/** The day of the latest entry (an episode that is not deleted, or a check-in); null with none. */
export function lastJournalDay(
  episodes: readonly Pick<Episode, 'startedAt' | 'deletedAt'>[],
  checkIns: readonly Pick<CheckIn, 'day'>[],
  timeZone: string,
): CalendarDay | null {
  let last: CalendarDay | null = null;
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    const day = startDayOf(episode, timeZone);
    if (last === null || day > last) last = day;
  }
  for (const checkIn of checkIns) if (last === null || checkIn.day > last) last = checkIn.day;
  return last;
}

/** "12 March 2026": the year always, as these days may lie in another year than today. */
function dayWords(day: CalendarDay): string {
  return formatDayWords(day, true);
}

/**
 * The line under the period buttons. With nothing logged in the period before, no comparison is offered,
 * and that is said once here rather than on every card.
 */
export function rangeWords(range: DayRange, previous: DayRange, hasComparison: boolean): string {
  const days = `${range.from} to ${range.to}`;
  if (hasComparison) return `${days}, compared with ${previous.from} to ${previous.to}.`;
  // Said of the period before, which is all that was looked at: older entries may well exist.
  return `${days}. Nothing was logged in the period before it (${previous.from} to ${previous.to}), so there is nothing to compare it with.`;
}

export interface EmptyPeriod {
  /** What the person needs to know, in one or two sentences. */
  text: string;
}

/**
 * When the period holds no entries but the journal has some elsewhere (a restored journal whose entries
 * end months ago, say): says so with the latest entry's day (or the first's, for a period before the
 * journal began). Null when the period has entries, or the journal has none at all (then each chart says
 * what to log).
 */
export function emptyPeriod(
  range: DayRange,
  loggedDays: number,
  journal: { firstDay: CalendarDay | null; lastDay: CalendarDay | null },
): EmptyPeriod | null {
  const { firstDay, lastDay } = journal;
  if (loggedDays > 0 || firstDay === null || lastDay === null) return null;
  const nothing = `Nothing was logged from ${dayWords(range.from)} to ${dayWords(range.to)}.`;
  if (lastDay < range.from)
    return {
      text: `${nothing} Your latest entry is from ${dayWords(lastDay)}: choose “Show all” to see your whole journal.`,
    };
  if (firstDay > range.to)
    return {
      text: `${nothing} Your first entry is from ${dayWords(firstDay)}: choose “Show all” to see your whole journal.`,
    };
  return {
    text: `${nothing} Your entries are from ${dayWords(firstDay)} to ${dayWords(lastDay)}: choose “Show all” to see them all.`,
  };
}

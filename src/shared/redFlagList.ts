/**
 * The warning signs recorded in a date range, most urgent first, then newest first: what the report
 * lists at the top of its first page.
 */
import type { CalendarDay } from './dates';
import type { Episode } from './model';
import { redFlagById } from './taxonomy';
import type { RedFlagId, RedFlagUrgency } from './taxonomy/redFlags';
import { startDayOf } from './episodeStart';

export interface RecordedRedFlag {
  flag: RedFlagId;
  label: string;
  urgency: RedFlagUrgency;
  day: CalendarDay;
  episodeId: string;
  intensity: number;
}

export function redFlagsInRange(
  episodes: readonly Episode[],
  range: { from: CalendarDay; to: CalendarDay },
  timeZone: string,
): RecordedRedFlag[] {
  const found: (RecordedRedFlag & { startedAt: string })[] = [];
  for (const episode of episodes) {
    if (episode.deletedAt !== null || episode.redFlags.length === 0) continue;
    const day = startDayOf(episode, timeZone);
    if (day < range.from || day > range.to) continue;
    for (const flag of episode.redFlags) {
      const entry = redFlagById(flag);
      found.push({
        flag,
        label: entry.label,
        urgency: entry.urgency,
        day,
        episodeId: episode.id,
        intensity: episode.intensity,
        startedAt: episode.startedAt,
      });
    }
  }
  found.sort(
    (a, b) =>
      (a.urgency === b.urgency ? 0 : a.urgency === 'emergency' ? -1 : 1) ||
      b.startedAt.localeCompare(a.startedAt),
  );
  return found.map(({ startedAt: _startedAt, ...rest }) => rest);
}

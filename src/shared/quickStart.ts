/**
 * "When did it start?" in one key, for the quick log: now, a few minutes ago, or this morning. Pure: the
 * moment and the time zone are parameters, so the same press gives the same start on any machine.
 *
 * This picks a start for a new entry; episodeStart.ts reads the start of a stored one, which is why the
 * two are separate modules.
 */
import { addCalendarDays, calendarDayOf, formatClockTime, formatDayWords, isoToLocalDateTime } from './dates';
import { wallTimeIn, zonedWallTimeToInstant } from './csv/zonedTime';
import type { EpisodeDraft } from './episodeDraft';

export type QuickStartId = 'now' | '15-min' | '30-min' | '60-min' | 'morning';

export interface QuickStartChoice {
  id: QuickStartId;
  /** Reads after "Started:". */
  label: string;
  /**
   * A letter, so it never clashes with the digits that choose the pain, nor with the Ctrl/⌘ shortcuts.
   * Each is the first letter of the word it stands for: Now, Fifteen, Thirty, Hour, Morning.
   */
  key: string;
}

export const QUICK_STARTS: readonly QuickStartChoice[] = [
  { id: 'now', label: 'now', key: 'n' },
  { id: '15-min', label: '15 min ago', key: 'f' },
  { id: '30-min', label: '30 min ago', key: 't' },
  { id: '60-min', label: '1 hour ago', key: 'h' },
  { id: 'morning', label: 'this morning', key: 'm' },
];

const MINUTES_AGO: Record<Exclude<QuickStartId, 'morning'>, number> = {
  now: 0,
  '15-min': 15,
  '30-min': 30,
  '60-min': 60,
};

/**
 * "This morning" is 08:00 local time today: the start of most working days, when desk pain is
 * usually noticed. Before 08:00 that time is still to come, so it is an hour before now instead (the
 * same as "1 hour ago"): still this morning for an early riser, and always in the past.
 */
export const MORNING_HOUR = 8;

const MS_PER_MINUTE = 60_000;

/** The choice a key press stands for (either case), or null when the key is not one of them. */
export function quickStartFromKey(key: string): QuickStartId | null {
  const lower = key.toLowerCase();
  return QUICK_STARTS.find((choice) => choice.key === lower)?.id ?? null;
}

/** 08:00 on the local calendar day of `now`; on a day whose clocks skip 08:00, the next whole hour that exists. */
function morningOf(now: Date, timeZone: string): number {
  const today = wallTimeIn(now.getTime(), timeZone);
  const wall = { ...today, minute: 0, second: 0, millisecond: 0 };
  for (let hour = MORNING_HOUR; hour <= MORNING_HOUR + 2; hour += 1) {
    const result = zonedWallTimeToInstant({ ...wall, hour }, timeZone);
    if (result.kind === 'ok') return result.epochMs;
  }
  // No zone skips three hours in a morning; should one ever, the hour-before rule below still holds.
  return now.getTime();
}

/** The instant (ISO) a choice names, seen from `now` in `timeZone`. Never later than `now`. */
export function quickStartAt(id: QuickStartId, now: Date, timeZone: string): string {
  const nowMs = now.getTime();
  if (id !== 'morning') return new Date(nowMs - MINUTES_AGO[id] * MS_PER_MINUTE).toISOString();
  const morning = morningOf(now, timeZone);
  const start = morning < nowMs ? morning : nowMs - 60 * MS_PER_MINUTE;
  return new Date(start).toISOString();
}

/**
 * The quick log's draft with the start a choice names. The draft holds wall-clock time on this machine
 * (what a datetime-local field shows), as the full editor does, so "More details…" shows the same start.
 */
export function withQuickStart(
  draft: EpisodeDraft,
  id: QuickStartId,
  now: Date,
  timeZone: string,
): EpisodeDraft {
  return { ...draft, startedAt: isoToLocalDateTime(quickStartAt(id, now, timeZone)) };
}

/**
 * "Started 14:05.": the clock time a choice gives, so the person sees what will be saved. The day is
 * named when it is not today (an hour before 00:30 is yesterday).
 */
export function describeStart(startIso: string, now: Date, timeZone: string, locale?: string): string {
  const time = formatClockTime(startIso, { timeZone, locale });
  const startDay = calendarDayOf(startIso, timeZone);
  const today = calendarDayOf(now.toISOString(), timeZone);
  if (startDay === today) return `Started ${time}.`;
  if (startDay === addCalendarDays(today, -1)) return `Started yesterday at ${time}.`;
  return `Started ${formatDayWords(startDay)} at ${time}.`;
}

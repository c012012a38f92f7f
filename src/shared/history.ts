/**
 * What the history screen shows: filtering, grouping by day and the small summaries beside each day.
 * Pure functions, so every number on that screen is tested here.
 */
import type { CalendarDay } from './dates';
import type { Episode, TriggerKind } from './model';
import type { BodyRegionId } from './taxonomy/regions';
import { startDayOf } from './episodeStart';

export interface HistoryFilter {
  triggerKind: TriggerKind | '';
  region: BodyRegionId | '';
  /** Words to find in the notes (and in trigger and remedy notes); case and accents ignored. */
  search: string;
}

export const NO_FILTER: HistoryFilter = { triggerKind: '', region: '', search: '' };

export interface DayOfEpisodes {
  day: CalendarDay;
  /** Newest first. */
  episodes: Episode[];
  worstIntensity: number;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function searchableText(episode: Episode): string {
  const parts = [episode.notes];
  for (const trigger of episode.triggers) parts.push(trigger.note);
  for (const remedy of episode.remedies) parts.push(remedy.medicationName ?? '', remedy.dose ?? '');
  return fold(parts.join('\n'));
}

export function isFilterActive(filter: HistoryFilter): boolean {
  return filter.triggerKind !== '' || filter.region !== '' || filter.search.trim() !== '';
}

/** Episodes that match every part of the filter. Deleted episodes never match. */
export function filterEpisodes(episodes: readonly Episode[], filter: HistoryFilter): Episode[] {
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  return episodes.filter((episode) => {
    if (episode.deletedAt !== null) return false;
    if (filter.triggerKind !== '' && !episode.triggers.some((t) => t.kind === filter.triggerKind))
      return false;
    if (filter.region !== '' && !episode.regions.includes(filter.region)) return false;
    if (words.length > 0) {
      const text = searchableText(episode);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** Groups episodes by the calendar day they started on in `timeZone`, newest day and episode first. */
export function groupEpisodesByDay(episodes: readonly Episode[], timeZone: string): DayOfEpisodes[] {
  const byDay = new Map<CalendarDay, Episode[]>();
  for (const episode of episodes) {
    const day = startDayOf(episode, timeZone);
    const list = byDay.get(day);
    if (list) list.push(episode);
    else byDay.set(day, [episode]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([day, list]) => {
      const sorted = [...list].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
      return { day, episodes: sorted, worstIntensity: Math.max(...sorted.map((e) => e.intensity)) };
    });
}

/**
 * The days to show from the newest episodes alone, before the whole journal is read: grouped as
 * groupEpisodesByDay does, without the oldest day when more episodes exist than were read (that day may
 * be only partly read). A single day is kept even so, so something is always shown.
 */
export function daysFromLatest(latest: readonly Episode[], total: number, timeZone: string): DayOfEpisodes[] {
  const days = groupEpisodesByDay(latest, timeZone);
  return latest.length < total && days.length > 1 ? days.slice(0, -1) : days;
}

/** A word for a 0-10 rating, as commonly banded for pain scales. */
export function intensityWord(intensity: number): string {
  if (intensity === 0) return 'no pain';
  if (intensity <= 3) return 'mild';
  if (intensity <= 6) return 'moderate';
  return 'severe';
}

/** "45 min", "2 h", "1 h 30 min", "2 days 3 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0)
    return hours > 0
      ? `${days} ${days === 1 ? 'day' : 'days'} ${hours} h`
      : `${days} ${days === 1 ? 'day' : 'days'}`;
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "7 → 4 after 30 min": how a remedy went, from what was recorded. Null when nothing was rated. */
export function describeRelief(remedy: Episode['remedies'][number]): string | null {
  if (remedy.painBefore === null && remedy.painAfter === null) return null;
  const before = remedy.painBefore === null ? '?' : String(remedy.painBefore);
  const after = remedy.painAfter === null ? '?' : String(remedy.painAfter);
  const when = remedy.minutesAfter === null ? '' : ` after ${formatDuration(remedy.minutesAfter)}`;
  return `${before} → ${after}${when}`;
}

/**
 * Episodes per week, stacked by trigger: weeks start on Monday, and each episode counts once, under the
 * kind of the first trigger logged with it (or 'none').
 */
import { dayNumber, type CalendarDay } from '../dates';
import type { Episode, TriggerKind } from '../model';
import { labelOfTriggerKind } from '../taxonomy';
import { TRIGGER_KIND_IDS } from '../taxonomy/triggers';
import { episodesInRange, mondayOf, shiftDay } from './internal';
import type { DayRange } from './range';

export type StackKind = TriggerKind | 'none';

/** The order of the stacks: trigger kinds in catalog order, then episodes with no trigger. */
export const TRIGGER_STACK_ORDER: readonly StackKind[] = [...TRIGGER_KIND_IDS, 'none'];

export interface WeekBar {
  /** The Monday the week starts on (it may be before the range starts). */
  weekStart: CalendarDay;
  counts: Record<StackKind, number>;
  total: number;
  /** How many of the week's 7 days are inside the range (fewer for a first or last partial week). */
  daysInRange: number;
}

export function labelOfStackKind(kind: StackKind): string {
  return kind === 'none' ? 'No trigger noted' : labelOfTriggerKind(kind);
}

function emptyCounts(): Record<StackKind, number> {
  return {
    workout: 0,
    stress: 0,
    withdrawal: 0,
    posture: 0,
    dehydration: 0,
    'poor-sleep': 0,
    injury: 0,
    other: 0,
    none: 0,
  };
}

/** One bar per week that overlaps the range, oldest first, counting only episodes that started inside it. */
export function episodesPerWeek(
  episodes: readonly Pick<Episode, 'startedAt' | 'deletedAt' | 'triggers'>[],
  range: DayRange,
  timeZone: string,
): WeekBar[] {
  if (range.to < range.from) return [];
  const bars = new Map<CalendarDay, WeekBar>();
  const first = dayNumber(range.from);
  const last = dayNumber(range.to);
  for (let weekStart = mondayOf(range.from); weekStart <= range.to; weekStart = shiftDay(weekStart, 7)) {
    const start = dayNumber(weekStart);
    const daysInRange = Math.min(last, start + 6) - Math.max(first, start) + 1;
    bars.set(weekStart, { weekStart, counts: emptyCounts(), total: 0, daysInRange });
  }
  for (const { episode, day } of episodesInRange(episodes, range, timeZone)) {
    const bar = bars.get(mondayOf(day));
    if (!bar) continue;
    bar.counts[episode.triggers[0]?.kind ?? 'none'] += 1;
    bar.total += 1;
  }
  return [...bars.values()];
}

/**
 * Which after-ratings count towards relief, and why the others don't. Every rating is kept in the
 * journal whenever it was taken; the analysis compares pain 15 minutes to 4 hours after, the same span
 * a follow-up can be asked after (settings: 15-240 minutes). Sooner, a remedy has barely had time to
 * work; later, other things in the day (sleep, meals, work) have moved the pain too.
 */
export const RELIEF_WINDOW_MINUTES = { from: 15, to: 240 } as const;

export type LeftOutReason = 'not-rated' | 'no-before' | 'no-time' | 'too-soon' | 'too-late';

/** Uses (or follow-ups) left out for one reason, with the range of their timings where that is why. */
export interface LeftOut {
  reason: LeftOutReason;
  count: number;
  /** Shortest and longest time after, for too-soon and too-late; null otherwise. */
  fewestMinutes: number | null;
  mostMinutes: number | null;
}

export interface Rating {
  painBefore: number | null;
  painAfter: number | null;
  minutesAfter: number | null;
}

export type Timing =
  | { counted: true; before: number; after: number; minutes: number }
  | { counted: false; reason: LeftOutReason; minutes: number | null };

export function timingOf({ painBefore, painAfter, minutesAfter }: Rating): Timing {
  if (painAfter === null) return { counted: false, reason: 'not-rated', minutes: null };
  if (painBefore === null) return { counted: false, reason: 'no-before', minutes: null };
  if (minutesAfter === null) return { counted: false, reason: 'no-time', minutes: null };
  if (minutesAfter < RELIEF_WINDOW_MINUTES.from)
    return { counted: false, reason: 'too-soon', minutes: minutesAfter };
  if (minutesAfter > RELIEF_WINDOW_MINUTES.to)
    return { counted: false, reason: 'too-late', minutes: minutesAfter };
  return { counted: true, before: painBefore, after: painAfter, minutes: minutesAfter };
}

const REASON_ORDER: readonly LeftOutReason[] = ['too-soon', 'too-late', 'no-time', 'no-before', 'not-rated'];

/** Groups the left-out timings by reason, in a fixed order (timing problems first). */
export function groupLeftOut(timings: readonly Timing[]): LeftOut[] {
  const groups = new Map<LeftOutReason, LeftOut>();
  for (const timing of timings) {
    if (timing.counted) continue;
    const group = groups.get(timing.reason) ?? {
      reason: timing.reason,
      count: 0,
      fewestMinutes: null,
      mostMinutes: null,
    };
    group.count += 1;
    if (timing.minutes !== null) {
      group.fewestMinutes = Math.min(group.fewestMinutes ?? Infinity, timing.minutes);
      group.mostMinutes = Math.max(group.mostMinutes ?? -Infinity, timing.minutes);
    }
    groups.set(timing.reason, group);
  }
  return REASON_ORDER.flatMap((reason) => {
    const group = groups.get(reason);
    return group ? [group] : [];
  });
}

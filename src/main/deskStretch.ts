import type { DeskStretch } from '@shared/reminders/deskStretch';
import { NO_DESK_STRETCH, advanceDeskStretch } from '@shared/reminders/deskStretch';

export interface DeskStretchTrackerDeps<H> {
  /** powerMonitor.getSystemIdleTime: seconds since the last key press or mouse move. */
  getSystemIdleTime: () => number;
  /** Epoch ms. */
  now: () => number;
  setInterval: (callback: () => void, ms: number) => H;
  clearInterval: (handle: H) => void;
  /** How often idle time is sampled; well under the five-minute break, so a break is never missed. */
  intervalMs?: number;
}

export interface DeskStretchTracker {
  /** When the current stretch at the computer began (ISO instant), or null while the person is away. */
  startedAt(): string | null;
  stop(): void;
}

const DEFAULT_INTERVAL_MS = 60_000;

/**
 * Measures how long the person has been at the computer, for the posture-break reminder, by sampling the
 * system's idle time every minute and folding the samples with advanceDeskStretch. Idle time only tells when
 * the last input was, so a return from a break is dated to within one interval.
 */
export function createDeskStretchTracker<H>(deps: DeskStretchTrackerDeps<H>): DeskStretchTracker {
  let stretch: DeskStretch = NO_DESK_STRETCH;
  const sample = (): void => {
    stretch = advanceDeskStretch(stretch, { now: deps.now(), idleSeconds: deps.getSystemIdleTime() });
  };

  sample();
  let timer: { handle: H } | undefined = {
    handle: deps.setInterval(sample, deps.intervalMs ?? DEFAULT_INTERVAL_MS),
  };

  return {
    startedAt() {
      // Up to a minute may have passed since the last sample: a break that began since then counts now.
      sample();
      return stretch.startedAt === null ? null : new Date(stretch.startedAt).toISOString();
    },
    stop() {
      if (timer === undefined) return;
      deps.clearInterval(timer.handle);
      timer = undefined;
    },
  };
}

/**
 * How long the person has been at the computer without a real break: the posture-break reminder's clock.
 * The desktop samples the system's idle time (seconds since the last key press or mouse move) every so often
 * and folds each sample in with advanceDeskStretch. Pure, so the rules are table-tested.
 */

/** Away from the keyboard this long counts as a break: the next stretch starts afresh. */
export const BREAK_IDLE_SECONDS = 5 * 60;

export interface DeskStretch {
  /** When the current stretch of use began (epoch ms), or null while the person is away. */
  readonly startedAt: number | null;
  /** When the last sample was taken (epoch ms), or null before the first. */
  readonly sampledAt: number | null;
}

export const NO_DESK_STRETCH: DeskStretch = { startedAt: null, sampledAt: null };

export interface IdleSample {
  /** Epoch ms. */
  readonly now: number;
  /** Seconds since the last keyboard or mouse input, as the system reports it. */
  readonly idleSeconds: number;
}

export function advanceDeskStretch(
  previous: DeskStretch,
  sample: IdleSample,
  breakIdleSeconds: number = BREAK_IDLE_SECONDS,
): DeskStretch {
  const { now } = sample;
  // A negative idle time is nonsense; read as "input just now" so a stretch can never start in the future.
  const idleSeconds = Math.max(0, sample.idleSeconds);
  if (!Number.isFinite(idleSeconds) || idleSeconds >= breakIdleSeconds) {
    return { startedAt: null, sampledAt: now };
  }
  // No sample for longer than a break (the computer slept, or the app was not running): whatever happened
  // in between, the person was not known to be at the desk, so this stretch starts now.
  const missedBreak =
    previous.sampledAt === null ||
    now < previous.sampledAt ||
    now - previous.sampledAt >= breakIdleSeconds * 1000;
  if (previous.startedAt === null || missedBreak) {
    // Input came idleSeconds ago at the latest; the person has been back at least since then.
    return { startedAt: now - idleSeconds * 1000, sampledAt: now };
  }
  return { startedAt: previous.startedAt, sampledAt: now };
}

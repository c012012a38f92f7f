/**
 * Hybrid logical clocks: a reading is close to wall-clock time but never goes backwards on a device and is
 * always newer than any reading the device has received, so "newest edit wins" still means the later edit
 * when two computers' clocks disagree by hours.
 *
 * The string form is `${wall ms, 13 digits}-${counter, 6 digits}-${deviceId}`. The fixed widths make plain
 * string comparison the same as comparing (wall, counter, device), so readings sort and compare as strings,
 * and two devices can never produce the same reading.
 */

export type HlcParts = { wall: number; counter: number; deviceId: string };

export type Clock = {
  readonly deviceId: string;
  /** A reading for an edit made on this device. */
  tick(): string;
  /** Takes in a reading from another device and returns a reading newer than it and than all before. */
  receive(remoteHlc: string): string;
  /** The newest reading so far, to keep across restarts (pass it back as `last`). */
  last(): string | null;
};

const MAX_WALL = 9_999_999_999_999;
const MAX_COUNTER = 999_999;
const HLC_PATTERN = /^(\d{13})-(\d{6})-([A-Za-z0-9]{1,64})$/;
const DEVICE_PATTERN = /^[A-Za-z0-9]{1,64}$/;

export function formatHlc({ wall, counter, deviceId }: HlcParts): string {
  if (!Number.isSafeInteger(wall) || wall < 0 || wall > MAX_WALL)
    throw new Error(`A clock reading needs a time between 0 and ${MAX_WALL} ms, not ${wall}.`);
  if (!Number.isSafeInteger(counter) || counter < 0 || counter > MAX_COUNTER)
    throw new Error(`A clock reading needs a counter between 0 and ${MAX_COUNTER}, not ${counter}.`);
  if (!DEVICE_PATTERN.test(deviceId))
    throw new Error('A computer\u2019s id must be 1 to 64 letters or digits.');
  return `${String(wall).padStart(13, '0')}-${String(counter).padStart(6, '0')}-${deviceId}`;
}

export function parseHlc(hlc: string): HlcParts {
  const match = typeof hlc === 'string' ? HLC_PATTERN.exec(hlc) : null;
  const [, wall, counter, deviceId] = match ?? [];
  if (wall === undefined || counter === undefined || deviceId === undefined)
    throw new Error(`This is not a clock reading the journal understands: ${JSON.stringify(hlc)}.`);
  return { wall: Number(wall), counter: Number(counter), deviceId };
}

export function isHlc(value: unknown): value is string {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

/**
 * `now` is passed in (Date.now in the app) so tests can skew it; it may jump backwards. `last` is the newest
 * reading from a previous run, so a restart with a clock set back still continues after it.
 */
export function createClock(deviceId: string, now: () => number, last: string | null = null): Clock {
  if (!DEVICE_PATTERN.test(deviceId))
    throw new Error('A computer\u2019s id must be 1 to 64 letters or digits.');
  let wall = 0;
  let counter = 0;
  let issued = false;
  if (last !== null) {
    const parts = parseHlc(last);
    ({ wall, counter } = parts);
    issued = true;
  }

  function physical(): number {
    const t = Math.floor(now());
    // A broken clock (NaN, before 1970, past the format) must not break sync: fall back to the logical part.
    return Number.isFinite(t) && t >= 0 ? Math.min(t, MAX_WALL) : 0;
  }

  function issue(nextWall: number, nextCounter: number): string {
    // A burst of a million readings in one millisecond borrows the next millisecond rather than overflow.
    if (nextCounter > MAX_COUNTER) {
      if (nextWall >= MAX_WALL) throw new Error('The sync clock has run out of readings.');
      nextWall += 1;
      nextCounter = 0;
    }
    wall = nextWall;
    counter = nextCounter;
    issued = true;
    return formatHlc({ wall, counter, deviceId });
  }

  return {
    deviceId,
    tick() {
      const pt = physical();
      return pt > wall ? issue(pt, 0) : issue(wall, counter + 1);
    },
    receive(remoteHlc) {
      const remote = parseHlc(remoteHlc);
      const pt = physical();
      const next = Math.max(wall, remote.wall, pt);
      if (next === wall && next === remote.wall) return issue(next, Math.max(counter, remote.counter) + 1);
      if (next === wall) return issue(next, counter + 1);
      if (next === remote.wall) return issue(next, remote.counter + 1);
      return issue(next, 0);
    },
    last() {
      return issued ? formatHlc({ wall, counter, deviceId }) : null;
    },
  };
}

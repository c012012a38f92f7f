import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeskStretchTracker } from '../../../src/main/deskStretch';

const MINUTE = 60_000;
const START = Date.parse('2026-03-02T09:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A computer with a clock, a timer that fires on time unless the computer sleeps, and the system's idle time
 * worked out from when the person last touched the keyboard or mouse.
 */
function fakeComputer() {
  let time = START;
  let lastInputAt = START;
  const timers = new Map<number, { callback: () => void; ms: number; nextAt: number }>();
  let nextId = 1;
  const samples: number[] = [];
  return {
    now: () => time,
    getSystemIdleTime: () => {
      samples.push(time);
      return Math.floor((time - lastInputAt) / 1000);
    },
    setInterval: (callback: () => void, ms: number): number => {
      timers.set(nextId, { callback, ms, nextAt: time + ms });
      return nextId++;
    },
    clearInterval: (id: number) => {
      timers.delete(id);
    },
    timers,
    samples,
    /** The person types or moves the mouse now. */
    input: () => {
      lastInputAt = time;
    },
    /** Time passes while the person keeps working (input every 20 seconds), with the timers firing. */
    work: (ms: number, options: { isTyping?: boolean } = {}) => {
      const until = time + ms;
      while (time < until) {
        const nextTimerAt = Math.min(...[...timers.values()].map((timer) => timer.nextAt));
        const step = Math.min(20_000, until - time, nextTimerAt - time);
        time += step;
        if (options.isTyping !== false) lastInputAt = time;
        for (const timer of timers.values()) {
          while (timer.nextAt <= time) {
            timer.nextAt += timer.ms;
            timer.callback();
          }
        }
      }
    },
    /** The computer sleeps: no timer fires, and on waking the system reports the input that woke it. */
    sleep: (ms: number) => {
      time += ms;
      for (const timer of timers.values()) timer.nextAt = time + timer.ms;
      lastInputAt = time;
    },
  };
}

function track(computer: ReturnType<typeof fakeComputer>, intervalMs?: number) {
  return createDeskStretchTracker({
    getSystemIdleTime: computer.getSystemIdleTime,
    now: computer.now,
    setInterval: computer.setInterval,
    clearInterval: computer.clearInterval,
    intervalMs,
  });
}

describe('createDeskStretchTracker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts continuous use from the first key press it knows of', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    computer.work(50 * MINUTE);
    expect(tracker.startedAt()).toBe(iso(START));
  });

  it('dates the stretch from the last input when the app starts while the person is already typing', () => {
    const computer = fakeComputer();
    computer.work(30_000, { isTyping: false });
    const tracker = track(computer);
    expect(tracker.startedAt()).toBe(iso(START));
  });

  it('keeps the stretch through a pause shorter than a break', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    computer.work(20 * MINUTE);
    computer.work(4 * MINUTE, { isTyping: false });
    computer.work(20 * MINUTE);
    expect(tracker.startedAt()).toBe(iso(START));
  });

  it('starts a new stretch after a 6-minute break', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    computer.work(40 * MINUTE);
    computer.work(6 * MINUTE, { isTyping: false });
    expect(tracker.startedAt()).toBeNull();
    computer.input();
    const backAt = computer.now();
    expect(tracker.startedAt()).toBe(iso(backAt));
    computer.work(10 * MINUTE);
    expect(tracker.startedAt()).toBe(iso(backAt));
  });

  it('knows a return only from the input since the last sample: within a minute', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    computer.work(10 * MINUTE, { isTyping: false });
    computer.work(30_000, { isTyping: false });
    computer.input();
    const backAt = computer.now();
    computer.work(5 * MINUTE);
    // The next sample, half a minute later, sees only the latest input.
    expect(tracker.startedAt()).toBe(iso(backAt + 30_000));
  });

  it('sees a break that began after the last sample, because it samples again when asked', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    computer.work(30 * MINUTE);
    computer.work(59_000, { isTyping: false });
    expect(computer.samples.at(-1)).toBe(START + 30 * MINUTE);
    expect(tracker.startedAt()).toBe(iso(START));
    expect(computer.samples.at(-1)).toBe(START + 30 * MINUTE + 59_000);
  });

  it('starts a new stretch after the computer slept, even though the person is typing again', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    computer.work(45 * MINUTE);
    computer.sleep(2 * 60 * MINUTE);
    const wokeAt = computer.now();
    expect(tracker.startedAt()).toBe(iso(wokeAt));
    computer.work(5 * MINUTE);
    expect(tracker.startedAt()).toBe(iso(wokeAt));
  });

  it('samples every minute unless told otherwise', () => {
    const computer = fakeComputer();
    track(computer);
    expect([...computer.timers.values()].map((timer) => timer.ms)).toEqual([MINUTE]);
    const other = fakeComputer();
    track(other, 15_000);
    expect([...other.timers.values()].map((timer) => timer.ms)).toEqual([15_000]);
  });

  it('stops sampling on stop, once', () => {
    const computer = fakeComputer();
    const tracker = track(computer);
    tracker.stop();
    tracker.stop();
    expect(computer.timers.size).toBe(0);
    const sampled = computer.samples.length;
    computer.work(10 * MINUTE);
    expect(computer.samples).toHaveLength(sampled);
  });

  it('runs on the real timer functions', () => {
    vi.useFakeTimers({ now: START });
    let lastInputAt = START;
    const tracker = createDeskStretchTracker({
      getSystemIdleTime: () => (Date.now() - lastInputAt) / 1000,
      now: Date.now,
      setInterval,
      clearInterval,
    });
    vi.advanceTimersByTime(10 * MINUTE);
    expect(tracker.startedAt()).toBeNull();
    lastInputAt = Date.now();
    vi.advanceTimersByTime(MINUTE);
    expect(tracker.startedAt()).toBe(iso(START + 10 * MINUTE));
    tracker.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

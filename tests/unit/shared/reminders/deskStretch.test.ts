import { describe, expect, it } from 'vitest';
import {
  BREAK_IDLE_SECONDS,
  NO_DESK_STRETCH,
  advanceDeskStretch,
  type DeskStretch,
} from '../../../../src/shared/reminders/deskStretch';

const T = Date.parse('2026-11-18T14:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A stretch that began `startedMinutesAgo` before T (null: away), last sampled `sampledMinutesAgo` before T. */
function stretch(startedMinutesAgo: number | null, sampledMinutesAgo: number | null): DeskStretch {
  return {
    startedAt: startedMinutesAgo === null ? null : T - startedMinutesAgo * MINUTE,
    sampledAt: sampledMinutesAgo === null ? null : T - sampledMinutesAgo * MINUTE,
  };
}

describe('advanceDeskStretch', () => {
  it.each([
    // First sample.
    {
      case: 'first sample while in use: the stretch began at the last input',
      previous: NO_DESK_STRETCH,
      idleSeconds: 30,
      expected: { startedAt: T - 30 * SECOND, sampledAt: T },
    },
    {
      case: 'first sample while away: no stretch',
      previous: NO_DESK_STRETCH,
      idleSeconds: 600,
      expected: { startedAt: null, sampledAt: T },
    },
    // Steady use.
    {
      case: 'steady use keeps the start',
      previous: stretch(40, 1),
      idleSeconds: 10,
      expected: { startedAt: T - 40 * MINUTE, sampledAt: T },
    },
    {
      case: 'idle just short of a break keeps the start',
      previous: stretch(40, 1),
      idleSeconds: BREAK_IDLE_SECONDS - 1,
      expected: { startedAt: T - 40 * MINUTE, sampledAt: T },
    },
    {
      case: 'a sample 4 min 59 s after the last keeps the start',
      previous: { startedAt: T - 40 * MINUTE, sampledAt: T - BREAK_IDLE_SECONDS * SECOND + SECOND },
      idleSeconds: 5,
      expected: { startedAt: T - 40 * MINUTE, sampledAt: T },
    },
    // Breaks.
    {
      case: 'idle exactly a break ends the stretch',
      previous: stretch(40, 1),
      idleSeconds: BREAK_IDLE_SECONDS,
      expected: { startedAt: null, sampledAt: T },
    },
    {
      case: 'idle past a break ends the stretch',
      previous: stretch(40, 1),
      idleSeconds: 15 * 60,
      expected: { startedAt: null, sampledAt: T },
    },
    {
      case: 'still away after a break: no stretch',
      previous: stretch(null, 1),
      idleSeconds: 16 * 60,
      expected: { startedAt: null, sampledAt: T },
    },
    {
      case: 'resumed after a break: a new stretch from the first input',
      previous: stretch(null, 1),
      idleSeconds: 20,
      expected: { startedAt: T - 20 * SECOND, sampledAt: T },
    },
    // Gaps in sampling and odd clocks.
    {
      case: 'no sample for two hours (sleep): a new stretch, whatever idle says',
      previous: stretch(40, 120),
      idleSeconds: 5,
      expected: { startedAt: T - 5 * SECOND, sampledAt: T },
    },
    {
      case: 'no sample for exactly a break: a new stretch',
      previous: stretch(40, BREAK_IDLE_SECONDS / 60),
      idleSeconds: 5,
      expected: { startedAt: T - 5 * SECOND, sampledAt: T },
    },
    {
      case: 'clock gone backwards: a new stretch from now',
      previous: stretch(40, -10),
      idleSeconds: 5,
      expected: { startedAt: T - 5 * SECOND, sampledAt: T },
    },
    {
      case: 'NaN idle: counted as away',
      previous: stretch(40, 1),
      idleSeconds: Number.NaN,
      expected: { startedAt: null, sampledAt: T },
    },
    {
      case: 'infinite idle: counted as away',
      previous: stretch(40, 1),
      idleSeconds: Number.POSITIVE_INFINITY,
      expected: { startedAt: null, sampledAt: T },
    },
    {
      case: 'negative idle on the first sample: starts now, never in the future',
      previous: NO_DESK_STRETCH,
      idleSeconds: -30,
      expected: { startedAt: T, sampledAt: T },
    },
  ])('$case', ({ previous, idleSeconds, expected }) => {
    expect(advanceDeskStretch(previous, { now: T, idleSeconds })).toEqual(expected);
  });

  it.each([
    { idleSeconds: 59, expected: T - 40 * MINUTE },
    { idleSeconds: 60, expected: null },
  ])('uses a shorter break when given one: $idleSeconds s idle against a 60 s break', (row) => {
    const next = advanceDeskStretch(stretch(40, 0.5), { now: T, idleSeconds: row.idleSeconds }, 60);
    expect(next.startedAt).toBe(row.expected);
  });

  it('follows a morning sampled every minute: work, a coffee break, work again', () => {
    // Idle seconds at each minute from T: busy for 4 minutes, away for 7, back for 3.
    const idle = [3, 10, 1, 40, 100, 160, 220, 280, 340, 400, 460, 8, 2, 30];
    const starts = idle.reduce<{ state: DeskStretch; starts: (number | null)[] }>(
      ({ state, starts: sofar }, idleSeconds, minute) => {
        const next = advanceDeskStretch(state, { now: T + minute * MINUTE, idleSeconds });
        return { state: next, starts: [...sofar, next.startedAt] };
      },
      { state: NO_DESK_STRETCH, starts: [] },
    ).starts;
    const first = T - 3 * SECOND;
    const second = T + 11 * MINUTE - 8 * SECOND;
    expect(starts).toEqual([
      ...Array.from({ length: 8 }, () => first),
      null,
      null,
      null,
      second,
      second,
      second,
    ]);
  });
});

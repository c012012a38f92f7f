import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  contextPoints,
  correlationSummary,
  MIN_CORRELATION_POINTS,
  type ContextPoint,
} from '../../../../src/shared/trends';
import { AUCKLAND, checkIn, deleted, episode, LONDON } from './helpers';

const RANGE = { from: '2026-11-01', to: '2026-11-10' };

describe('contextPoints', () => {
  const episodes = [
    episode('2026-11-02T08:00:00.000Z', 6),
    episode('2026-11-02T20:00:00.000Z', 2),
    episode('2026-11-05T12:00:00.000Z', 9),
    deleted('2026-11-04T12:00:00.000Z', 7),
  ];
  const checkIns = [
    checkIn('2026-11-05', { sleepHours: 7.5, overallPain: 2 }),
    checkIn('2026-11-04', { sleepHours: 5 }), // no pain that day (the episode was deleted)
    checkIn('2026-11-03', { overallPain: 5 }), // no sleep recorded
    checkIn('2026-11-02', { sleepHours: 8, deskHours: 9 }),
    checkIn('2026-11-01', { sleepHours: 6, stress: 7, overallPain: 4 }),
    checkIn('2026-10-31', { sleepHours: 7, overallPain: 3 }), // before the range
  ];

  it('pairs the value with the day’s average pain, in day order, only where both exist', () => {
    expect(contextPoints(episodes, checkIns, RANGE, LONDON, 'sleepHours')).toEqual([
      { day: '2026-11-01', value: 6, pain: 4 },
      { day: '2026-11-02', value: 8, pain: 4 }, // no check-in pain: the episodes' mean, (6 + 2) / 2
      { day: '2026-11-05', value: 7.5, pain: 2 }, // the check-in's own pain, not the episode's 9
    ]);
  });

  it('reads the field asked for', () => {
    expect(contextPoints(episodes, checkIns, RANGE, LONDON, 'stress')).toEqual([
      { day: '2026-11-01', value: 7, pain: 4 },
    ]);
    expect(contextPoints(episodes, checkIns, RANGE, LONDON, 'deskHours')).toEqual([
      { day: '2026-11-02', value: 9, pain: 4 },
    ]);
    expect(contextPoints([], [], RANGE, LONDON, 'sleepHours')).toEqual([]);
  });

  it('matches an episode to the check-in of its local day', () => {
    // 10:30 UTC on 4 April is 23:30 NZDT that day; 11:30 UTC on 5 April is 23:30 NZST (clocks went back).
    const nz = contextPoints(
      [episode('2026-04-04T10:30:00.000Z', 3), episode('2026-04-05T11:30:00.000Z', 8)],
      [checkIn('2026-04-04', { sleepHours: 6 }), checkIn('2026-04-05', { sleepHours: 9 })],
      { from: '2026-04-01', to: '2026-04-07' },
      AUCKLAND,
      'sleepHours',
    );
    expect(nz).toEqual([
      { day: '2026-04-04', value: 6, pain: 3 },
      { day: '2026-04-05', value: 9, pain: 8 },
    ]);
  });
});

/** Points with these values and pains, one a day from 1 November. */
function pointsOf(values: readonly number[], pains: readonly number[]): ContextPoint[] {
  return values.map((value, i) => ({
    day: `2026-11-${String(i + 1).padStart(2, '0')}`,
    value,
    pain: pains[i] ?? 0,
  }));
}

const RANKS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([5, 6, 6, 7, 8, 8, 8, 9])).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('correlationSummary', () => {
  it('is null below 8 points', () => {
    expect(MIN_CORRELATION_POINTS).toBe(8);
    expect(correlationSummary(pointsOf(RANKS.slice(0, 7), RANKS.slice(0, 7)))).toBeNull();
    expect(correlationSummary([])).toBeNull();
  });

  it('is 1 or -1 for a perfectly ordered relation, whatever its shape', () => {
    expect(
      correlationSummary(
        pointsOf(
          RANKS,
          RANKS.map((r) => r * r),
        ),
      ),
    ).toEqual({ rho: 1, n: 8, strength: 'strong' });
    expect(correlationSummary(pointsOf(RANKS, [...RANKS].reverse()))).toEqual({
      rho: -1,
      n: 8,
      strength: 'strong',
    });
  });

  it('matches 1 - 6Σd² / (n(n² - 1)) without ties', () => {
    // Pains swap neighbours: every d is ±1, Σd² = 8, so rho = 1 - 48/504 = 19/21.
    const summary = correlationSummary(pointsOf(RANKS, [2, 1, 4, 3, 6, 5, 8, 7]));
    expect(summary?.rho).toBeCloseTo(19 / 21, 9);
    expect(summary?.strength).toBe('strong');
  });

  it('uses average ranks for ties (hand-checked)', () => {
    // Value ranks 1, 2.5, 2.5, 4, 6, 6, 6, 8; pain ranks 7, 5.5, 8, 4, 2.5, 2.5, 5.5, 1 (both mean 4.5).
    // Σ dx·dy = -34.25, Σ dx² = 39.5, Σ dy² = 41: rho = -34.25 / √(39.5 × 41) = -0.85108.
    const summary = correlationSummary(pointsOf([5, 6, 6, 7, 8, 8, 8, 9], [6, 5, 7, 4, 3, 3, 5, 2]));
    expect(summary?.rho).toBeCloseTo(-0.851079441, 8);
    expect(summary?.n).toBe(8);
  });

  it('grades the strength at 0.1, 0.3 and 0.5', () => {
    const grade = (pains: number[]) => correlationSummary(pointsOf(RANKS, pains));
    // Σd² = 84: rho = 1 - 84/84 = 0.
    expect(grade([6, 2, 7, 5, 4, 1, 3, 8])).toEqual({ rho: 0, n: 8, strength: 'none' });
    // Σd² = 60: rho = 24/84 = 0.286.
    expect(grade([6, 4, 3, 2, 5, 1, 8, 7])?.strength).toBe('weak');
    // Σd² = 50: rho = 34/84 = 0.405.
    expect(grade([5, 2, 6, 4, 1, 3, 7, 8])?.strength).toBe('moderate');
    // Σd² = 42: rho = 0.5 exactly.
    expect(grade([5, 4, 3, 2, 1, 6, 8, 7])).toEqual({ rho: 0.5, n: 8, strength: 'strong' });
  });

  it('is null when the values or the pains never vary', () => {
    expect(correlationSummary(pointsOf([7, 7, 7, 7, 7, 7, 7, 7], RANKS))).toBeNull();
    expect(correlationSummary(pointsOf(RANKS, [3, 3, 3, 3, 3, 3, 3, 3]))).toBeNull();
  });
});

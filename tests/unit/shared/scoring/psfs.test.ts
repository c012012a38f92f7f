import { describe, expect, it } from 'vitest';
import {
  earliestMeasure,
  latestMeasure,
  psfsBaseline,
  psfsChange,
  psfsScore,
} from '../../../../src/shared/scoring';
import { peg3, psfs } from './helpers';

describe('psfsScore', () => {
  it('is the mean of the ratings', () => {
    // (2 + 3 + 4) / 3 = 3
    expect(psfsScore(psfs('2026-11-01', { lifting: 2, driving: 3, sleeping: 4 }))).toBe(3);
    // (7 + 8) / 2 = 7.5
    expect(psfsScore(psfs('2026-11-01', { lifting: 7, driving: 8 }))).toBe(7.5);
    // (1 + 2 + 2 + 2 + 2) / 5 = 1.8
    expect(psfsScore(psfs('2026-11-01', { a: 1, b: 2, c: 2, d: 2, e: 2 }))).toBe(1.8);
  });

  it('refuses a measure with no ratings rather than inventing a score', () => {
    expect(() => psfsScore(psfs('2026-11-01', {}))).toThrow(RangeError);
  });
});

describe('psfsChange', () => {
  it('works the example: 2,3,4 (mean 3) then 5,6,4 (mean 5) is +2', () => {
    const baseline = psfs('2026-11-01', { lifting: 2, driving: 3, sleeping: 4 });
    const latest = psfs('2026-11-29', { lifting: 5, driving: 6, sleeping: 4 });
    expect(psfsChange(baseline, latest)).toEqual({
      baselineScore: 3,
      latestScore: 5, // (5 + 6 + 4) / 3
      change: 2,
      activities: [
        { activityId: 'lifting', baseline: 2, latest: 5, change: 3 },
        { activityId: 'driving', baseline: 3, latest: 6, change: 3 },
        { activityId: 'sleeping', baseline: 4, latest: 4, change: 0 },
      ],
    });
  });

  it('gives a worsening as a negative change', () => {
    // 6,6,6 (mean 6) then 3,4,5 (mean 4): -2; lifting 6 -> 3 is -3.
    const result = psfsChange(
      psfs('2026-11-01', { lifting: 6, driving: 6, sleeping: 6 }),
      psfs('2026-11-29', { lifting: 3, driving: 4, sleeping: 5 }),
    );
    expect(result.change).toBe(-2);
    expect(result.activities[0]).toEqual({ activityId: 'lifting', baseline: 6, latest: 3, change: -3 });
  });

  it('gives exactly 2 when the means are thirds', () => {
    // 3,3,4 (10/3) then 5,5,6 (16/3): 16/3 - 10/3 = 2, which floating point alone gives as 1.9999999999999996.
    const result = psfsChange(
      psfs('2026-11-01', { a: 3, b: 3, c: 4 }),
      psfs('2026-11-29', { a: 5, b: 5, c: 6 }),
    );
    expect(result.change).toBe(2);
  });

  it('compares only activities rated in both, while each score uses all its own ratings', () => {
    // Baseline: lifting 2, driving 4, sleeping 6 (mean 4). Latest: lifting 5, driving 4, cycling 9 (mean 6).
    const result = psfsChange(
      psfs('2026-11-01', { lifting: 2, driving: 4, sleeping: 6 }),
      psfs('2026-11-29', { cycling: 9, driving: 4, lifting: 5 }),
    );
    expect(result.baselineScore).toBe(4);
    expect(result.latestScore).toBe(6);
    expect(result.change).toBe(2);
    // In the baseline's order; sleeping (retired) and cycling (new) are left out.
    expect(result.activities.map((a) => a.activityId)).toEqual(['lifting', 'driving']);
  });
});

describe('baseline and latest measure', () => {
  const lateOnFirstDay = psfs('2026-11-01', { a: 3 }, '2026-11-01T20:00:00.000Z');
  const earlyOnFirstDay = psfs('2026-11-01', { a: 2 }, '2026-11-01T08:00:00.000Z');
  // Entered afterwards for an earlier day: the day it is about counts, not when it was typed.
  const backdated = psfs('2026-10-31', { a: 1 }, '2026-11-02T09:00:00.000Z');
  const week2 = psfs('2026-11-08', { a: 4 });
  const week3Morning = psfs('2026-11-15', { a: 5 }, '2026-11-15T07:00:00.000Z');
  const week3Evening = psfs('2026-11-15', { a: 6 }, '2026-11-15T21:00:00.000Z');

  it('takes the earliest by day, then by the time it was taken', () => {
    expect(psfsBaseline([week2, lateOnFirstDay, earlyOnFirstDay])).toBe(earlyOnFirstDay);
    expect(psfsBaseline([week2, lateOnFirstDay, backdated, earlyOnFirstDay])).toBe(backdated);
  });

  it('takes the latest by day, then by the time it was taken', () => {
    expect(latestMeasure([week3Evening, week2, week3Morning, earlyOnFirstDay])).toBe(week3Evening);
    expect(latestMeasure([week2, backdated])).toBe(week2);
  });

  it('gives null for no measures', () => {
    expect(psfsBaseline([])).toBeNull();
    expect(latestMeasure([])).toBeNull();
    expect(earliestMeasure([])).toBeNull();
  });

  it('works for PEG-3 measures too', () => {
    const first = peg3('2026-11-01', 7, 6, 8);
    const second = peg3('2026-11-08', 4, 5, 3);
    expect(earliestMeasure([second, first])).toBe(first);
    expect(latestMeasure([first, second])).toBe(second);
  });
});

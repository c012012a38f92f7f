import { describe, expect, it } from 'vitest';
import { peg3Change, peg3Score } from '../../../../src/shared/scoring';
import { peg3 } from './helpers';

describe('peg3Score', () => {
  it('is the mean of pain, enjoyment and activity', () => {
    // (7 + 6 + 8) / 3 = 7
    expect(peg3Score(peg3('2026-11-01', 7, 6, 8))).toBe(7);
    // (5 + 6 + 6) / 3 = 5.666…
    expect(peg3Score(peg3('2026-11-01', 5, 6, 6))).toBeCloseTo(17 / 3, 9);
    expect(peg3Score(peg3('2026-11-01', 0, 0, 0))).toBe(0);
    expect(peg3Score(peg3('2026-11-01', 10, 10, 10))).toBe(10);
  });
});

describe('peg3Change', () => {
  it('works the example: 7,6,8 (score 7) then 4,5,3 (score 4) is -3, or -42.9%', () => {
    const result = peg3Change(peg3('2026-11-01', 7, 6, 8), peg3('2026-11-29', 4, 5, 3));
    expect(result.baselineScore).toBe(7);
    expect(result.latestScore).toBe(4);
    expect(result.change).toBe(-3);
    // -3 / 7 * 100 = -42.857142857…
    expect(result.percentChange).toBeCloseTo(-42.857142857, 6);
  });

  it('reports a worsening as a positive change', () => {
    // 2,2,2 (2) then 3,3,3 (3): +1, +50%.
    expect(peg3Change(peg3('2026-11-01', 2, 2, 2), peg3('2026-11-08', 3, 3, 3))).toEqual({
      baselineScore: 2,
      latestScore: 3,
      change: 1,
      percentChange: 50,
    });
  });

  it('has no percentage when the baseline is 0', () => {
    expect(peg3Change(peg3('2026-11-01', 0, 0, 0), peg3('2026-11-08', 3, 0, 0))).toEqual({
      baselineScore: 0,
      latestScore: 1,
      change: 1,
      percentChange: null,
    });
  });
});

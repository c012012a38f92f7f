import { describe, expect, it } from 'vitest';
import { MIN_DAYS_EACH } from '../../../src/shared/analysis/factors';
import { DAYS_PER_FACTOR, factorsTestable, ownFactorsGuidance } from '../../../src/shared/ownFactorsGuidance';

describe('own factors guidance', () => {
  it('allows one factor per ten check-in days, rounding down', () => {
    expect(DAYS_PER_FACTOR).toBe(10);
    expect([0, 9, 10, 19, 20, 95].map(factorsTestable)).toEqual([0, 0, 1, 1, 2, 9]);
  });

  it('says what a factor needs, with the analysis’s own threshold', () => {
    expect(MIN_DAYS_EACH).toBe(8);
    expect(ownFactorsGuidance(0, 3).needs).toMatch(/at least 8 check-in days with it and 8 without/);
    expect(ownFactorsGuidance(0, 3).needs).toMatch(/top third/);
  });

  it('says how many can be tested against how many are tracked', () => {
    expect(ownFactorsGuidance(47, 3, 9).capacity).toBe(
      'With 47 check-in days so far, about 4 factors can be tested together honestly; you track 12 (built-in and your own).',
    );
    expect(ownFactorsGuidance(47, 3).capacity).toMatch(
      /you track 3 of your own, besides the built-in ones\.$/,
    );
    expect(ownFactorsGuidance(1, 9).capacity).toMatch(/^With 1 check-in day so far, about 0 factors/);
    expect(ownFactorsGuidance(12, 9).capacity).toMatch(/about 1 factor can/);
  });
});

import { describe, expect, it } from 'vitest';
import type { RemedyRelief } from '../../../../src/shared/analysis/remedies';
import { orderSelfCare } from '../../../../src/shared/analysis/selfCare';

function relief(remedy: RemedyRelief['remedy'], ciLow: number | null): RemedyRelief {
  return {
    remedy,
    uses: 6,
    logged: 6,
    moreUsesNeeded: 0,
    median: 2,
    mean: 2,
    ciLow,
    ciHigh: 3,
    meaningfulShare: 0.5,
    p: 0.03,
  };
}

describe('orderSelfCare', () => {
  it('puts what has helped this person most reliably first, then the rest in the documents’ order', () => {
    const ordered = orderSelfCare(
      ['deep-breathing', 'meditation', 'yoga-tai-chi', 'heat', 'massage'],
      [relief('heat', 1.8), relief('meditation', 0.4), relief('massage', null)],
    );
    expect(ordered.map((item) => item.remedy)).toEqual([
      'heat',
      'meditation',
      'deep-breathing',
      'yoga-tai-chi',
      'massage',
    ]);
    expect(ordered[0]?.relief?.ciLow).toBe(1.8);
    expect(ordered[2]?.relief).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { RemedyRelief } from '../../../../src/shared/analysis/remedies';
import { orderSelfCare } from '../../../../src/shared/analysis/selfCare';
import { selfCareLeadIn, selfCareRelief } from '../../../../src/shared/analysis/wording';

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

describe('the source-documents panel says relief the remedy list’s honest way', () => {
  it('calls it relief recorded after using, with the same window, never "helped"', () => {
    const relief = {
      remedy: 'heat',
      uses: 6,
      mean: 2.5,
      median: 2,
      ciLow: 1.2,
      ciHigh: 3.8,
      meaningfulShare: 0.5,
      wilcoxonP: 0.03,
      moreUsesNeeded: 0,
    } as unknown as RemedyRelief;
    expect(selfCareRelief(relief)).toBe(
      '(for you: pain was about 2.5 points lower 30 to 180 minutes after using it, 6 rated uses)',
    );
    expect(selfCareRelief({ ...relief, mean: null })).toBeNull();
    expect(selfCareLeadIn(true)).toBe(
      'What the documents suggest, those with the most relief you recorded after using them first:',
    );
    expect(`${selfCareLeadIn(true)} ${selfCareLeadIn(false)}`).not.toMatch(/helped/);
  });
});

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
    ratedAnyTime: 6,
    leftOut: [],
    beyond: null,
    tangledWith: [],
    followUpsNeeded: 4,
  };
}

function compared(remedy: RemedyRelief['remedy'], ciLow: number): RemedyRelief {
  return {
    ...relief(remedy, 2.5),
    beyond: { estimate: ciLow + 1, ciLow, ciHigh: ciLow + 2, uses: 6, followUps: 12 },
    followUpsNeeded: 0,
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

  it('orders by the low end of the relief beyond natural easing once that can be said', () => {
    // Heat's plain relief is reliably larger (2.5), but meditation adds more beyond easing by itself.
    const ordered = orderSelfCare(
      ['heat', 'meditation', 'massage'],
      [compared('heat', 0.2), compared('meditation', 0.9), relief('massage', null)],
    );
    expect(ordered.map((item) => item.remedy)).toEqual(['meditation', 'heat', 'massage']);
  });
});

describe('the source-documents panel says relief the remedy list’s honest way', () => {
  it('calls it relief recorded after using, with the same window, never "helped"', () => {
    const plain = { ...relief('heat', 1.2), mean: 2.5 };
    expect(selfCareRelief(plain)).toBe(
      '(for you: pain was about 2.5 points lower afterwards, 6 rated uses, before allowing for pain easing by itself)',
    );
    expect(selfCareRelief({ ...plain, mean: null })).toBeNull();
    expect(selfCareLeadIn(true)).toBe(
      'What the documents suggest, those with the most relief you recorded after using them first:',
    );
    expect(`${selfCareLeadIn(true)} ${selfCareLeadIn(false)}`).not.toMatch(/helped/);
  });

  it('says the comparison with trying nothing once there is one, as the remedy list does', () => {
    expect(selfCareRelief(compared('heat', 0.6))).toBe(
      '(for you: about 1.6 points more relief than when you tried nothing, 6 rated uses)',
    );
    expect(selfCareRelief({ ...relief('heat', 1), tangledWith: ['massage'] })).toBe(
      '(for you: used with Massage too often to tell apart)',
    );
    expect(selfCareLeadIn(true, true)).toBe(
      'What the documents suggest, those that gave you the most relief beyond pain easing by itself first:',
    );
  });
});

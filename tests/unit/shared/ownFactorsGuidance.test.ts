import { describe, expect, it } from 'vitest';
import { analyzeJournalFactors, journalFactorFamily, type AnalyzeInput } from '../../../src/shared/analysis';
import { MIN_DAYS_EACH } from '../../../src/shared/analysis/factors';
import { capacitySentence } from '../../../src/shared/analysis/wording';
import { addCalendarDays } from '../../../src/shared/dates';
import type { OwnFactor } from '../../../src/shared/ownFactors';
import { ownFactorsGuidance } from '../../../src/shared/ownFactorsGuidance';
import { checkIn } from '../../fixtures/builders';

const made = '2026-01-01T09:00:00.000Z';
const phone: OwnFactor = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Hours on the phone',
  kind: 'number',
  unit: 'hours',
  createdAt: made,
  updatedAt: made,
  archivedAt: null,
};
const backpack: OwnFactor = {
  ...phone,
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Carried a backpack',
  kind: 'yes-no',
  unit: null,
  createdAt: '2026-01-01T09:01:00.000Z',
  archivedAt: '2026-02-01T09:00:00.000Z',
};

/** `days` check-ins up to 20 November with pain, stress, sleep and workouts recorded, and both factors. */
function journal(days: number): AnalyzeInput {
  return {
    episodes: [],
    timeZone: 'Europe/London',
    today: '2026-11-21',
    ownFactors: [phone, backpack],
    checkIns: Array.from({ length: days }, (_, i) =>
      checkIn(addCalendarDays('2026-11-20', -i), {
        overallPain: i % 7,
        stress: i % 5,
        sleepHours: 5 + (i % 4),
        workout: i % 3 === 0 ? 'rowing' : 'none',
        ownValues: { [phone.id]: i % 6, [backpack.id]: i % 2 },
      }),
    ),
  };
}

describe('what Settings says about testing factors of your own', () => {
  it('says what a factor needs, with the analysis’s own thresholds', () => {
    const { needs } = ownFactorsGuidance(journalFactorFamily(journal(0)));
    expect(MIN_DAYS_EACH).toBe(8);
    expect(needs).toMatch(/at least 8 check-in days with it and 8 without/);
    expect(needs).toMatch(/top third/);
    expect(needs).toMatch(/about 10 check-in days\.$/);
  });

  it('tells the capacity in Insights’ own sentence, counting the built-in factors and your own', () => {
    const input = journal(47);
    const insights = analyzeJournalFactors(input).factors;
    const family = journalFactorFamily(input);
    expect(family.capacity).toEqual(insights.capacity);
    // Workouts the same day and the day after, stress, poor sleep and low water: the journal's own five;
    // the archived backpack stays tested.
    expect(family).toMatchObject({ builtIn: 5, own: 2, ownArchived: 1 });
    expect(insights.factors).toHaveLength(7);
    expect(ownFactorsGuidance(family).capacity).toBe(
      `${capacitySentence(insights.capacity)} That is 5 built in and 2 of your own, 1 of them archived (what you recorded for it still counts).`,
    );
    expect(ownFactorsGuidance(family).capacity).toMatch(
      /^Your 47 days of check-ins can test about 4 factors together honestly .* 7 are being tested/,
    );
  });

  it('before any check-in, says nothing can be tested yet and how many are yours', () => {
    const family = journalFactorFamily({ ...journal(0), ownFactors: [phone] });
    expect(ownFactorsGuidance(family).capacity).toBe(
      'No check-ins to compare yet, so nothing can be tested so far. You track 1 of your own.',
    );
  });
});

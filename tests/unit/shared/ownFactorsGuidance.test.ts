import { describe, expect, it } from 'vitest';
import { analyzeJournalFactors, journalFactorCapacity } from '../../../src/shared/analysis';
import { testCapacity } from '../../../src/shared/analysis/capacity';
import { MIN_DAYS_EACH } from '../../../src/shared/analysis/factors';
import { capacitySentence } from '../../../src/shared/analysis/wording';
import type { CheckIn } from '../../../src/shared/checkIns';
import { addCalendarDays } from '../../../src/shared/dates';
import type { OwnFactor } from '../../../src/shared/ownFactors';
import { ownFactorsGuidance } from '../../../src/shared/ownFactorsGuidance';
import { checkIn } from '../../fixtures/builders';

function ownFactor(id: string, name: string, archivedAt: string | null = null): OwnFactor {
  const at = '2026-01-01T09:00:00.000Z';
  return { id, name, kind: 'yes-no', unit: null, createdAt: at, updatedAt: at, archivedAt };
}

const PHONE = ownFactor('33333333-3333-4333-8333-333333333333', 'Long phone calls');
const BAG = ownFactor('11111111-1111-4111-8111-111111111111', 'Carried a bag', '2026-02-01T09:00:00.000Z');

/** 47 check-ins, 40 of them with an overall rating (so Insights compares the rated days only). */
function checkIns(): CheckIn[] {
  return Array.from({ length: 47 }, (_, i) =>
    checkIn(addCalendarDays('2026-01-01', i), {
      overallPain: i < 40 ? i % 7 : null,
      stress: i % 5,
      sleepHours: 5 + (i % 4),
      ownValues: { [PHONE.id]: i % 2, [BAG.id]: i % 3 === 0 ? 1 : 0 },
    }),
  );
}

describe('own factors guidance', () => {
  it('says what a factor needs, with the analysis’s own threshold', () => {
    expect(MIN_DAYS_EACH).toBe(8);
    const guidance = ownFactorsGuidance({ capacity: testCapacity(0, 9), builtIn: 9, own: 0 });
    expect(guidance.needs).toMatch(/at least 8 check-in days with it and 8 without/);
    expect(guidance.needs).toMatch(/top third/);
  });

  it('counts what Insights counts: the same days, the same factors, archived ones too', () => {
    const input = {
      episodes: [],
      checkIns: checkIns(),
      ownFactors: [PHONE, BAG],
      timeZone: 'UTC',
      today: '2026-03-01',
    };
    const tested = journalFactorCapacity(input);
    const insights = analyzeJournalFactors(input).factors;
    expect(tested.capacity).toEqual(insights.capacity);
    expect(tested.own).toBe(2);
    expect(tested.builtIn + tested.own).toBe(insights.factors.length);
    expect(tested.capacity.daysAnalysed).toBe(40);

    const { capacity } = ownFactorsGuidance(tested, 1);
    expect(capacity).toBe(
      `${capacitySentence(insights.capacity)} You track 2 of your own (1 of them archived: archived factors stay tested) besides the ${tested.builtIn} built in.`,
    );
    expect(capacity).toMatch(/^Your 40 days of check-ins can test about 4 factors together honestly/);
  });

  it('before any check-in, says there is nothing to test with yet', () => {
    expect(ownFactorsGuidance({ capacity: testCapacity(0, 6), builtIn: 4, own: 2 }).capacity).toBe(
      'No check-in days yet to test these 6 factors with. You track 2 of your own besides the 4 built in.',
    );
  });
});

/**
 * Factors of the person's own, mood and energy in the analysis: tested with the same method and in the same
 * family as the built-in factors, blanks unknown, archived ones kept in the family, and honest about how
 * many factors the records can carry.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJournalFactors } from '../../../../src/shared/analysis';
import { DAYS_PER_FACTOR, testCapacity } from '../../../../src/shared/analysis/capacity';
import { buildDailyTable } from '../../../../src/shared/analysis/dailyTable';
import { defineFactors } from '../../../../src/shared/analysis/factors';
import {
  capacitySentence,
  factorOrigin,
  factorSentence,
  tierLabel,
} from '../../../../src/shared/analysis/wording';
import type { CheckIn } from '../../../../src/shared/checkIns';
import { addCalendarDays } from '../../../../src/shared/dates';
import type { OwnFactor } from '../../../../src/shared/ownFactors';
import { checkIn } from '../../../fixtures/builders';
import { createRandom } from '../../../fixtures/syntheticJournal';

const BACKPACK = '11111111-1111-4111-8111-111111111111';
const COFFEE = '22222222-2222-4222-8222-222222222222';
const PHONE = '33333333-3333-4333-8333-333333333333';

function ownFactor(
  id: string,
  name: string,
  kind: OwnFactor['kind'],
  patch: Partial<OwnFactor> = {},
): OwnFactor {
  return {
    id,
    name,
    kind,
    unit: kind === 'number' ? 'cups' : null,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    archivedAt: null,
    ...patch,
  };
}

const FACTORS = [
  ownFactor(BACKPACK, 'Carried a backpack', 'yes-no'),
  ownFactor(COFFEE, 'Cups of coffee', 'number', { createdAt: '2026-01-02T09:00:00.000Z' }),
];

/**
 * A year of check-ins with stress, sleep, mood, energy and two own factors (a fifth of each left blank).
 * Pain rises by `backpackEffect` on backpack days; coffee, mood and energy have no effect.
 */
function journal(seed: number, backpackEffect: number): CheckIn[] {
  const random = createRandom(seed);
  const checkIns: CheckIn[] = [];
  for (let index = 0; index < 365; index += 1) {
    const backpack = random() < 0.4 ? 1 : 0;
    const coffee = Math.floor(random() * 5);
    const stress = Math.floor(random() * 11);
    const pain = Math.max(0, Math.min(10, Math.round(3 + backpackEffect * backpack + (random() - 0.5) * 3)));
    const ownValues: Record<string, number> = {};
    if (random() > 0.2) ownValues[BACKPACK] = backpack;
    if (random() > 0.2) ownValues[COFFEE] = coffee;
    checkIns.push(
      checkIn(addCalendarDays('2026-01-01', index), {
        overallPain: pain,
        stress,
        sleepHours: 5 + Math.floor(random() * 4),
        mood: random() > 0.2 ? Math.floor(random() * 11) : null,
        energy: random() > 0.2 ? Math.floor(random() * 11) : null,
        ownValues,
      }),
    );
  }
  return checkIns;
}

/** The value, failing the test when it is missing. */
function found<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

function analyse(checkIns: CheckIn[], ownFactors: readonly OwnFactor[]) {
  return analyzeJournalFactors({ episodes: [], checkIns, timeZone: 'UTC', today: '2027-01-01', ownFactors })
    .factors;
}

describe('own factors, mood and energy in the analysis', () => {
  it('finds a planted own factor, and leaves the no-effect ones unflagged', () => {
    const analysis = analyse(journal(7, 2), FACTORS);
    const backpack = analysis.factors.find((f) => f.own?.factorId === BACKPACK);
    expect(backpack?.tier).toBe('likely');
    expect(backpack?.direction).toBe('higher');
    expect(backpack?.estimate?.estimate).toBeGreaterThan(1.5);
    expect(tierLabel(found(backpack))).toBe('Likely contributing factor');
    expect(factorSentence(found(backpack))).toMatch(
      /^Days you had “Carried a backpack” went with more pain: /,
    );
    for (const id of ['mood-low', 'energy-low', `own-${COFFEE}`]) {
      const factor = analysis.factors.find((f) => f.id === id);
      expect(factor, id).toBeDefined();
      expect(['likely', 'possible'], id).not.toContain(factor?.tier);
    }
  });

  it('does not flag an own factor with no effect', () => {
    const analysis = analyse(journal(7, 0), FACTORS);
    const backpack = analysis.factors.find((f) => f.own?.factorId === BACKPACK);
    expect(backpack?.estimate).not.toBeNull();
    expect(['likely', 'possible']).not.toContain(backpack?.tier);
  });

  it('tests own factors, mood and energy in the same family as the built-ins', () => {
    const analysis = analyse(journal(7, 2), FACTORS);
    const builtIn = analyse(journal(7, 2), []).factors.filter((f) => f.kind !== 'own').length;
    // Two own factors join the family: every factor reports the same, larger count.
    expect(analysis.factors.length).toBe(builtIn + 2);
    for (const factor of analysis.factors) expect(factor.comparisons).toBe(builtIn + 2);
    expect(analysis.factors.map((f) => f.id)).toEqual(
      expect.arrayContaining(['mood-low', 'energy-low', `own-${BACKPACK}`, `own-${COFFEE}`]),
    );
    // The others are allowed for in the planted one's estimate, own factors by their names.
    const backpack = analysis.factors.find((f) => f.own?.factorId === BACKPACK);
    expect(backpack?.allowedFor).toEqual(
      expect.arrayContaining(['mood', 'energy', '“Cups of coffee”', 'stress']),
    );
  });

  it('keeps an archived factor in the family and the fit, marked so screens can hide it', () => {
    const archived = [found(FACTORS[0]), { ...found(FACTORS[1]), archivedAt: '2026-06-01T09:00:00.000Z' }];
    const live = analyse(journal(7, 2), FACTORS);
    const withArchived = analyse(journal(7, 2), archived);
    expect(withArchived.factors.map((f) => f.comparisons)).toEqual(live.factors.map((f) => f.comparisons));
    const coffee = withArchived.factors.find((f) => f.own?.factorId === COFFEE);
    expect(coffee?.own?.archived).toBe(true);
    expect(coffee?.estimate).toEqual(live.factors.find((f) => f.own?.factorId === COFFEE)?.estimate);
    expect(withArchived.factors.find((f) => f.own?.factorId === BACKPACK)?.q).toBe(
      live.factors.find((f) => f.own?.factorId === BACKPACK)?.q,
    );
  });

  it('joins the family when created, even before anything is recorded, as "not enough data"', () => {
    const fresh = ownFactor(PHONE, 'Hours on the phone', 'number', { createdAt: '2026-12-30T09:00:00.000Z' });
    const analysis = analyse(journal(7, 2), [...FACTORS, fresh]);
    const phone = analysis.factors.find((f) => f.own?.factorId === PHONE);
    expect(phone?.tier).toBe('not-enough-data');
    expect(phone?.moreDaysNeeded).toEqual({ exposed: 8, unexposed: 8 });
    expect(factorSentence(found(phone))).toContain('8 days more with it');
    expect(phone?.comparisons).toBe(analysis.factors.length);
  });

  it('reads a blank as unknown, never as 0 or "no"', () => {
    const days = [
      checkIn('2026-01-01', { mood: 0, energy: null, ownValues: { [BACKPACK]: 0, [COFFEE]: 0 } }),
      checkIn('2026-01-02', { mood: 9, energy: 5, ownValues: { [BACKPACK]: 1 } }),
      checkIn('2026-01-03', { mood: null, energy: 8, ownValues: {} }),
      checkIn('2026-01-04', { mood: 5, energy: 2, ownValues: { [COFFEE]: 4 } }),
    ];
    const rows = buildDailyTable({
      episodes: [],
      checkIns: days,
      timeZone: 'UTC',
      today: '2026-02-01',
      ownFactors: FACTORS,
    });
    const byId = new Map(defineFactors(rows, FACTORS).map((f) => [f.id, f.exposure]));
    expect(byId.get(`own-${BACKPACK}`)).toEqual([0, 1, null, null]);
    expect(byId.get(`own-${COFFEE}`)).toEqual([0, null, null, 1]);
    // Low mood is the bottom third: the 0 counts as low, the blank as unknown.
    expect(byId.get('mood-low')).toEqual([1, 0, null, 0]);
    expect(byId.get('energy-low')).toEqual([null, 0, 0, 1]);
  });

  it('says plainly that an own factor is one the person tracks, and that the guidance it draws on doesn’t mention mood', () => {
    const analysis = analyse(journal(7, 2), FACTORS);
    const backpack = found(analysis.factors.find((f) => f.own?.factorId === BACKPACK));
    expect(factorOrigin(backpack)).toBe(
      '“Carried a backpack” is a factor you chose to track. It is tested the same way as the others; the back-pain guidance this journal draws on doesn’t mention it.',
    );
    expect(factorOrigin(found(analysis.factors.find((f) => f.id === 'mood-low')))).toMatch(
      /The back-pain guidance this journal draws on doesn’t say how it goes with upper back pain/,
    );
    expect(factorOrigin(found(analysis.factors.find((f) => f.kind === 'stress')))).toBeNull();
    for (const factor of analysis.factors) expect(factorSentence(factor)).not.toMatch(/\bcaus/);
  });
});

describe('how many factors the records can test honestly', () => {
  it('allows about ten analysed days per factor', () => {
    expect(DAYS_PER_FACTOR).toBe(10);
    expect(testCapacity(95, 8)).toEqual({
      daysAnalysed: 95,
      checkInDays: 95,
      factors: 8,
      supported: 9,
      moreDaysNeeded: 0,
    });
    expect(testCapacity(60, 12)).toEqual({
      daysAnalysed: 60,
      checkInDays: 60,
      factors: 12,
      supported: 6,
      moreDaysNeeded: 60,
    });
    expect(capacitySentence(testCapacity(60, 12))).toBe(
      'Your 60 days of check-ins can test about 6 factors together honestly (about 10 days for each). 12 are being tested, so for now each result is less certain and fewer patterns can stand out. With about 60 more days of check-ins, all 12 can be tested honestly. Every factor stays tested either way.',
    );
    // 108 check-in days, 81 of them with overall pain rated (the days compared), 11 factors.
    expect(capacitySentence(testCapacity(81, 11, 108))).toBe(
      '81 of your 108 days with a check-in have your overall pain rated, and those are the days compared. They can test about 8 factors together honestly (about 10 days for each). 11 are being tested, so for now each result is less certain and fewer patterns can stand out. With about 29 more check-ins with your overall pain rated, all 11 can be tested honestly. Every factor stays tested either way.',
    );
  });

  it('with more factors than the days can carry, never fails silently', () => {
    // 20 yes/no factors, most with enough days on both sides, on 22 days: more than the joint fit can take.
    const many = Array.from({ length: 20 }, (_, i) =>
      ownFactor(`44444444-4444-4444-8444-${String(i).padStart(12, '0')}`, `Thing ${i}`, 'yes-no', {
        createdAt: `2026-01-01T09:00:${String(i).padStart(2, '0')}.000Z`,
      }),
    );
    const random = createRandom(3);
    // Each factor yes on 11 of the 22 days, in its own random order: all 20 testable, none repeating another.
    const yesDays = many.map(() => {
      const order = Array.from({ length: 22 }, (_, day) => ({ day, key: random() }));
      return new Set(
        order
          .sort((a, b) => a.key - b.key)
          .slice(0, 11)
          .map((d) => d.day),
      );
    });
    const days = Array.from({ length: 22 }, (_, index) =>
      checkIn(addCalendarDays('2026-01-01', index), {
        overallPain: Math.floor(random() * 8),
        ownValues: Object.fromEntries(many.map((f, i) => [f.id, found(yesDays[i]).has(index) ? 1 : 0])),
      }),
    );
    const analysis = analyse(days, many);
    expect(analysis.capacity).toMatchObject({ daysAnalysed: 22, supported: 2 });
    const waiting = analysis.factors.filter((f) => f.moreCheckInsNeeded !== null);
    expect(waiting.length).toBeGreaterThan(0);
    for (const factor of waiting) {
      expect(factor.tier).toBe('not-enough-data');
      expect(factor.moreCheckInsNeeded).toBe(analysis.capacity.moreDaysNeeded);
      expect(factorSentence(factor)).toContain('alongside everything else tracked');
    }
    expect(analysis.capacity.factors).toBe(analysis.factors.length);
    for (const factor of analysis.factors) {
      expect(['likely', 'possible'], factor.id).not.toContain(factor.tier);
      // Each is either tested, named as tangled, or told how many more days or check-ins it needs.
      const said = factorSentence(factor);
      if (factor.tier === 'not-enough-data') expect(said, factor.id).toMatch(/\d+ more days|\d+ days more/);
    }
  });
});

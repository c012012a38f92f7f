/**
 * How factors are worded wherever Insights' sentences appear (Insights, Trends, the report): what went
 * with less or more pain (never a remedy, never a cause), one bracket, own factors in natural words by
 * type, and water in the person's unit.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJournalFactors, type FactorInsight } from '../../../../src/shared/analysis';
import { buildDailyTable } from '../../../../src/shared/analysis/dailyTable';
import { defineFactors, lowWaterWords } from '../../../../src/shared/analysis/factors';
import { factorSentence, tierLabel } from '../../../../src/shared/analysis/wording';
import { addCalendarDays } from '../../../../src/shared/dates';
import type { OwnFactor } from '../../../../src/shared/ownFactors';
import { checkIn } from '../../../fixtures/builders';

const COFFEE = '33333333-3333-4333-8333-333333333333';
const BACKPACK = '44444444-4444-4444-8444-444444444444';
const RATING = '55555555-5555-4555-8555-555555555555';

function own(id: string, name: string, kind: OwnFactor['kind'], unit: string | null = null): OwnFactor {
  return {
    id,
    name,
    kind,
    unit,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    archivedAt: null,
  };
}

const OWN = [
  own(BACKPACK, 'Carried a backpack', 'yes-no'),
  own(COFFEE, 'Cups of coffee', 'number', 'cups'),
  own(RATING, 'Neck tightness', 'rating'),
];

// 60 days: coffee 0-5 cups, energy and tightness 0-10, backpack every third day, water 1 or 2 litres.
const checkIns = Array.from({ length: 60 }, (_, i) =>
  checkIn(addCalendarDays('2026-01-01', i), {
    overallPain: 3 + (i % 3 === 0 ? 2 : 0) - (i % 4 === 0 ? 2 : 0),
    energy: i % 11,
    waterLitres: i % 2 === 0 ? 1 : 2,
    ownValues: { [COFFEE]: i % 6, [BACKPACK]: i % 3 === 0 ? 1 : 0, [RATING]: (i * 7) % 11 },
  }),
);
const rows = buildDailyTable({
  episodes: [],
  checkIns,
  timeZone: 'UTC',
  today: '2026-12-31',
  ownFactors: OWN,
});

function byId(unit: 'glasses' | 'litres' = 'litres') {
  return new Map(defineFactors(rows, OWN, { waterUnit: unit }).map((f) => [f.id, f]));
}

describe('factor words', () => {
  it('names own factors by their type, with the top third in the factor’s own unit', () => {
    const factors = byId();
    expect(factors.get(`own-${BACKPACK}`)?.dayWords).toBe('days you had “Carried a backpack”');
    expect(factors.get(`own-${BACKPACK}`)?.exposureNote).toBeNull();
    expect(factors.get(`own-${COFFEE}`)?.dayWords).toBe('days with more “Cups of coffee”');
    // Values 0-5 ten times each: the top third is 4 and 5.
    expect(factors.get(`own-${COFFEE}`)?.exposureNote).toBe('your top third, 4 or more cups');
    expect(factors.get(`own-${RATING}`)?.dayWords).toBe('days with a higher “Neck tightness”');
    expect(factors.get('energy-low')?.dayWords).toBe('days with low energy');
    expect(factors.get('energy-low')?.exposureNote).toMatch(/^your bottom third, \d+ or less$/);
  });

  it('gives low water in the unit the person counts in', () => {
    expect(byId('glasses').get('low-water')?.dayWords).toBe('days with fewer than 6 glasses of water');
    expect(byId('litres').get('low-water')?.dayWords).toBe('days with less than 1.5 litres of water');
    expect(lowWaterWords('glasses')).toBe('fewer than 6 glasses of water');
  });

  it('the unit reaches the sentences Insights, Trends and the report show', () => {
    const input = { episodes: [], checkIns, timeZone: 'UTC', today: '2026-12-31', ownFactors: OWN };
    const water = analyzeJournalFactors({ ...input, waterUnit: 'glasses' }).factors.factors.find(
      (f) => f.id === 'low-water',
    );
    expect(water && factorSentence(water)).toMatch(/^Days with fewer than 6 glasses of water /);
  });
});

const lower: FactorInsight = {
  id: 'energy-low',
  kind: 'low-energy',
  own: null,
  exposureWords: 'low energy',
  dayWords: 'days with low energy',
  exposureNote: 'your bottom third, 3 or less',
  lag: 0,
  tier: 'possible',
  direction: 'lower',
  exposedDays: 22,
  unexposedDays: 40,
  moreDaysNeeded: null,
  moreCheckInsNeeded: null,
  estimate: { estimate: -1, se: 0.4, ciLow: -1.8, ciHigh: -0.2, df: 50, p: 0.02 },
  shrunk: -0.8,
  q: 0.08,
  detectable: 1,
  comparisons: 8,
  allowedFor: ['weekends'],
  tangledWith: [],
  counts: null,
  episodeRisk: null,
};

describe('factorSentence', () => {
  it('says what went with less pain, in one bracket, without suggesting a remedy', () => {
    expect(tierLabel(lower)).toBe('Possibly goes with less pain');
    expect(factorSentence(lower)).toBe(
      'Days with low energy went with less pain: about 1 point lower (95% range -1.8 to -0.2; your bottom third, 3 or less; 22 days with it, 40 days without), allowing for weekends.',
    );
    expect(factorSentence(lower)).not.toMatch(/\)\s*\(|eas|caus/);
  });
});

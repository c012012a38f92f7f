/**
 * The acceptance numbers of the insights method (docs/insights-method.md), over frozen seeds of a
 * synthetic journal generator (tests/fixtures/insightsJournal.ts). Noise SD is 1.0 point with lag-1
 * autocorrelation 0.3 unless a scenario says otherwise. The power scenario uses 2,000 seeds, as the
 * method's reference prototype did: at 500 seeds the sampling error of a 2% rate is about 0.6 points,
 * as large as the margins being checked.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFactors, type FactorInsight } from '../../../../src/shared/analysis/insights';
import { BASE_SCENARIO, syntheticDailyTable, type InsightsScenario } from '../../../fixtures/insightsJournal';

const PLANTED = 'workout-next-day';

interface Tally {
  runs: number;
  likely: number;
  possible: number;
  wrongDirection: number;
  tested: number;
  covered: number;
  biasSum: number;
}

function run(scenario: InsightsScenario, seeds: number): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (let seed = 1; seed <= seeds; seed += 1) {
    for (const factor of analyzeFactors(syntheticDailyTable(scenario, seed)).factors) {
      const planted = factor.id === PLANTED ? scenario.workoutNextDayEffect : 0;
      const t = tallies.get(factor.id) ?? {
        runs: 0,
        likely: 0,
        possible: 0,
        wrongDirection: 0,
        tested: 0,
        covered: 0,
        biasSum: 0,
      };
      t.runs += 1;
      if (factor.tier === 'likely') t.likely += 1;
      if (factor.tier === 'possible') t.possible += 1;
      if (planted > 0 && isFlagged(factor) && factor.direction === 'lower') t.wrongDirection += 1;
      if (factor.estimate) {
        t.tested += 1;
        if (factor.estimate.ciLow <= planted && planted <= factor.estimate.ciHigh) t.covered += 1;
        t.biasSum += factor.estimate.estimate - planted;
      }
      tallies.set(factor.id, t);
    }
  }
  return tallies;
}

function isFlagged(factor: FactorInsight): boolean {
  return factor.tier === 'likely' || factor.tier === 'possible';
}

const rate = (count: number, of: number) => count / of;

function expectNullFactorsQuiet(tallies: Map<string, Tally>, planted: string | null) {
  for (const [id, t] of tallies) {
    if (id === planted) continue;
    expect.soft(rate(t.likely, t.runs), `${id} "likely"`).toBeLessThanOrEqual(0.02);
    expect.soft(rate(t.possible, t.runs), `${id} "possible"`).toBeLessThanOrEqual(0.05);
  }
}

const scenarios: [string, Partial<InsightsScenario>, boolean][] = [
  ['no effect at all, 60 days', {}, false],
  ['strong autocorrelation (0.7), 120 days', { autocorrelation: 0.7, days: 120 }, false],
  [
    'a yearly cycle that drives pain and how often stress is high, 365 days',
    { seasonalAmplitude: 2, days: 365 },
    false,
  ],
  [
    'long desk hours on 70% of workout days, planted effect, 90 days',
    { deskWithWorkout: 0.7, workoutNextDayEffect: 1.5, days: 90 },
    true,
  ],
  [
    'many pain-free days (pain clipped at 0), planted effect, 120 days',
    { baseline: 0.5, clipAtZero: true, workoutNextDayEffect: 1.5, days: 120 },
    true,
  ],
  [
    '15% of days without a check-in, planted effect, 90 days',
    { missingRate: 0.15, workoutNextDayEffect: 1.5, days: 90 },
    true,
  ],
];

// Each simulation takes 1-4 s alone; on a busy machine (the whole suite in parallel) the default 5 s is
// too tight. These measure statistics, not speed.
const SIMULATION_TIMEOUT_MS = 60_000;

describe('insights method: acceptance numbers', () => {
  it(
    'finds a planted 1.5-point next-day effect at 60 days (noise SD 1.0) "likely" in at least 90% of 2,000 seeds, with honest intervals',
    () => {
      const tallies = run({ ...BASE_SCENARIO, workoutNextDayEffect: 1.5 }, 2000);
      const planted = tallies.get(PLANTED);
      if (!planted) throw new Error('planted factor missing');
      expect(rate(planted.likely, planted.runs)).toBeGreaterThanOrEqual(0.9);
      expect(rate(planted.covered, planted.tested)).toBeGreaterThanOrEqual(0.93);
      expect(rate(planted.covered, planted.tested)).toBeLessThanOrEqual(0.97);
      expect(Math.abs(planted.biasSum / planted.tested)).toBeLessThanOrEqual(0.1);
      expect(rate(planted.wrongDirection, planted.runs)).toBeLessThanOrEqual(0.005);
      expectNullFactorsQuiet(tallies, PLANTED);
    },
    SIMULATION_TIMEOUT_MS,
  );

  it.each(scenarios)(
    'keeps factors with no effect quiet: %s (500 seeds)',
    (_name, patch, hasPlanted) => {
      const scenario = { ...BASE_SCENARIO, ...patch };
      const tallies = run(scenario, 500);
      expectNullFactorsQuiet(tallies, hasPlanted ? PLANTED : null);
      if (hasPlanted) {
        const planted = tallies.get(PLANTED);
        expect(planted && rate(planted.wrongDirection, planted.runs)).toBeLessThanOrEqual(0.005);
      }
    },
    SIMULATION_TIMEOUT_MS,
  );
});

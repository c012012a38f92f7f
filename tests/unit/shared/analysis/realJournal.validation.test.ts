/**
 * A frozen, fast subset of the validation on real-shaped journals (the full run is npm run
 * validate:insights; method and targets in docs/insights-method.md). Fixed seeds, the first 150-200 of the
 * full run's. Bounds are the targets widened by about two binomial standard errors at 200
 * seeds (2% -> 5%, 10% -> 14%, 85% -> 80%, 93-97% -> 90-99%), so they fail on a real miss, not on chance.
 *
 * Where the method misses its target (power, see docs/insights-method.md), the bound is the figure
 * measured over 1,000 seeds less about two standard errors, with the target and the measured figure beside
 * it: a guard that the misses don't get worse, not a claim that the target is met.
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../../fixtures/realValidation';

const SEEDS = 200;
const DAYS = 120;
// Measures statistics, not speed; on a busy machine the default 5 s is too tight.
const TIMEOUT_MS = 120_000;

describe('insights on real-shaped journals (frozen subset)', () => {
  it(
    'no effect, 120 days: factors are rarely flagged',
    () => {
      const m = measure('no-effect', DAYS, SEEDS);
      expect.soft(m.anyNullFlagged, 'share of journals with any factor flagged').toBeLessThanOrEqual(0.14);
      expect.soft(m.nullLikely.rate, `"likely" of ${m.nullLikely.id}`).toBeLessThanOrEqual(0.05);
    },
    TIMEOUT_MS,
  );

  it(
    'poor sleep planted, high stress on 70% of poor-sleep days (no effect of its own), two workout types, 365 days',
    () => {
      // 365 days: at 120 days the stress proxy's "likely" rate is too close to the 2% target for 150 seeds
      // to tell apart; at 365 days the first version's fault was plain: stress-high "likely" in 33.9% of
      // 1,000 seeds, because with two workout types the joint fit was singular and each factor was fitted
      // alone. With the rank-revealing fit: 0.8% at 120 days, under 2% at 365 (docs/insights-method.md).
      const m = measure('proxy-two-types', 365, 150);
      expect.soft(m.nullLikely.rate, `"likely" of ${m.nullLikely.id}`).toBeLessThanOrEqual(0.05);
      expect.soft(m.planted?.wrongDirection, 'poor sleep flagged as easing pain').toBeLessThanOrEqual(0.01);
    },
    TIMEOUT_MS,
  );

  it(
    'high stress planted at 1.5 points, 120 days: found, in the right direction, with honest intervals',
    () => {
      const m = measure('stress', DAYS, SEEDS);
      const planted = m.planted;
      if (!planted) throw new Error('nothing planted');
      // Target 85% NOT met: 39.6% over 1,000 seeds (46% of people who rate their days, 27% of those who
      // never do). Guard at the measured figure less two standard errors at 200 seeds.
      expect.soft(planted.likely, 'planted "likely"').toBeGreaterThanOrEqual(0.3);
      expect.soft(planted.coverage, '95% interval covers the recorded effect').toBeGreaterThanOrEqual(0.9);
      expect.soft(planted.coverage, '95% interval covers the recorded effect').toBeLessThanOrEqual(0.99);
      expect.soft(planted.wrongDirection, 'flagged as easing pain').toBeLessThanOrEqual(0.01);
      expect.soft(m.nullLikely.rate, `"likely" of ${m.nullLikely.id}`).toBeLessThanOrEqual(0.05);
    },
    TIMEOUT_MS,
  );
});

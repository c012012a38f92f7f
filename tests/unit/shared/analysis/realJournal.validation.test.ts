/**
 * A frozen, fast subset of the validation on real-shaped journals (the full run is npm run
 * validate:insights; method and targets in docs/insights-method.md). Fixed seeds, the first 150-200 of the
 * full run's. Bounds are the targets widened by about two binomial standard errors at 200
 * seeds (2% -> 5%, 10% -> 14%, 85% -> 80%, 93-97% -> 90-99%), so they fail on a real miss, not on chance.
 *
 * Some of these fail on the insights code of 2026-12-02: each such assertion is marked KNOWN FAILURE
 * with what was measured. They state what the method should do; do not loosen them to make them pass.
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
      // 365 days: at 120 days the stress proxy's "likely" rate (3.9% over 1,000 seeds) is too close to the
      // 2% target for 200 seeds to tell apart; at 365 days the fault is plain. 150 seeds keep it fast.
      const m = measure('proxy-two-types', 365, 150);
      // KNOWN FAILURE on the code of 2026-12-02: stress-high "likely" in 33.9% of 1,000 seeds. With two
      // workout types the joint fit was singular in 95 of 100 journals (read from allowedFor), so each
      // factor was fitted alone and stress took the credit for poor sleep.
      expect.soft(m.nullLikely.rate, `"likely" of ${m.nullLikely.id}`).toBeLessThanOrEqual(0.05);
      expect.soft(m.planted?.wrongDirection, 'poor sleep flagged as easing pain').toBeLessThanOrEqual(0.01);
    },
    TIMEOUT_MS,
  );

  it(
    'a rowing workout planted on the next day (two workout types), 120 days: found, with honest intervals',
    () => {
      const m = measure('rowing-next-day', DAYS, SEEDS);
      const planted = m.planted;
      if (!planted) throw new Error('nothing planted');
      // KNOWN FAILURE on the code of 2026-12-02: planted "likely" in 19.7% of 1,000 seeds (target 85%).
      expect.soft(planted.likely, 'planted "likely"').toBeGreaterThanOrEqual(0.8);
      expect.soft(planted.coverage, '95% interval covers the recorded effect').toBeGreaterThanOrEqual(0.9);
      expect.soft(planted.coverage, '95% interval covers the recorded effect').toBeLessThanOrEqual(0.99);
      expect.soft(planted.wrongDirection, 'flagged as easing pain').toBeLessThanOrEqual(0.01);
      expect.soft(m.nullLikely.rate, `"likely" of ${m.nullLikely.id}`).toBeLessThanOrEqual(0.05);
    },
    TIMEOUT_MS,
  );
});

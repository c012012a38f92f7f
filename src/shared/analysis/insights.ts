/**
 * "Likely contributing factors": which habits and exposures go with higher (or lower) pain in this
 * person's own records, with honest uncertainty. The method is in docs/insights-method.md (from the
 * project's insights-method reference): fixed factors and lags, 28-day time strata, all factors fitted
 * together, autocorrelation-adjusted intervals, shrinkage, Benjamini-Hochberg across all tests.
 */
import type { AnalysisFactorKind } from '../taxonomy/causes';
import type { DailyRow } from './dailyTable';
import { mantelHaenszelRateRatio, type RateRatio } from './episodeRisk';
import { MIN_DAYS_EACH, defineFactors, exposureCounts, type FactorDefinition } from './factors';
import { BLOCK_DAYS, fitStratified, type Coefficient } from './regression';
import { benjaminiHochberg, median, tTwoSidedP } from './stats';

/** Prior on an effect: b ~ N(0, TAU²), in pain points. */
export const TAU = 1;
export const FALSE_DISCOVERY_RATE = 0.1;
export const LIKELY_MIN_POINTS = 0.5;
export const NOT_BIG_POINTS = 1;
/** Below this, a difference is too small to notice on a 0-10 scale, however sure the estimate. */
export const POSSIBLE_MIN_POINTS = 0.25;
/** Episode-start comparisons need at least this many episode days. */
export const MIN_EPISODES_FOR_RISK = 20;

export type Tier = 'likely' | 'possible' | 'unclear' | 'not-big' | 'not-enough-data';

export interface FactorInsight {
  id: string;
  kind: AnalysisFactorKind;
  exposureWords: string;
  lag: 0 | 1;
  tier: Tier;
  /** 'higher' when pain is higher with the factor, 'lower' when it eases. */
  direction: 'higher' | 'lower';
  exposedDays: number;
  unexposedDays: number;
  /** For "not enough data": how many more days with and without the factor are needed. */
  moreDaysNeeded: { exposed: number; unexposed: number } | null;
  /** Estimated from all factors fitted together; null when not tested. */
  estimate: Coefficient | null;
  /** The estimate pulled towards 0 by the prior (what tiers and ranking use). */
  shrunk: number | null;
  q: number | null;
  /** The other things allowed for in the joint fit, in words. */
  allowedFor: string[];
  /** Plain counts: days with pain above the person's usual. */
  counts: { usual: number; exposedAbove: number; otherAbovePercent: number } | null;
  episodeRisk: (RateRatio & { tier: Tier }) | null;
}

export interface FactorAnalysis {
  daysAnalysed: number;
  episodeDays: number;
  factors: FactorInsight[];
}

const TIER_ORDER: Record<Tier, number> = {
  likely: 0,
  possible: 1,
  unclear: 2,
  'not-big': 3,
  'not-enough-data': 4,
};

/**
 * Two-sided p of the shrunk estimate against its posterior spread (prior N(0, TAU²)): the evidence left
 * once small, noisy estimates are pulled towards zero. "Possible" uses it, so a factor with no effect is
 * called possible less often than the raw p < 0.05 would (about 4% rather than 5%).
 */
export function shrunkP(coefficient: Coefficient): number {
  const variance = coefficient.se * coefficient.se;
  const posteriorSd = Math.sqrt((variance * TAU * TAU) / (TAU * TAU + variance));
  if (posteriorSd === 0) return 1;
  return tTwoSidedP(shrink(coefficient) / posteriorSd, coefficient.df);
}

/** Tier from a (joint) estimate, its shrunk value and its q-value. */
export function tierOf(coefficient: Coefficient, shrunk: number, q: number): Tier {
  if (q <= FALSE_DISCOVERY_RATE && Math.abs(shrunk) >= LIKELY_MIN_POINTS) return 'likely';
  if (shrunkP(coefficient) < 0.05 && Math.abs(shrunk) >= POSSIBLE_MIN_POINTS) return 'possible';
  if (coefficient.ciHigh < NOT_BIG_POINTS && coefficient.ciLow > -NOT_BIG_POINTS) return 'not-big';
  return 'unclear';
}

export function shrink(coefficient: Coefficient): number {
  return (coefficient.estimate * TAU * TAU) / (TAU * TAU + coefficient.se * coefficient.se);
}

/** Short names for "allowing for season, weekday, stress and sleep". */
const KIND_WORDS: Record<AnalysisFactorKind, string> = {
  workout: 'workouts',
  stress: 'stress',
  'low-water': 'water',
  'long-desk': 'desk hours',
  'poor-sleep': 'sleep',
  'withdrawal-early': 'withdrawal',
};

/** Columns for the joint model: each factor (unknown days as 0, plus an indicator when some are unknown). */
function jointColumns(rows: readonly DailyRow[], factors: readonly FactorDefinition[]): number[][] {
  const columns: number[][] = [];
  for (const factor of factors) columns.push(factor.exposure.map((x) => x ?? 0));
  for (const factor of factors) {
    const missing = factor.exposure.map((x) => (x === null ? 1 : 0));
    const count = missing.filter(Boolean).length;
    if (count > 0 && count < rows.length) columns.push(missing);
  }
  columns.push(rows.map((row) => (row.weekend ? 1 : 0)));
  return columns;
}

/** Fits each factor on its own (with weekday), for when factors cannot be separated jointly. */
function singleFit(rows: readonly DailyRow[], factor: FactorDefinition): Coefficient | null {
  const keep = factor.exposure.map((x, i) => (x === null ? -1 : i)).filter((i) => i >= 0);
  const fit = fitStratified({
    y: keep.map((i) => rows[i]?.pain ?? 0),
    columns: [keep.map((i) => factor.exposure[i] ?? 0), keep.map((i) => (rows[i]?.weekend ? 1 : 0))],
    blocks: keep.map((i) => Math.floor((rows[i]?.dayIndex ?? 0) / BLOCK_DAYS)),
  });
  return fit?.[0] ?? null;
}

function plainCounts(rows: readonly DailyRow[], factor: FactorDefinition) {
  const usual = median(rows.map((r) => r.pain));
  let exposedAbove = 0;
  let other = 0;
  let otherAbove = 0;
  factor.exposure.forEach((x, i) => {
    const above = (rows[i]?.pain ?? 0) > usual;
    if (x === 1 && above) exposedAbove += 1;
    if (x === 0) {
      other += 1;
      if (above) otherAbove += 1;
    }
  });
  return { usual, exposedAbove, otherAbovePercent: other === 0 ? 0 : Math.round((100 * otherAbove) / other) };
}

export function analyzeFactors(rows: readonly DailyRow[]): FactorAnalysis {
  const factors = defineFactors(rows);
  const blocks = rows.map((row) => Math.floor(row.dayIndex / BLOCK_DAYS));
  const testable = factors.filter((f) => {
    const { exposed, unexposed } = exposureCounts(f);
    return exposed >= MIN_DAYS_EACH && unexposed >= MIN_DAYS_EACH;
  });

  // All testable factors together, so one that merely travels with another is not credited with its effect.
  const joint =
    testable.length > 0
      ? fitStratified({ y: rows.map((r) => r.pain), columns: jointColumns(rows, testable), blocks })
      : null;
  const estimates = new Map<string, Coefficient | null>(
    testable.map((factor, i) => [factor.id, joint ? (joint[i] ?? null) : singleFit(rows, factor)]),
  );
  const tested = testable.filter((f) => estimates.get(f.id));

  const episodeDays = rows.filter((r) => r.episodeStarted).length;
  const risks = new Map<string, RateRatio>();
  if (episodeDays >= MIN_EPISODES_FOR_RISK) {
    for (const factor of tested) {
      const risk = mantelHaenszelRateRatio(
        rows.map((r) => r.episodeStarted),
        factor.exposure,
        blocks,
      );
      if (risk) risks.set(factor.id, risk);
    }
  }
  // One Benjamini-Hochberg family: every test fixed in advance (pain and episode starts for every factor),
  // with those that could not be run yet counted as p = 1. A family that shrank to the tests that happen
  // to be runnable would let one strong finding lower the bar for all the others.
  const family = factors.flatMap((f) => {
    const estimate = estimates.get(f.id);
    return [estimate ? shrunkP(estimate) : 1, risks.get(f.id)?.p ?? 1];
  });
  const familyQ = benjaminiHochberg(family);
  const qById = new Map(factors.map((f, i) => [f.id, familyQ[2 * i] ?? 1]));
  const riskQById = new Map(factors.map((f, i) => [f.id, familyQ[2 * i + 1] ?? 1]));

  const insights = factors.map((factor): FactorInsight => {
    const { exposed, unexposed } = exposureCounts(factor);
    const estimate = estimates.get(factor.id) ?? null;
    const base = {
      id: factor.id,
      kind: factor.kind,
      exposureWords: factor.exposureWords,
      lag: factor.lag,
      exposedDays: exposed,
      unexposedDays: unexposed,
      allowedFor: [
        'season',
        'weekday',
        ...(joint
          ? [
              ...new Set(
                tested.filter((other) => other.kind !== factor.kind).map((other) => KIND_WORDS[other.kind]),
              ),
            ]
          : []),
      ],
    };
    if (!estimate) {
      return {
        ...base,
        tier: 'not-enough-data',
        direction: 'higher',
        moreDaysNeeded: {
          exposed: Math.max(0, MIN_DAYS_EACH - exposed),
          unexposed: Math.max(0, MIN_DAYS_EACH - unexposed),
        },
        estimate: null,
        shrunk: null,
        q: null,
        counts: null,
        episodeRisk: null,
      };
    }
    const shrunk = shrink(estimate);
    const q = qById.get(factor.id) ?? 1;
    const risk = risks.get(factor.id);
    const riskTier: Tier | null = risk
      ? (riskQById.get(factor.id) ?? 1) <= FALSE_DISCOVERY_RATE &&
        (risk.ratio >= 1.5 || risk.ratio <= 1 / 1.5)
        ? 'likely'
        : risk.p < 0.05
          ? 'possible'
          : risk.ciHigh < 1.5 && risk.ciLow > 1 / 1.5
            ? 'not-big'
            : 'unclear'
      : null;
    return {
      ...base,
      tier: tierOf(estimate, shrunk, q),
      direction: estimate.estimate >= 0 ? 'higher' : 'lower',
      moreDaysNeeded: null,
      estimate,
      shrunk,
      q,
      counts: plainCounts(rows, factor),
      episodeRisk: risk && riskTier ? { ...risk, tier: riskTier } : null,
    };
  });

  insights.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      Math.abs(b.shrunk ?? 0) - Math.abs(a.shrunk ?? 0) ||
      (a.q ?? 1) - (b.q ?? 1),
  );
  return { daysAnalysed: rows.length, episodeDays, factors: insights };
}

/**
 * "Likely contributing factors": which habits and exposures go with higher (or lower) pain in this
 * person's own records, with honest uncertainty. The method is in docs/insights-method.md (from the
 * project's insights-method reference): fixed factors and lags, 28-day time strata, all factors fitted
 * together (a rank-revealing fit, so factors that always come together are named, never fitted alone),
 * autocorrelation-adjusted intervals, shrinkage, and Benjamini-Hochberg across every factor defined.
 */
import type { OwnFactor } from '../ownFactors';
import { testCapacity, type TestCapacity } from './capacity';
import type { DailyRow } from './dailyTable';
import { mantelHaenszelRateRatio, type RateRatio } from './episodeRisk';
import {
  MIN_DAYS_EACH,
  defineFactors,
  exposureCounts,
  type DefineFactorsOptions,
  type FactorDefinition,
  type FactorKind,
  type OwnFactorRef,
} from './factors';
import { BLOCK_DAYS, demeanWithin, fitJoint, type Coefficient } from './regression';
import { benjaminiHochberg, mean, tQuantile, tTwoSidedP } from './stats';

/** Prior on an effect: b ~ N(0, TAU²), in pain points. */
export const TAU = 1;
/**
 * Two false-discovery levels over the one family of pain tests. "Possible" at 0.10: with no real effect
 * anywhere, a journal shows any flag at most about 1 time in 10. "Likely" at 0.05 and half a point.
 */
export const FALSE_DISCOVERY_RATE = 0.1;
export const LIKELY_FALSE_DISCOVERY_RATE = 0.05;
export const LIKELY_MIN_POINTS = 0.5;
export const NOT_BIG_POINTS = 1;
/** Below this, a difference is too small to notice on a 0-10 scale, however sure the estimate. */
export const POSSIBLE_MIN_POINTS = 0.25;
/** Episode-start comparisons need at least this many episode days. */
export const MIN_EPISODES_FOR_RISK = 20;
/** Past this share of its variation explained by the others (R²), a factor can't be told apart. */
export const TANGLED_OVERLAP = 0.95;
/** The chance of finding a difference of the "detectable" size: the usual 80%. */
const DETECTABLE_POWER_Z = 0.8416;

export type Tier = 'likely' | 'possible' | 'unclear' | 'not-big' | 'tangled' | 'not-enough-data';

export interface FactorInsight {
  id: string;
  kind: FactorKind;
  /** For a factor of the person's own: which one (Insights hides archived ones; they stay in the family). */
  own: OwnFactorRef | null;
  exposureWords: string;
  /** "days after a workout", "days you had “Backpack”" (see FactorDefinition). */
  dayWords: string;
  /** What "with it" means, when that needs saying: "your top third, 7 or more". */
  exposureNote: string | null;
  lag: 0 | 1;
  tier: Tier;
  /** 'higher' when pain is higher with the factor, 'lower' when it eases. */
  direction: 'higher' | 'lower';
  exposedDays: number;
  unexposedDays: number;
  /** For "not enough data": how many more days with and without the factor are needed. */
  moreDaysNeeded: { exposed: number; unexposed: number } | null;
  /**
   * For "not enough data" when the factor has enough days of its own but the records are too few to fit
   * every factor together: how many more analysed days are needed. Never left silent.
   */
  moreCheckInsNeeded: number | null;
  /** Estimated from all factors fitted together; null when not tested. */
  estimate: Coefficient | null;
  /** The estimate pulled towards 0 by the prior (what tiers and ranking use). */
  shrunk: number | null;
  q: number | null;
  /** How many comparisons were made at once (the Benjamini-Hochberg family). */
  comparisons: number;
  /** The other things the fit really allowed for, in words ("changes from month to month", "weekends", …). */
  allowedFor: string[];
  /** For "can't be told apart": what it came together with, in words. */
  tangledWith: string[];
  /**
   * Roughly the smallest difference, in points, these records would have shown (found 4 times in 5 at the
   * bar the flags use); null when not tested.
   */
  detectable: number | null;
  /** Plain averages before allowing for anything: pain on days with it and on days without. */
  counts: { withAverage: number; withoutAverage: number } | null;
  episodeRisk: (RateRatio & { tier: Tier }) | null;
}

export interface FactorAnalysis {
  daysAnalysed: number;
  episodeDays: number;
  /** How many factors these days can test together honestly, against how many are in the family. */
  capacity: TestCapacity;
  factors: FactorInsight[];
}

const TIER_ORDER: Record<Tier, number> = {
  likely: 0,
  possible: 1,
  unclear: 2,
  'not-big': 3,
  tangled: 4,
  'not-enough-data': 5,
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

/** Tier from a (joint) estimate, its shrunk value and its q-value in the family of pain tests. */
export function tierOf(coefficient: Coefficient, shrunk: number, q: number): Tier {
  if (q <= LIKELY_FALSE_DISCOVERY_RATE && Math.abs(shrunk) >= LIKELY_MIN_POINTS) return 'likely';
  if (q <= FALSE_DISCOVERY_RATE && Math.abs(shrunk) >= POSSIBLE_MIN_POINTS) return 'possible';
  if (coefficient.ciHigh < NOT_BIG_POINTS && coefficient.ciLow > -NOT_BIG_POINTS) return 'not-big';
  return 'unclear';
}

/**
 * Roughly the smallest difference that would have been flagged 4 times in 5 with this standard error:
 * the bar a single real effect must clear among `comparisons` (Benjamini-Hochberg's first step, q/m),
 * plus the usual allowance for 80% power.
 */
export function detectableDifference(coefficient: Coefficient, comparisons: number): number {
  const alpha = FALSE_DISCOVERY_RATE / Math.max(1, comparisons);
  return (tQuantile(1 - alpha / 2, coefficient.df) + DETECTABLE_POWER_Z) * coefficient.se;
}

export function shrink(coefficient: Coefficient): number {
  return (coefficient.estimate * TAU * TAU) / (TAU * TAU + coefficient.se * coefficient.se);
}

/** Short names for "allowing for season, weekday, stress and sleep". */
const KIND_WORDS: Record<Exclude<FactorKind, 'own'>, string> = {
  workout: 'workouts',
  stress: 'stress',
  'low-water': 'water',
  'long-desk': 'desk hours',
  'poor-sleep': 'sleep',
  'withdrawal-early': 'withdrawal',
  'low-mood': 'mood',
  'low-energy': 'energy',
};

function allowedWords(factor: FactorDefinition): string {
  return factor.own ? `“${factor.own.name}”` : KIND_WORDS[factor.kind as Exclude<FactorKind, 'own'>];
}

/** Factors of one group (a workout's same-day and next-day, say) are not "allowed for" in each other. */
function groupOf(factor: FactorDefinition): string {
  return factor.own ? factor.id : factor.kind;
}

/** The joint model's columns: weekend first, then each factor, then missing-data indicators. */
interface JointColumns {
  columns: number[][];
  /** Index of each factor's column. */
  factorColumn: Map<string, number>;
  weekendColumn: number;
}

function jointColumns(rows: readonly DailyRow[], factors: readonly FactorDefinition[]): JointColumns {
  const columns: number[][] = [rows.map((row) => (row.weekend ? 1 : 0))];
  const factorColumn = new Map<string, number>();
  // Unknown days as 0 plus an indicator for them, so partly recorded days still count for the others.
  for (const factor of factors) {
    factorColumn.set(factor.id, columns.length);
    columns.push(factor.exposure.map((x) => x ?? 0));
  }
  // Indicators go last: the many that repeat each other (a blank workout field is unknown for every
  // workout type) are the ones the rank-revealing fit drops.
  for (const factor of factors) {
    if (factor.exposure.some((x) => x === null))
      columns.push(factor.exposure.map((x) => (x === null ? 1 : 0)));
  }
  return { columns, factorColumn, weekendColumn: 0 };
}

function plainCounts(rows: readonly { pain: number }[], factor: FactorDefinition) {
  const withIt: number[] = [];
  const without: number[] = [];
  factor.exposure.forEach((x, i) => {
    const pain = rows[i]?.pain ?? 0;
    if (x === 1) withIt.push(pain);
    if (x === 0) without.push(pain);
  });
  return { withAverage: mean(withIt), withoutAverage: mean(without) };
}

function correlation(a: readonly number[], b: readonly number[]): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? 0;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  });
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

function riskTierOf(risk: RateRatio, q: number): Tier {
  if (q <= FALSE_DISCOVERY_RATE && (risk.ratio >= 1.5 || risk.ratio <= 1 / 1.5)) return 'likely';
  if (q <= FALSE_DISCOVERY_RATE) return 'possible';
  return risk.ciHigh < 1.5 && risk.ciLow > 1 / 1.5 ? 'not-big' : 'unclear';
}

/** The rows that take part in the pain comparison, with each factor's exposure on just those rows. */
function comparedDays(
  allRows: readonly DailyRow[],
  ownFactors: readonly OwnFactor[],
  options: DefineFactorsOptions = {},
) {
  // Exposures come from every checked-in day (a next-day factor needs the day before, rated or not).
  const defined = defineFactors(allRows, ownFactors, options);
  const used = allRows.map((row, i) => (row.pain === null ? -1 : i)).filter((i) => i >= 0);
  const rows = used.map((i) => ({ ...(allRows[i] as DailyRow), pain: allRows[i]?.pain ?? 0 }));
  const factors = defined.map((f) => ({ ...f, exposure: used.map((i) => f.exposure[i] ?? null) }));
  return { rows, factors };
}

/** The factors tested together for this journal, by where they come from, and what the days can carry. */
export interface FactorFamily {
  capacity: TestCapacity;
  /** Defined by the journal itself (workouts, stress, sleep, mood, ...), as many as the records support. */
  builtIn: number;
  /** The person's own, every one ever created. */
  own: number;
  /** Of those, how many are archived: hidden from the check-in, still tested. */
  ownArchived: number;
}

/**
 * The same family and capacity analyzeFactors reports, without the fit, for screens that only say how many
 * factors the records can test (Settings), so they never disagree with Insights.
 */
export function factorFamily(
  allRows: readonly DailyRow[],
  ownFactors: readonly OwnFactor[] = [],
  options: DefineFactorsOptions = {},
): FactorFamily {
  const { rows, factors } = comparedDays(allRows, ownFactors, options);
  const own = factors.filter((f) => f.own !== null);
  return {
    capacity: testCapacity(rows.length, factors.length, allRows.length),
    builtIn: factors.length - own.length,
    own: own.length,
    ownArchived: own.filter((f) => f.own?.archived).length,
  };
}

export function analyzeFactors(
  allRows: readonly DailyRow[],
  ownFactors: readonly OwnFactor[] = [],
  options: DefineFactorsOptions = {},
): FactorAnalysis {
  const { rows, factors } = comparedDays(allRows, ownFactors, options);
  const blocks = rows.map((row) => Math.floor(row.dayIndex / BLOCK_DAYS));
  const testable = factors.filter((f) => {
    const { exposed, unexposed } = exposureCounts(f);
    return exposed >= MIN_DAYS_EACH && unexposed >= MIN_DAYS_EACH;
  });

  // All testable factors together, so one that merely travels with another is not credited with its
  // effect. The fit keeps only the columns that can be told apart; a factor that can't is named as such.
  const layout = jointColumns(rows, testable);
  const joint =
    testable.length > 0 ? fitJoint({ y: rows.map((r) => r.pain), columns: layout.columns, blocks }) : null;
  const demeaned = layout.columns.map((column) => demeanWithin(column, blocks));
  const wordsOfColumn = (column: number): string | null => {
    if (column === layout.weekendColumn) return 'weekends';
    const factor = testable.find((f) => layout.factorColumn.get(f.id) === column);
    return factor ? factor.dayWords : null;
  };
  const tangledWith = new Map<string, string[]>();
  const note = (id: string, words: string) =>
    tangledWith.set(id, [...new Set([...(tangledWith.get(id) ?? []), words])]);
  if (joint) {
    for (const dropped of joint.dropped) {
      const factor = testable.find((f) => layout.factorColumn.get(f.id) === dropped.index);
      if (!factor) continue;
      const own = wordsOfColumn(dropped.index) ?? factor.exposureWords;
      for (const partner of dropped.partners) {
        const words = wordsOfColumn(partner);
        if (words === null) continue;
        note(factor.id, words);
        const other = testable.find((f) => layout.factorColumn.get(f.id) === partner);
        if (other) note(other.id, own);
      }
      // No partner at all: it never varied within a four-week stretch, so only the months differ.
      if (dropped.partners.length === 0) note(factor.id, 'changes from month to month');
      else if (!tangledWith.has(factor.id)) note(factor.id, 'the days it was left blank');
    }
    for (const factor of testable) {
      const column = layout.factorColumn.get(factor.id) ?? -1;
      if ((joint.overlap[column] ?? 0) < TANGLED_OVERLAP) continue;
      // Name the column it goes with most closely.
      let best = -1;
      let bestCorrelation = 0;
      for (let other = 0; other < layout.columns.length; other += 1) {
        if (other === column || wordsOfColumn(other) === null || joint.coefficients[other] === null) continue;
        const r = Math.abs(correlation(demeaned[column] ?? [], demeaned[other] ?? []));
        if (r > bestCorrelation) [best, bestCorrelation] = [other, r];
      }
      note(factor.id, best >= 0 ? (wordsOfColumn(best) ?? '') : 'the days it was left blank');
    }
  }
  const estimates = new Map<string, Coefficient | null>(
    testable.map((factor) => [
      factor.id,
      tangledWith.has(factor.id)
        ? null
        : (joint?.coefficients[layout.factorColumn.get(factor.id) ?? -1] ?? null),
    ]),
  );
  const kept = testable.filter((f) => estimates.get(f.id));
  // What the fit allowed for: every factor in it, including one that repeats another (it is allowed for
  // through the column it repeats); not one dropped for never varying.
  const neverVaried = new Set(
    (joint?.dropped ?? [])
      .filter((d) => !d.partners.some((p) => wordsOfColumn(p) !== null))
      .map((d) => d.index),
  );
  const inFit = joint ? testable.filter((f) => !neverVaried.has(layout.factorColumn.get(f.id) ?? -1)) : [];

  // One Benjamini-Hochberg family: the pain test of every factor defined for this journal, fixed in
  // advance, with those that could not be run counted as p = 1. A family that shrank to the tests that
  // happen to be runnable would let one strong finding lower the bar for all the others.
  const familyQ = benjaminiHochberg(
    factors.map((f) => {
      const estimate = estimates.get(f.id);
      return estimate ? shrunkP(estimate) : 1;
    }),
  );
  const qById = new Map(factors.map((f, i) => [f.id, familyQ[i] ?? 1]));

  // Episode starts: a separate family, shown only beside a factor already flagged on pain.
  const episodeDays = rows.filter((r) => r.episodeStarted).length;
  const risks = new Map<string, RateRatio>();
  if (episodeDays >= MIN_EPISODES_FOR_RISK) {
    for (const factor of kept) {
      const risk = mantelHaenszelRateRatio(
        rows.map((r) => r.episodeStarted),
        factor.exposure,
        blocks,
      );
      if (risk) risks.set(factor.id, risk);
    }
  }
  const riskQ = benjaminiHochberg(factors.map((f) => risks.get(f.id)?.p ?? 1));
  const riskQById = new Map(factors.map((f, i) => [f.id, riskQ[i] ?? 1]));

  const blockCount = new Set(blocks).size;
  const capacity = testCapacity(rows.length, factors.length, allRows.length);
  const weekendKept = joint !== null && joint.coefficients[layout.weekendColumn] !== null;

  const insights = factors.map((factor): FactorInsight => {
    const { exposed, unexposed } = exposureCounts(factor);
    const estimate = estimates.get(factor.id) ?? null;
    const base = {
      id: factor.id,
      kind: factor.kind,
      own: factor.own,
      exposureWords: factor.exposureWords,
      dayWords: factor.dayWords,
      exposureNote: factor.exposureNote,
      lag: factor.lag,
      exposedDays: exposed,
      unexposedDays: unexposed,
      comparisons: factors.length,
      allowedFor: [
        ...(blockCount > 1 ? ['changes from month to month'] : []),
        ...(weekendKept ? ['weekends'] : []),
        ...new Set(inFit.filter((other) => groupOf(other) !== groupOf(factor)).map(allowedWords)),
      ],
      tangledWith: tangledWith.get(factor.id) ?? [],
    };
    if (!estimate) {
      const tangled = tangledWith.has(factor.id);
      const ownDaysEnough = exposed >= MIN_DAYS_EACH && unexposed >= MIN_DAYS_EACH;
      return {
        ...base,
        tier: tangled ? 'tangled' : 'not-enough-data',
        direction: 'higher',
        moreDaysNeeded: tangled
          ? null
          : {
              exposed: Math.max(0, MIN_DAYS_EACH - exposed),
              unexposed: Math.max(0, MIN_DAYS_EACH - unexposed),
            },
        // Enough days with and without, yet no estimate: the joint fit could not be made with this many
        // factors on these few days. Say how many more days it takes rather than fall silent.
        moreCheckInsNeeded: !tangled && ownDaysEnough ? Math.max(1, capacity.moreDaysNeeded) : null,
        estimate: null,
        shrunk: null,
        q: null,
        detectable: null,
        counts: tangled ? plainCounts(rows, factor) : null,
        episodeRisk: null,
      };
    }
    const shrunk = shrink(estimate);
    const q = qById.get(factor.id) ?? 1;
    const tier = tierOf(estimate, shrunk, q);
    const flagged = tier === 'likely' || tier === 'possible';
    const risk = risks.get(factor.id);
    return {
      ...base,
      tier,
      direction: estimate.estimate >= 0 ? 'higher' : 'lower',
      moreDaysNeeded: null,
      moreCheckInsNeeded: null,
      estimate,
      shrunk,
      q,
      detectable: detectableDifference(estimate, factors.length),
      counts: plainCounts(rows, factor),
      episodeRisk:
        risk && flagged ? { ...risk, tier: riskTierOf(risk, riskQById.get(factor.id) ?? 1) } : null,
    };
  });

  insights.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      Math.abs(b.shrunk ?? 0) - Math.abs(a.shrunk ?? 0) ||
      (a.q ?? 1) - (b.q ?? 1),
  );
  return { daysAnalysed: rows.length, episodeDays, capacity, factors: insights };
}

/**
 * The few statistical tools the insights need, written here rather than taken from a large library:
 * the t distribution (through the regularized incomplete beta function), the normal distribution,
 * Benjamini-Hochberg adjustment, the Wilcoxon signed-rank test, and small helpers. Checked against
 * published reference values in tests/unit/shared/analysis/stats.test.ts.
 */

// median and quantile live on their own, so a card that shows a typical length needs no statistics library.
export { median, quantile } from './quantiles';

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos approximation, about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS.length - 1.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom (df may be fractional). */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Two-sided p-value for a t statistic. */
export function tTwoSidedP(t: number, df: number): number {
  return Math.min(1, incompleteBeta(df / (df + t * t), df / 2, 0.5));
}

/** The t value with P(T <= t) = p, by bisection (fast enough: called a few times per analysis). */
export function tQuantile(p: number, df: number): number {
  if (p <= 0 || p >= 1) throw new RangeError('p must be between 0 and 1');
  let low = -1e3;
  let high = 1e3;
  for (let i = 0; i < 200 && high - low > 1e-12; i += 1) {
    const mid = (low + high) / 2;
    if (tCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The standard normal distribution function (via the t distribution's limit is too slow; erf instead). */
export function normalCdf(z: number): number {
  // Abramowitz & Stegun 7.1.26 is not precise enough for p-values; use the complementary error function
  // through the incomplete gamma identity erfc(x) = Γ(1/2, x²)/√π, computed with a continued fraction.
  return z < 0 ? 0.5 * erfc(-z / Math.SQRT2) : 1 - 0.5 * erfc(z / Math.SQRT2);
}

/** erfc(x) for x >= 0 (W. J. Cody's rational approximations are overkill; this continued fraction is exact enough). */
function erfc(x: number): number {
  if (x < 0.5) {
    // erf series for small x.
    let sum = x;
    let term = x;
    for (let n = 1; n < 60; n += 1) {
      term *= (-x * x) / n;
      sum += term / (2 * n + 1);
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // Continued fraction (Lentz) for erfc.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n += 1) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

/** Benjamini-Hochberg adjusted p-values (q-values), in the order given. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const n = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(n).fill(1);
  let running = 1;
  for (let rank = n; rank >= 1; rank -= 1) {
    const item = order[rank - 1];
    if (!item) continue;
    running = Math.min(running, (item.p * n) / rank);
    adjusted[item.index] = Math.min(1, running);
  }
  return adjusted;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/** Lag-1 autocorrelation of a series (0 for a constant or too short one). */
export function lag1Autocorrelation(series: readonly number[]): number {
  if (series.length < 3) return 0;
  const m = mean(series);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < series.length; i += 1) {
    const deviation = (series[i] ?? 0) - m;
    denominator += deviation * deviation;
    if (i > 0) numerator += deviation * ((series[i - 1] ?? 0) - m);
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

export interface WilcoxonResult {
  /** Sum of the ranks of the positive differences. */
  wPlus: number;
  /** Non-zero differences used. */
  n: number;
  /** Two-sided p-value: exact for n <= 25 without ties, otherwise the normal approximation. */
  p: number;
}

/** Wilcoxon signed-rank test that the differences are centred on zero (zeros dropped, ties get mid-ranks). */
export function wilcoxonSignedRank(differences: readonly number[]): WilcoxonResult {
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  if (n === 0) return { wPlus: 0, n: 0, p: 1 };
  const sorted = nonZero.map((d) => ({ d, abs: Math.abs(d) })).sort((a, b) => a.abs - b.abs);
  const ranks = new Array<number>(n).fill(0);
  let hasTies = false;
  let tieCorrection = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && sorted[j + 1]?.abs === sorted[i]?.abs) j += 1;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k += 1) ranks[k] = rank;
    const size = j - i + 1;
    if (size > 1) {
      hasTies = true;
      tieCorrection += size ** 3 - size;
    }
    i = j + 1;
  }
  const wPlus = sorted.reduce((sum, item, i) => sum + (item.d > 0 ? (ranks[i] ?? 0) : 0), 0);
  if (n <= 25 && !hasTies) return { wPlus, n, p: exactSignedRankP(wPlus, n) };
  const expected = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection / 48;
  const z = (Math.abs(wPlus - expected) - 0.5) / Math.sqrt(variance);
  return { wPlus, n, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))) };
}

/** Exact two-sided p for W+ with n untied ranks: count the subsets of 1..n by their sum. */
function exactSignedRankP(wPlus: number, n: number): number {
  const maxSum = (n * (n + 1)) / 2;
  const counts = new Array<number>(maxSum + 1).fill(0);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank += 1) {
    for (let sum = maxSum; sum >= rank; sum -= 1)
      counts[sum] = (counts[sum] ?? 0) + (counts[sum - rank] ?? 0);
  }
  const total = 2 ** n;
  const low = Math.min(wPlus, maxSum - wPlus);
  let tail = 0;
  for (let sum = 0; sum <= low; sum += 1) tail += counts[sum] ?? 0;
  return Math.min(1, (2 * tail) / total);
}

/**
 * Time-stratified least squares: y_d = a_block + Σ b_j x_jd + c·weekend_d + e, with 28-day blocks as
 * strata (Janes, Sheppard & Lumley 2005). Each block's means are subtracted, then ordinary least
 * squares; each coefficient's standard error and degrees of freedom are adjusted for lag-1
 * autocorrelation of its exposure and of the residuals (Bretherton et al. 1999).
 */
import { lag1Autocorrelation, tQuantile, tTwoSidedP } from './stats';

export const BLOCK_DAYS = 28;
/** Cap on r_x·r_e, so the adjustment never divides by (almost) zero. */
const MAX_AUTOCORRELATION_PRODUCT = 0.9;

/**
 * Lag-1 autocorrelation, corrected for its downward bias (Marriott & Pope 1954: E[r] ≈ ρ − (1 + 3ρ)/n
 * for a series whose mean is estimated), floored at 0. The series here have had each block's mean
 * removed, so the bias follows the block length rather than the whole series: n is the average number of
 * rows per block. Without this the adjustment falls short and factors with no effect are flagged too often.
 */
export function correctedAutocorrelation(series: readonly number[], rowsPerBlock: number): number {
  const r = lag1Autocorrelation(series);
  return Math.min(0.95, Math.max(0, r + (1 + 3 * r) / Math.max(2, rowsPerBlock)));
}

export interface Coefficient {
  estimate: number;
  /** Standard error after the autocorrelation adjustment. */
  se: number;
  df: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

export interface RegressionInput {
  y: readonly number[];
  /** One array per regressor, same length as y. */
  columns: readonly (readonly number[])[];
  /** Stratum of each row (its 28-day block). */
  blocks: readonly number[];
}

function demeanWithin(values: readonly number[], blocks: readonly number[]): number[] {
  const sums = new Map<number, { total: number; count: number }>();
  values.forEach((value, i) => {
    const block = blocks[i] ?? 0;
    const entry = sums.get(block) ?? { total: 0, count: 0 };
    entry.total += value;
    entry.count += 1;
    sums.set(block, entry);
  });
  return values.map((value, i) => {
    const entry = sums.get(blocks[i] ?? 0);
    return entry ? value - entry.total / entry.count : value;
  });
}

/** Inverts a small symmetric positive-definite matrix (Gauss-Jordan); null when it is singular. */
function invert(matrix: number[][]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    }
    const pivotRow = a[pivot];
    const scale = pivotRow?.[col] ?? 0;
    if (!pivotRow || Math.abs(scale) < 1e-10) return null;
    [a[col], a[pivot]] = [pivotRow, a[col] ?? pivotRow];
    for (let j = 0; j < 2 * n; j += 1) pivotRow[j] = (pivotRow[j] ?? 0) / scale;
    for (let row = 0; row < n; row += 1) {
      const current = a[row];
      if (row === col || !current) continue;
      const factor = current[col] ?? 0;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * n; j += 1) current[j] = (current[j] ?? 0) - factor * (pivotRow[j] ?? 0);
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Fits the model; returns one coefficient per column, or null when the columns don't vary enough within
 * blocks to be told apart.
 */
export function fitStratified({ y, columns, blocks }: RegressionInput): Coefficient[] | null {
  const n = y.length;
  const k = columns.length;
  const blockCount = new Set(blocks).size;
  const residualDf = n - k - blockCount;
  if (k === 0 || residualDf < 2) return null;
  const yc = demeanWithin(y, blocks);
  const xc = columns.map((column) => demeanWithin(column, blocks));

  const xtx = xc.map((a) => xc.map((b) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0)));
  const inverse = invert(xtx);
  if (!inverse) return null;
  const xty = xc.map((a) => a.reduce((sum, value, i) => sum + value * (yc[i] ?? 0), 0));
  const beta = inverse.map((row) => row.reduce((sum, value, j) => sum + value * (xty[j] ?? 0), 0));
  const residuals = yc.map(
    (value, i) => value - xc.reduce((sum, column, j) => sum + (column[i] ?? 0) * (beta[j] ?? 0), 0),
  );
  const sigma2 = residuals.reduce((sum, r) => sum + r * r, 0) / residualDf;
  const rowsPerBlock = n / blockCount;
  const residualAutocorrelation = correctedAutocorrelation(residuals, rowsPerBlock);

  return beta.map((estimate, j) => {
    const naiveSe = Math.sqrt(Math.max(0, sigma2 * (inverse[j]?.[j] ?? 0)));
    const exposureAutocorrelation = correctedAutocorrelation(xc[j] ?? [], rowsPerBlock);
    const r = Math.min(MAX_AUTOCORRELATION_PRODUCT, exposureAutocorrelation * residualAutocorrelation);
    const inflation = (1 + r) / (1 - r);
    const se = naiveSe * Math.sqrt(inflation);
    const df = Math.max(1, residualDf / inflation);
    const margin = tQuantile(0.975, df) * se;
    const t = se === 0 ? 0 : estimate / se;
    return {
      estimate,
      se,
      df,
      ciLow: estimate - margin,
      ciHigh: estimate + margin,
      p: se === 0 ? 1 : tTwoSidedP(t, df),
    };
  });
}

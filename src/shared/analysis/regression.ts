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

export function demeanWithin(values: readonly number[], blocks: readonly number[]): number[] {
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
export function invert(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    }
    const pivotRow = a[pivot];
    const scale = pivotRow?.[col] ?? 0;
    if (!pivotRow || Math.abs(scale) < 1e-12) return null;
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

export const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);

/**
 * A column left out of the fit because, within the blocks, it is (almost) exactly a combination of
 * columns before it: `partners` are the indexes of the kept columns it is made of (empty when it does
 * not vary within blocks at all).
 */
export interface DroppedColumn {
  index: number;
  partners: number[];
}

export interface JointFit {
  /** One per input column; null for a dropped column. */
  coefficients: (Coefficient | null)[];
  dropped: DroppedColumn[];
  /**
   * For each kept column, the share of its within-block variation explained by the other kept columns
   * (R²; 1 / (1 − R²) is its variance inflation). Near 1, the column can hardly be told apart from the rest.
   */
  overlap: (number | null)[];
}

/** Relative size below which what is left of a column after the earlier ones counts as nothing. */
const DEPENDENT_TOLERANCE = 1e-9;
/** A partner must carry at least this much of a dropped column to be named. */
const PARTNER_WEIGHT = 1e-6;

/**
 * Keeps the columns, in the order given, that add something the earlier kept ones do not (Gram-Schmidt
 * with re-orthogonalisation on the block-demeaned columns: a rank-revealing pass, so duplicated or
 * constant columns are found instead of making the fit fail). Order the columns by importance: a later
 * column that repeats an earlier one is the one dropped.
 */
export function independentColumns(columns: readonly number[][]): { kept: number[]; dropped: number[] } {
  const basis: number[][] = [];
  const kept: number[] = [];
  const dropped: number[] = [];
  columns.forEach((column, index) => {
    const norm2 = dot(column, column);
    let residual = [...column];
    for (let pass = 0; pass < 2; pass += 1) {
      for (const q of basis) {
        const projection = dot(residual, q);
        residual = residual.map((value, i) => value - projection * (q[i] ?? 0));
      }
    }
    const left2 = dot(residual, residual);
    if (norm2 === 0 || left2 <= DEPENDENT_TOLERANCE * norm2) {
      dropped.push(index);
      return;
    }
    const length = Math.sqrt(left2);
    basis.push(residual.map((value) => value / length));
    kept.push(index);
  });
  return { kept, dropped };
}

/**
 * Fits y on the columns within blocks, keeping only the columns that can be told apart (see
 * independentColumns); null only when no column is left or too few rows remain to estimate the noise.
 */
export function fitJoint({ y, columns, blocks }: RegressionInput): JointFit | null {
  const n = y.length;
  const blockCount = new Set(blocks).size;
  const yc = demeanWithin(y, blocks);
  const all = columns.map((column) => demeanWithin(column, blocks));
  const { kept, dropped } = independentColumns(all);
  const k = kept.length;
  const residualDf = n - k - blockCount;
  if (k === 0 || residualDf < 2) return null;
  const xc = kept.map((index) => all[index] ?? []);

  const xtx = xc.map((a) => xc.map((b) => dot(a, b)));
  const inverse = invert(xtx);
  if (!inverse) return null;
  const xty = xc.map((a) => dot(a, yc));
  const beta = inverse.map((row) => dot(row, xty));
  const residuals = yc.map(
    (value, i) => value - xc.reduce((sum, column, j) => sum + (column[i] ?? 0) * (beta[j] ?? 0), 0),
  );
  const sigma2 = dot(residuals, residuals) / residualDf;
  const rowsPerBlock = n / blockCount;
  const residualAutocorrelation = correctedAutocorrelation(residuals, rowsPerBlock);

  const coefficients: (Coefficient | null)[] = columns.map(() => null);
  const overlap: (number | null)[] = columns.map(() => null);
  kept.forEach((index, j) => {
    const estimate = beta[j] ?? 0;
    const naiveSe = Math.sqrt(Math.max(0, sigma2 * (inverse[j]?.[j] ?? 0)));
    const exposureAutocorrelation = correctedAutocorrelation(xc[j] ?? [], rowsPerBlock);
    const r = Math.min(MAX_AUTOCORRELATION_PRODUCT, exposureAutocorrelation * residualAutocorrelation);
    const inflation = (1 + r) / (1 - r);
    const se = naiveSe * Math.sqrt(inflation);
    const df = Math.max(1, residualDf / inflation);
    const margin = tQuantile(0.975, df) * se;
    const t = se === 0 ? 0 : estimate / se;
    coefficients[index] = {
      estimate,
      se,
      df,
      ciLow: estimate - margin,
      ciHigh: estimate + margin,
      p: se === 0 ? 1 : tTwoSidedP(t, df),
    };
    // (X'X)⁻¹_jj · x_j'x_j = 1 / (1 − R²_j).
    const inflationFactor = (inverse[j]?.[j] ?? 0) * (xtx[j]?.[j] ?? 0);
    overlap[index] = inflationFactor > 0 ? Math.max(0, 1 - 1 / inflationFactor) : null;
  });

  // What each dropped column is made of: its least-squares weights on the kept columns.
  const droppedColumns = dropped.map((index): DroppedColumn => {
    const column = all[index] ?? [];
    if (dot(column, column) === 0) return { index, partners: [] };
    const weights = inverse.map((row) =>
      dot(
        row,
        xc.map((kc) => dot(kc, column)),
      ),
    );
    return { index, partners: kept.filter((_, j) => Math.abs(weights[j] ?? 0) > PARTNER_WEIGHT) };
  });
  return { coefficients, dropped: droppedColumns, overlap };
}

/**
 * Fits the model; returns one coefficient per column, or null when the columns can't all be told apart
 * within blocks (then use fitJoint, which says which).
 */
export function fitStratified(input: RegressionInput): Coefficient[] | null {
  const fit = fitJoint(input);
  if (!fit || fit.dropped.length > 0) return null;
  return fit.coefficients.map((c) => c ?? { estimate: 0, se: 0, df: 1, ciLow: 0, ciHigh: 0, p: 1 });
}

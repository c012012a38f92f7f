/**
 * Ordinary least squares with heteroskedasticity-robust (HC3) standard errors and a t interval, for the
 * relief comparison (reliefModel.ts). The rows are single uses and follow-ups, not days, so there is no
 * block structure or autocorrelation to allow for; what varies is the spread of the change from row to
 * row (wider from higher pain, and for remedies that help some times and not others), which HC3 allows
 * for without assuming one noise level (MacKinnon & White 1985; Long & Ervin 2000 recommend HC3 below
 * about 250 rows). Columns that repeat earlier ones are found by the same rank-revealing pass as the
 * factor fit (regression.ts) and left out, with the kept columns they are made of.
 */
import { dot, independentColumns, invert } from './regression';
import { tQuantile } from './stats';

export interface RobustCoefficient {
  estimate: number;
  se: number;
  df: number;
  ciLow: number;
  ciHigh: number;
}

export interface RobustFit {
  /** One per input column; null for a column left out as a repeat of others. */
  coefficients: (RobustCoefficient | null)[];
  /** Left-out columns, each with the indexes of the kept columns it is (almost) exactly made of. */
  dropped: { index: number; partners: number[] }[];
  rows: number;
}

/** A row with leverage this close to 1 is fitted exactly by a column of its own (see below). */
const FULL_LEVERAGE = 1 - 1e-9;
const PARTNER_WEIGHT = 1e-6;

/**
 * Fits y on the columns (include a column of ones for the intercept). Order the columns by importance:
 * a later column that repeats earlier ones is the one left out. Null when nothing is left to estimate
 * the noise from (fewer than two rows more than kept columns).
 */
export function fitRobust(y: readonly number[], columns: readonly (readonly number[])[]): RobustFit | null {
  const n = y.length;
  const { kept, dropped } = independentColumns(columns.map((c) => [...c]));
  const k = kept.length;
  const df = n - k;
  if (k === 0 || df < 2) return null;
  const x = kept.map((index) => columns[index] ?? []);
  const xtx = x.map((a) => x.map((b) => dot(a, b)));
  const inverse = invert(xtx);
  if (!inverse) return null;
  const beta = inverse.map((row) =>
    dot(
      row,
      x.map((column) => dot(column, y)),
    ),
  );
  const rowOf = (i: number) => x.map((column) => column[i] ?? 0);

  // HC3 meat: Σ x_i x_iᵀ e_i² / (1 − h_i)². A row with leverage 1 is fitted exactly by a column that
  // only it informs (a remedy rated once, say): it says nothing about the other coefficients, and its
  // own column's spread can't be known, so it is left out of the meat and that column has no interval.
  const meat = x.map(() => x.map(() => 0));
  const unknowable = new Set<number>();
  for (let i = 0; i < n; i += 1) {
    const xi = rowOf(i);
    const influence = inverse.map((row) => dot(row, xi));
    const leverage = dot(xi, influence);
    const residual = (y[i] ?? 0) - dot(xi, beta);
    if (leverage >= FULL_LEVERAGE) {
      influence.forEach((value, j) => {
        if (Math.abs(value) > PARTNER_WEIGHT) unknowable.add(j);
      });
      continue;
    }
    const weight = residual ** 2 / (1 - leverage) ** 2;
    for (let a = 0; a < k; a += 1) {
      const row = meat[a];
      if (!row) continue;
      for (let b = 0; b < k; b += 1) row[b] = (row[b] ?? 0) + (xi[a] ?? 0) * (xi[b] ?? 0) * weight;
    }
  }
  const quantile = tQuantile(0.975, df);
  const coefficients: (RobustCoefficient | null)[] = columns.map(() => null);
  kept.forEach((index, j) => {
    const bread = inverse[j] ?? [];
    const variance = bread.reduce(
      (sum, value, a) =>
        sum + value * bread.reduce((inner, other, b) => inner + (meat[a]?.[b] ?? 0) * other, 0),
      0,
    );
    const estimate = beta[j] ?? 0;
    const se = unknowable.has(j) ? Infinity : Math.sqrt(Math.max(0, variance));
    coefficients[index] = {
      estimate,
      se,
      df,
      ciLow: estimate - quantile * se,
      ciHigh: estimate + quantile * se,
    };
  });
  const droppedColumns = dropped.map((index) => {
    const column = columns[index] ?? [];
    const weights = inverse.map((row) =>
      dot(
        row,
        x.map((kc) => dot(kc, column)),
      ),
    );
    return { index, partners: kept.filter((_, j) => Math.abs(weights[j] ?? 0) > PARTNER_WEIGHT) };
  });
  return { coefficients, dropped: droppedColumns, rows: n };
}

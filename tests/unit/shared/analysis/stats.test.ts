import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  incompleteBeta,
  lag1Autocorrelation,
  logGamma,
  median,
  normalCdf,
  quantile,
  tCdf,
  tQuantile,
  tTwoSidedP,
  wilcoxonSignedRank,
} from '../../../../src/shared/analysis/stats';

describe('special functions', () => {
  it('log Γ matches known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(10.5)).toBeCloseTo(13.940625219403763, 10);
  });

  it('the incomplete beta function matches known values', () => {
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 6); // 1 - (0.7^6 + 6*0.3*0.7^5)
    expect(incompleteBeta(0.9, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.9)), 12);
  });
});

describe('Student t distribution (reference: standard t tables)', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [5, 2.571],
    [10, 2.228],
    [20, 2.086],
    [30, 2.042],
    [60, 2.0],
    [120, 1.98],
  ])('the 97.5%% quantile with %i degrees of freedom is %f', (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 2);
  });

  it('gives the published tail areas', () => {
    expect(tCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(tCdf(2.015, 5)).toBeCloseTo(0.95, 3);
    expect(tTwoSidedP(2.228, 10)).toBeCloseTo(0.05, 3);
    expect(tTwoSidedP(3.169, 10)).toBeCloseTo(0.01, 3);
    // df = 1 is the Cauchy distribution: P(T <= 1) = 3/4.
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 12);
    expect(tCdf(-1, 1)).toBeCloseTo(0.25, 12);
  });

  it('works with fractional degrees of freedom between its neighbours', () => {
    const q = tQuantile(0.975, 10.5);
    expect(q).toBeLessThan(tQuantile(0.975, 10));
    expect(q).toBeGreaterThan(tQuantile(0.975, 11));
  });
});

describe('normal distribution', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [-2.5758293035489, 0.005],
    [3, 0.9986501019683699],
  ])('Φ(%f) = %f', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 9);
  });
});

describe('Benjamini-Hochberg (reference: R p.adjust(method = "BH"))', () => {
  it('matches R on the textbook example', () => {
    const p = [0.01, 0.04, 0.03, 0.005, 0.2];
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "BH") = 0.025 0.050 0.050 0.025 0.200
    expect(benjaminiHochberg(p).map((q) => Number(q.toFixed(6)))).toEqual([0.025, 0.05, 0.05, 0.025, 0.2]);
  });

  it('never lowers a p-value and keeps the order', () => {
    const p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];
    const q = benjaminiHochberg(p);
    q.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(p[i] ?? 0));
    expect([...q].sort((a, b) => a - b)).toEqual(q);
    expect(q[0]).toBeCloseTo(0.01, 10);
    expect(q[9]).toBeCloseTo(0.216, 10);
  });
});

describe('Wilcoxon signed-rank (reference: R wilcox.test(..., exact = TRUE/FALSE))', () => {
  it('exact p for a small sample without ties', () => {
    // wilcox.test(c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30) - c(0.878, 0.647, 0.598, 2.05,
    //   1.06, 1.29, 1.06, 3.14, 1.29), paired data from Hollander & Wolfe) gives V = 40, p = 0.03906.
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const result = wilcoxonSignedRank(x.map((v, i) => v - (y[i] ?? 0)));
    expect(result.wPlus).toBe(40);
    expect(result.p).toBeCloseTo(0.0390625, 6);
  });

  it('uses the normal approximation with ties, and is 1 for no differences', () => {
    const result = wilcoxonSignedRank([2, 2, 3, 1, 4, 2, 3, -1, 2, 3, 2, 1]);
    expect(result.n).toBe(12);
    expect(result.p).toBeGreaterThan(0.001);
    expect(result.p).toBeLessThan(0.01);
    expect(wilcoxonSignedRank([0, 0, 0]).p).toBe(1);
  });
});

describe('small helpers', () => {
  it('median, quantile and autocorrelation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2 / 3)).toBeCloseTo(7, 10);
    expect(lag1Autocorrelation([1, 2, 3, 4, 5, 6])).toBeCloseTo(0.5, 10);
    expect(lag1Autocorrelation([1, -1, 1, -1, 1, -1])).toBeCloseTo(-5 / 6, 10);
    expect(lag1Autocorrelation([2, 2, 2])).toBe(0);
  });
});

/**
 * Do episodes start more often on exposed days? A Mantel-Haenszel rate ratio of episode-start days on
 * exposed versus unexposed days within the same 28-day blocks: a one-person, time-stratified
 * case-crossover comparison. Variance of log RR from Greenland & Robins (1985) for person-time data.
 */
import { normalCdf } from './stats';

export interface RateRatio {
  ratio: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

export function mantelHaenszelRateRatio(
  started: readonly boolean[],
  exposure: readonly (number | null)[],
  blocks: readonly number[],
): RateRatio | null {
  const strata = new Map<number, { a: number; b: number; e1: number; e0: number }>();
  started.forEach((didStart, i) => {
    const x = exposure[i];
    if (x === null || x === undefined) return;
    const block = blocks[i] ?? 0;
    const s = strata.get(block) ?? { a: 0, b: 0, e1: 0, e0: 0 };
    if (x === 1) {
      s.e1 += 1;
      if (didStart) s.a += 1;
    } else {
      s.e0 += 1;
      if (didStart) s.b += 1;
    }
    strata.set(block, s);
  });
  let numerator = 0;
  let denominator = 0;
  let varianceSum = 0;
  for (const { a, b, e1, e0 } of strata.values()) {
    const t = e1 + e0;
    if (e1 === 0 || e0 === 0) continue;
    numerator += (a * e0) / t;
    denominator += (b * e1) / t;
    varianceSum += ((a + b) * e1 * e0) / (t * t);
  }
  if (numerator === 0 || denominator === 0) return null;
  const ratio = numerator / denominator;
  const se = Math.sqrt(varianceSum / (numerator * denominator));
  const z = Math.log(ratio) / se;
  return {
    ratio,
    ciLow: Math.exp(Math.log(ratio) - 1.96 * se),
    ciHigh: Math.exp(Math.log(ratio) + 1.96 * se),
    p: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))),
  };
}

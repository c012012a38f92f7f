/** Small numeric helpers shared by the scoring modules (not part of the public scoring API). */

/**
 * Removes binary floating-point noise (3.7 - 5 is -1.2999999999999998), so a change of exactly 1.3 or
 * 30% meets its threshold and reported numbers are the ones a person would work out by hand.
 */
export function withoutFloatNoise(value: number): number {
  const cleaned = Math.round(value * 1e9) / 1e9;
  return cleaned === 0 ? 0 : cleaned; // never -0
}

/** Mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return withoutFloatNoise(sum / values.length);
}

/** Rounds half away from zero to `decimals` places, treating 1.005 as 1.005 rather than 1.00499999… */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const cleaned = withoutFloatNoise(Number((Math.abs(value) * factor).toPrecision(12)));
  const rounded = (Math.sign(value) * Math.round(cleaned)) / factor;
  return rounded === 0 ? 0 : rounded;
}

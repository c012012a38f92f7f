/**
 * Where the marks of a hand-drawn chart go: which points get an axis label and which whole numbers
 * the count axis shows. Pure arithmetic, so every chart spaces its labels the same way.
 */

/**
 * The indices (0 … count-1) that get a label on a category axis, evenly spaced so labels stay at
 * least `minGap` pixels apart on an axis `width` pixels long. The first point is always labelled.
 */
export function labelledIndices(count: number, width: number, minGap: number): number[] {
  if (count <= 0) return [];
  const fit = Math.max(1, Math.floor(width / Math.max(1, minGap)));
  const step = Math.max(1, Math.ceil(count / fit));
  const indices: number[] = [];
  for (let index = 0; index < count; index += step) indices.push(index);
  return indices;
}

/**
 * Whole-number ticks from 0 for a count axis whose largest value is `max`: a step of 1, 2 or 5 times a
 * power of ten, so there are at most `maxTicks` intervals, and a top tick at or above `max`.
 */
export function countTicks(max: number, maxTicks = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = niceStep(top, maxTicks);
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) ticks.push(value);
  return ticks;
}

/** The smallest of 1, 2, 5, 10, 20, 50 … that covers `top` in at most `maxTicks` steps. */
function niceStep(top: number, maxTicks: number): number {
  for (let power = 1; ; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      if (Math.ceil(top / (multiple * power)) <= maxTicks) return multiple * power;
    }
  }
}

/** The index of the point nearest to `x` when `count` points sit in the middle of equal slots. */
export function nearestSlot(x: number, plotLeft: number, plotWidth: number, count: number): number {
  if (count <= 0) return -1;
  const slot = Math.floor(((x - plotLeft) / plotWidth) * count);
  return Math.min(count - 1, Math.max(0, slot));
}

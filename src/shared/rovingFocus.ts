/**
 * A row of choices that is one stop for Tab (the toolbar pattern of WAI-ARIA): the arrow keys move along it,
 * Home and End go to its ends. Up and Down move too, because a long row wraps onto several lines.
 */
const STEPS: Readonly<Record<string, 1 | -1>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/** The index focus moves to for a key, going round at the ends; null for a key that does not move it. */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEPS[key];
  if (step === undefined) return null;
  return (((index + step) % count) + count) % count;
}

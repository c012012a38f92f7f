/**
 * Pain by number key: "0"-"9" choose that number; "1" then "0" typed quickly gives 10.
 */
export const TEN_WINDOW_MS = 1200;

export interface LastIntensityKey {
  key: string;
  at: number;
}

/** The intensity a key press chooses, or null when the key is not a digit. */
export function intensityFromKey(key: string, at: number, last: LastIntensityKey | null): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  if (key === '0' && last?.key === '1' && at - last.at <= TEN_WINDOW_MS) return 10;
  return Number(key);
}

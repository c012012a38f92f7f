/** The stretches a posture-break reminder suggests: ones done at or beside a desk, no floor needed. */
import { remedyById, type Remedy, type RemedyId } from '../taxonomy';

/**
 * Catalog stretches that can be done sitting or standing at a desk (thoracic extension sitting tall);
 * cat-cow needs hands and knees, so it is left out.
 */
export const DESK_STRETCHES: readonly RemedyId[] = [
  'shoulder-rolls',
  'neck-stretches',
  'thoracic-extension',
  'chest-opening-stretch',
];

const MS_PER_HOUR = 3_600_000;

/**
 * The stretch to suggest at `now`: the same all hour, the next one in the list the hour after, so reminders
 * in one long stretch of computer use vary. Deterministic, so it can be tested.
 */
export function suggestedStretch(now: Date): Remedy {
  const hours = Math.floor(now.getTime() / MS_PER_HOUR);
  const count = DESK_STRETCHES.length;
  // NaN (an invalid date) falls back to the first; ((n % c) + c) % c keeps dates before 1970 in range.
  const index = Number.isFinite(hours) ? ((hours % count) + count) % count : 0;
  return remedyById(DESK_STRETCHES[index] ?? 'shoulder-rolls');
}

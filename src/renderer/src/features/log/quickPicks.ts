import type { RemedyId } from '@shared/taxonomy/remedies';

/** The remedies offered as one-tap toggles in the quick log; the full editor lists all of them. */
export const QUICK_REMEDIES: readonly RemedyId[] = [
  'heat',
  'cold',
  'neck-stretches',
  'shoulder-rolls',
  'sitting-break',
  'rest',
  'deep-breathing',
  'water',
  'otc-pain-reliever',
];

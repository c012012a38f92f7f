/**
 * A cause's suggested self-care, ordered by the person's own measured relief: what has helped them most
 * reliably comes first (the low end of its relief beyond natural easing once that can be said, else of
 * its plain relief after use), then what they haven't rated enough yet, in the documents' order.
 */
import type { RemedyId } from '../taxonomy/remedies';
import { compareRelief, type RemedyRelief } from './remedies';

export interface SelfCareItem {
  remedy: RemedyId;
  relief: RemedyRelief | null;
}

export function orderSelfCare(
  remedies: readonly RemedyId[],
  reliefs: readonly RemedyRelief[],
): SelfCareItem[] {
  const byRemedy = new Map(reliefs.map((r) => [r.remedy, r]));
  const items = remedies.map((remedy, index) => ({ remedy, relief: byRemedy.get(remedy) ?? null, index }));
  const measured = (item: (typeof items)[number]) =>
    item.relief && item.relief.ciLow !== null ? item.relief : null;
  return items
    .sort((a, b) => {
      const ma = measured(a);
      const mb = measured(b);
      if (ma && mb) return compareRelief(ma, mb);
      if (ma) return -1;
      if (mb) return 1;
      return a.index - b.index;
    })
    .map(({ remedy, relief }) => ({ remedy, relief }));
}

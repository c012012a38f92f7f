import { describe, expect, it } from 'vitest';
import { COMPARED_CAVEAT } from '../../../../src/shared/analysis/wording';
import { helpsBars } from '../../../../src/shared/trends/helpsBars';
import { remediesInRange } from '../../../../src/shared/trends/remediesInRange';
import { describeRemedies } from '../../../../src/shared/trends/summaries';
import { episode, LONDON, remedy } from './helpers';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const at = (dayOfMonth: number, hour = 10) =>
  `2026-11-${String(dayOfMonth).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** Heat rated 6 → 3 or 6 → 4 on five days, and cold once. */
const remedies = [
  ...[3, 4, 3, 4, 3].map((after, i) => episode(at(i + 2), 6, { remedies: [remedy('heat', 6, after)] })),
  episode(at(9), 5, { remedies: [remedy('cold', 5, 3)] }),
];
/** Ten follow-ups where nothing was tried: pain 6 → 6 or 5 after an hour. */
const nothingTried = Array.from({ length: 10 }, (_, i) =>
  episode(at(i + 10, 8), 6, {
    followUp: {
      at: at(i + 10, 9),
      pain: i % 2 === 0 ? 6 : 5,
      stopped: false,
      painBefore: 6,
      minutesAfter: 60,
      answeredAt: at(i + 10, 9),
    },
  }),
);

describe('the What helps chart', () => {
  it('draws the plain median relief until remedies can be compared with trying nothing', () => {
    const { measure, axisLabel, bars } = helpsBars(remediesInRange(remedies, NOVEMBER, LONDON));
    expect(measure).toBe('after-use');
    expect(axisLabel).toBe('Points less pain afterwards (median, 95% range)');
    // Heat reliefs 3, 2, 3, 2, 3: median 3. Cold has one use: no bar.
    expect(bars.map((b) => [b.remedy, b.value, b.uses])).toEqual([['heat', 3, 5]]);
  });

  it('then draws relief beyond easing by itself, and Trends words it as Insights does', () => {
    const reliefs = remediesInRange([...remedies, ...nothingTried], NOVEMBER, LONDON);
    const { measure, bars } = helpsBars(reliefs);
    expect(measure).toBe('beyond-easing');
    // Same starting pain and time: heat's mean 2.6 minus nothing tried's 0.5.
    expect(bars[0]?.value).toBeCloseTo(2.1, 10);
    expect(bars[0]?.low).toBeGreaterThan(1);
    const text = describeRemedies(reliefs);
    expect(text).toMatch(
      /^2 remedies logged in this period\. Heat: about 2\.1 points more relief than when you tried nothing/,
    );
    expect(text.endsWith(COMPARED_CAVEAT)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { RELIEF_CAVEAT } from '../../../../src/shared/analysis/wording';
import type { FactorInsight } from '../../../../src/shared/analysis/insights';
import {
  describeContext,
  describeRegions,
  describeRemedies,
  regionStats,
  remediesInRange,
  type ContextPoint,
} from '../../../../src/shared/trends';
import { episode, LONDON, remedy } from './helpers';

describe('describeRegions', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };

  it('says what to log when no area was marked', () => {
    expect(describeRegions(regionStats([episode('2026-11-02T10:00:00.000Z', 5)], november, LONDON))).toBe(
      'No areas of pain marked in this period. When you log an episode, mark where it hurts to see which areas are affected most.',
    );
  });

  it('lists the areas from most to least often with their numbers', () => {
    const stats = regionStats(
      [
        episode('2026-11-02T10:00:00.000Z', 6, { regions: ['neck', 'between-shoulder-blades'] }),
        episode('2026-11-03T10:00:00.000Z', 8, { regions: ['neck'] }),
        episode('2026-11-04T10:00:00.000Z', 3, { regions: ['neck'] }),
        episode('2026-11-05T10:00:00.000Z', 9, { regions: ['between-shoulder-blades'] }),
      ],
      november,
      LONDON,
    );
    // Neck (6 + 8 + 3) / 3 = 5.67.
    expect(describeRegions(stats)).toBe(
      'Pain was marked in 2 areas, from most to least often. Neck: 3 episodes, average 5.7, worst 8; Between the shoulder blades: 2 episodes, average 7.5, worst 9.',
    );
  });

  it('describes a single area', () => {
    const stats = regionStats(
      [episode('2026-11-02T10:00:00.000Z', 2, { regions: ['chest'] })],
      november,
      LONDON,
    );
    expect(describeRegions(stats)).toBe('Pain was marked in 1 area. Chest: 1 episode, average 2, worst 2.');
  });
});

function pointsOf(values: readonly number[], pains: readonly number[]): ContextPoint[] {
  return values.map((value, i) => ({
    day: `2026-11-${String(i + 1).padStart(2, '0')}`,
    value,
    pain: pains[i] ?? 0,
  }));
}
const RANKS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('describeContext', () => {
  it('says what to log, and how many days have both', () => {
    expect(describeContext([], 'sleepHours', null)).toBe(
      'No days in this period have both sleep hours and pain recorded. Add how many hours you slept to your daily check-in, with your overall pain or an episode, to compare them.',
    );
    expect(describeContext(pointsOf([5], [3]), 'stress', null)).toBe(
      '1 day in this period has both stress ratings and pain recorded.',
    );
    expect(describeContext(pointsOf(RANKS.slice(0, 7), RANKS), 'deskHours', null)).toBe(
      '7 days in this period have both desk hours and pain recorded.',
    );
  });

  it('says when one side never varies', () => {
    expect(describeContext(pointsOf([7, 7, 7, 7, 7, 7, 7, 7], RANKS), 'sleepHours', null)).toBe(
      'Your sleep hours were the same on all 8 days with both recorded.',
    );
    expect(describeContext(pointsOf(RANKS, [3, 3, 3, 3, 3, 3, 3, 3]), 'stress', null)).toBe(
      'Your pain was the same on all 8 days with both recorded.',
    );
  });

  it('describes the chart without a verdict of its own, then gives the one Insights gives', () => {
    // Σd² = 50: rho = 34/84 = 0.405, here reversed.
    const described = describeContext(pointsOf(RANKS, [4, 7, 3, 5, 8, 6, 2, 1]), 'sleepHours', null);
    expect(described).toBe(
      '8 days with both recorded. Their rank correlation is −0.40 (from −1 to 1: how closely the two rose and fell together, before allowing for anything else).',
    );
    expect(described).not.toMatch(/pattern|tended/);
    const insight = {
      id: 'stress-high',
      kind: 'stress',
      exposureWords: 'high stress',
      dayWords: 'days with high stress',
      exposureNote: 'your top third, 7 or more',
      lag: 0,
      tier: 'not-enough-data',
      direction: 'higher',
      exposedDays: 3,
      unexposedDays: 5,
      moreDaysNeeded: { exposed: 5, unexposed: 3 },
      moreCheckInsNeeded: null,
      own: null,
      estimate: null,
      shrunk: null,
      q: null,
      comparisons: 6,
      allowedFor: [],
      tangledWith: [],
      detectable: null,
      counts: null,
      episodeRisk: null,
    } satisfies FactorInsight;
    expect(describeContext(pointsOf(RANKS, [2, 1, 4, 3, 6, 5, 8, 7]), 'stress', insight)).toBe(
      '8 days with both recorded. Their rank correlation is 0.90 (from −1 to 1: how closely the two rose and fell together, before allowing for anything else). What Insights says: Not enough data yet. Not enough check-ins yet to compare days with high stress with other days: about 5 days more with it and 3 days more without it needed (your top third, 7 or more; 3 days with it and 5 days without so far). (Insights compares all your check-ins up to the end of this period, not just these days.)',
    );
  });
});

describe('describeRemedies', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };

  it('says what to log with no remedies', () => {
    expect(describeRemedies([])).toBe(
      'No remedies logged with episodes in this period. When you log an episode, add what you tried and rate your pain before and 15 minutes to 4 hours after, to see what helps.',
    );
  });

  it('gives each remedy’s sentence, with the caveat once there is a result', () => {
    const uses = [6, 7, 5, 6, 8].map((before, i) =>
      episode(`2026-11-0${i + 2}T10:00:00.000Z`, before, {
        remedies: [remedy('heat', before, [4, 4, 4, 4, 6][i] ?? 0)],
      }),
    );
    const cold = episode('2026-11-09T10:00:00.000Z', 5, { remedies: [remedy('cold', 5, 3)] });
    const text = describeRemedies(remediesInRange([...uses, cold], november, LONDON));
    expect(
      text.startsWith('2 remedies logged in this period. Heat: pain was on average 2 points lower'),
    ).toBe(true);
    expect(text).toContain(
      'Ice or cold pack: rate your pain before and 15 minutes to 4 hours after on 4 more uses',
    );
    expect(text.endsWith(RELIEF_CAVEAT)).toBe(true);
    expect(describeRemedies(remediesInRange([cold], november, LONDON))).toBe(
      '1 remedy logged in this period. Ice or cold pack: rate your pain before and 15 minutes to 4 hours after on 4 more uses to see how much it helps (1 counted so far).',
    );
  });
});

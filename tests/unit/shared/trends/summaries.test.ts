import { describe, expect, it } from 'vitest';
import {
  describeHeatmap,
  describePainSeries,
  describeWeekly,
  episodesPerWeek,
  formatRho,
  formatTrendDay,
  hourWeekdayHeatmap,
  type DayPoint,
} from '../../../../src/shared/trends';
import { summarizeLengths } from '../../../../src/shared/episodeLength';
import { episode, LONDON, triggers } from './helpers';

function point(
  day: string,
  average: number | null,
  worst = average,
  patch: Partial<DayPoint> = {},
): DayPoint {
  return {
    day,
    worst,
    average,
    checkInPain: null,
    episodeAverage: null,
    rolling7: null,
    redFlag: false,
    withdrawalStart: false,
    withdrawalSubstances: [],
    episodes: 0,
    ...patch,
  };
}

/** Points without data for `count` days from `first`. */
function emptyDays(first: string, count: number): DayPoint[] {
  const start = Date.parse(`${first}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    point(new Date(start + i * 86_400_000).toISOString().slice(0, 10), null),
  );
}

function withData(points: DayPoint[], ...data: DayPoint[]): DayPoint[] {
  return points.map((p) => data.find((d) => d.day === p.day) ?? p);
}

const LOG_PAIN =
  'Log an episode when pain starts, or record your overall pain in the daily check-in, to see your pain over time.';

describe('formatTrendDay and formatRho', () => {
  it('writes days and correlations plainly', () => {
    expect(formatTrendDay('2026-11-02')).toBe('2 November');
    expect(formatTrendDay('2027-01-20', true)).toBe('20 January 2027');
    expect([formatRho(-0.4512), formatRho(0.9047), formatRho(-0.001), formatRho(0)]).toEqual([
      '−0.45',
      '0.90',
      '0.00',
      '0.00',
    ]);
  });
});

describe('describePainSeries', () => {
  it('says what to log when there is no rating', () => {
    expect(describePainSeries([])).toBe(`No pain ratings yet. ${LOG_PAIN}`);
    expect(describePainSeries(emptyDays('2026-11-01', 30))).toBe(
      `No pain ratings in these 30 days. ${LOG_PAIN}`,
    );
    expect(describePainSeries(emptyDays('2026-11-03', 1))).toBe(`No pain ratings on 3 November. ${LOG_PAIN}`);
  });

  it('gives the average, first and last week, worst day, warning signs and withdrawal starts', () => {
    const points = withData(
      emptyDays('2026-11-01', 30),
      point('2026-11-01', 2),
      point('2026-11-03', 3),
      point('2026-11-10', null, null, { withdrawalStart: true, withdrawalSubstances: ['alcohol'] }),
      point('2026-11-12', 7.3, 8, { redFlag: true }),
      point('2026-11-24', 3, 3, { redFlag: true }),
      point('2026-11-30', 4.2, 6),
    );
    // (2 + 3 + 7.3 + 3 + 4.2) / 5 = 3.9; first week (2 + 3) / 2 = 2.5; last week (3 + 4.2) / 2 = 3.6.
    expect(describePainSeries(points)).toBe(
      'Over these 30 days your daily average pain was 3.9 (5 of 30 days rated), from 2.5 in the first week to 3.6 in the last; worst 8 on 12 November. 2 days with warning signs. Stopped: Alcohol on 10 November.',
    );
  });

  it('names the most recent of several worst days, with the year when the days span two', () => {
    const points = withData(
      emptyDays('2025-12-28', 10),
      point('2025-12-30', 5, 6, { redFlag: true }),
      point('2026-01-02', 4, 6),
    );
    expect(describePainSeries(points)).toBe(
      'Over these 10 days your daily average pain was 4.5 (2 of 10 days rated); worst 6 on 2 days, most recently 2 January 2026. 1 day with warning signs.',
    );
  });

  it('leaves out the week comparison when a week has no rating', () => {
    const points = withData(emptyDays('2026-11-01', 14), point('2026-11-14', 5));
    expect(describePainSeries(points)).toBe(
      'Over these 14 days your daily average pain was 5 (1 of 14 days rated); worst 5 on 14 November.',
    );
  });

  it('describes a single day', () => {
    expect(describePainSeries([point('2026-11-12', 3, 5)])).toBe(
      'On 12 November your average pain was 3; worst 5.',
    );
  });
});

describe('describeWeekly', () => {
  const range = { from: '2025-12-24', to: '2026-01-08' };

  it('says what to log when there are no episodes', () => {
    const text =
      'Log an episode when pain starts, with what came before it, to see how many you have each week.';
    expect(describeWeekly([])).toBe(`No episodes yet. ${text}`);
    expect(describeWeekly(episodesPerWeek([], range, LONDON))).toBe(`No episodes in this period. ${text}`);
  });

  it('gives the total, the weekly rate, the busiest week and the first triggers', () => {
    const bars = episodesPerWeek(
      [
        episode('2025-12-24T10:00:00.000Z', 5, triggers('stress', 'posture')),
        episode('2025-12-28T23:30:00.000Z', 5),
        episode('2025-12-29T00:30:00.000Z', 5, triggers('workout')),
        episode('2025-12-31T23:30:00.000Z', 5, triggers('poor-sleep')),
        episode('2026-01-01T00:10:00.000Z', 5, triggers('poor-sleep')),
        episode('2026-01-08T22:00:00.000Z', 5, triggers('injury')),
      ],
      range,
      LONDON,
    );
    // 6 episodes in 16 days: 6 / 16 × 7 = 2.625 a week.
    expect(describeWeekly(bars)).toBe(
      '6 episodes in 16 days, about 2.6 a week. The most in one week was 3, in the week beginning 29 December 2025. First triggers noted: Poor sleep 2; Workout or hard exercise 1; Stress or anxiety 1; Injury, fall or accident 1. No trigger noted for 1 episode.',
    );
  });

  it('names the latest of tied weeks, and skips the busiest week for a single week', () => {
    const twoWeeks = { from: '2026-11-02', to: '2026-11-15' };
    const tied = episodesPerWeek(
      [episode('2026-11-03T10:00:00.000Z', 5), episode('2026-11-10T10:00:00.000Z', 5)],
      twoWeeks,
      LONDON,
    );
    expect(describeWeekly(tied)).toBe(
      '2 episodes in 14 days, about 1 a week. The most in one week was 1, in 2 weeks, most recently the week beginning 9 November. No trigger noted for 2 episodes.',
    );
    const one = episodesPerWeek(
      [episode('2026-11-03T10:00:00.000Z', 5, triggers('stress'))],
      { from: '2026-11-02', to: '2026-11-08' },
      LONDON,
    );
    expect(describeWeekly(one)).toBe(
      '1 episode in 7 days, about 1 a week. First triggers noted: Stress or anxiety 1.',
    );
  });

  it('gives the typical length from the episodes with an end recorded, and says how many', () => {
    const week = { from: '2026-11-02', to: '2026-11-08' };
    const episodes = [
      episode('2026-11-03T10:00:00.000Z', 5, { endedAt: '2026-11-03T10:45:00.000Z' }),
      episode('2026-11-04T10:00:00.000Z', 5, { endedAt: '2026-11-04T11:34:00.000Z' }),
      episode('2026-11-05T10:00:00.000Z', 5),
    ];
    // Known: 45 and 94 minutes, median 69.5 → 1 h 10 min; the third has no end.
    expect(describeWeekly(episodesPerWeek(episodes, week, LONDON), summarizeLengths(episodes))).toBe(
      '3 episodes in 7 days, about 3 a week. Typical length 1 h 10 min (from the 2 of 3 episodes with an end recorded). No trigger noted for 3 episodes.',
    );
  });
});

describe('describeHeatmap', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };

  it('says what to log when there are no episodes', () => {
    const text =
      'No episodes in this period, so there is no pattern by day or time yet. Log episodes with the time they started to see when pain tends to begin.';
    expect(describeHeatmap(hourWeekdayHeatmap([], november, LONDON))).toBe(text);
    expect(describeHeatmap([])).toBe(text);
  });

  it('describes a single episode', () => {
    const cells = hourWeekdayHeatmap([episode('2026-11-02T14:05:00.000Z', 4)], november, LONDON);
    expect(describeHeatmap(cells)).toBe('1 episode in this period, on a Monday in the hour 14:00 to 15:00.');
  });

  it('names the busiest weekday, hours and single time', () => {
    const cells = hourWeekdayHeatmap(
      [
        episode('2026-11-02T14:05:00.000Z', 4), // Monday
        episode('2026-11-09T14:55:00.000Z', 8), // Monday
        episode('2026-11-05T09:00:00.000Z', 5), // Thursday
        episode('2026-11-06T09:30:00.000Z', 5), // Friday
      ],
      november,
      LONDON,
    );
    expect(describeHeatmap(cells)).toBe(
      '4 episodes in this period. Most started on Mondays (2) and in the hours 09:00 to 10:00 and 14:00 to 15:00 (2 each). The busiest single time was Monday 14:00 to 15:00, with 2 episodes (average intensity 6).',
    );
  });

  it('lists tied weekdays and ends the last hour at midnight', () => {
    const cells = hourWeekdayHeatmap(
      [episode('2026-11-07T23:30:00.000Z', 4), episode('2026-11-08T23:10:00.000Z', 4)], // Saturday, Sunday
      november,
      LONDON,
    );
    expect(describeHeatmap(cells)).toBe(
      '2 episodes in this period. Most started on Saturdays and Sundays (1 each) and in the hour 23:00 to midnight (2).',
    );
  });
});

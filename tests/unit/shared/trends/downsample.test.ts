import { describe, expect, it } from 'vitest';
import { latestPoints, monthlyBars, weeklyPainPoints } from '../../../../src/shared/trends/downsample';
import type { DayPoint } from '../../../../src/shared/trends/series';
import type { WeekBar } from '../../../../src/shared/trends/weekly';

function point(
  day: string,
  worst: number | null,
  average: number | null,
  patch: Partial<DayPoint> = {},
): DayPoint {
  return {
    day,
    worst,
    average,
    checkInPain: null,
    episodeAverage: null,
    rolling7: average,
    redFlag: false,
    withdrawalStart: false,
    withdrawalSubstances: [],
    episodes: worst === null ? 0 : 1,
    ...patch,
  };
}

describe('weeklyPainPoints', () => {
  it('groups days into Monday weeks: worst is the week’s worst, averages are means of the days with data', () => {
    // Sat 14 Nov, Sun 15 Nov (week of Mon 9 Nov); Mon 16 to Wed 18 Nov (week of Mon 16 Nov).
    const weeks = weeklyPainPoints([
      point('2026-11-14', 6, 5),
      point('2026-11-15', null, null),
      point('2026-11-16', 3, 2),
      point('2026-11-17', 8, 6, { redFlag: true }),
      point('2026-11-18', null, 4),
    ]);
    expect(weeks.map((w) => [w.day, w.worst, w.average, w.redFlag, w.episodes])).toEqual([
      ['2026-11-09', 6, 5, false, 1],
      ['2026-11-16', 8, 4, true, 2],
    ]);
  });

  it('crosses a year boundary and keeps a week with no data as empty', () => {
    const weeks = weeklyPainPoints([point('2026-12-31', null, null), point('2027-01-04', 2, 2)]);
    expect(weeks.map((w) => [w.day, w.worst])).toEqual([
      ['2026-12-28', null],
      ['2027-01-04', 2],
    ]);
  });
});

describe('monthlyBars', () => {
  it('sums weeks by the month they start in', () => {
    const bar = (weekStart: string, workout: number, none: number): WeekBar => ({
      weekStart,
      counts: {
        workout,
        stress: 0,
        withdrawal: 0,
        posture: 0,
        dehydration: 0,
        'poor-sleep': 0,
        injury: 0,
        other: 0,
        none,
      },
      total: workout + none,
      daysInRange: 7,
    });
    const months = monthlyBars([bar('2026-10-26', 1, 2), bar('2026-11-02', 3, 0), bar('2026-11-30', 0, 1)]);
    expect(months.map((m) => [m.weekStart, m.counts.workout, m.counts.none, m.total, m.daysInRange])).toEqual(
      [
        ['2026-10-01', 1, 2, 3, 7],
        ['2026-11-01', 3, 1, 4, 14],
      ],
    );
  });
});

describe('latestPoints', () => {
  it('keeps the latest days in order', () => {
    const points = ['2026-11-03', '2026-11-01', '2026-11-02'].map((day) => ({ day }));
    expect(latestPoints(points, 2).map((p) => p.day)).toEqual(['2026-11-02', '2026-11-03']);
  });
});

import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../../src/shared/dates';
import { automaticFlags, dailyPain, risingAverage, severeStreaks } from '../../../../src/shared/scoring';
import { dailyFrom, episode } from './helpers';

/** { day: value } for consecutive days from `from`. */
function run(from: string, values: number[]): Record<string, number> {
  return Object.fromEntries(values.map((value, index) => [addCalendarDays(from, index), value]));
}

describe('severeStreaks', () => {
  it('does not flag 2 severe days in a row', () => {
    expect(severeStreaks(dailyFrom(run('2026-11-18', [8, 9])))).toEqual([]);
  });

  it('flags 3 days in a row at 8 or more', () => {
    expect(severeStreaks(dailyFrom(run('2026-11-18', [8, 10, 8])))).toEqual([
      { from: '2026-11-18', to: '2026-11-20', days: 3 },
    ]);
  });

  it('is broken by a day without data', () => {
    expect(severeStreaks(dailyFrom({ ...run('2026-11-18', [8, 8]), ...run('2026-11-21', [8, 8]) }))).toEqual(
      [],
    );
  });

  it('is broken by a day of 7, which falls short', () => {
    expect(severeStreaks(dailyFrom(run('2026-11-18', [8, 8, 7, 8, 8])))).toEqual([]);
    expect(severeStreaks(dailyFrom(run('2026-11-18', [7, 7, 7, 7])))).toEqual([]);
  });

  it('finds every long enough run, in order, across a month end and a clock change', () => {
    const daily = dailyFrom({
      ...run('2026-10-24', [9, 9, 9, 9]), // 24-27 October, across 25 October
      ...run('2026-11-29', [8, 8, 8]), // 29 November - 1 December
    });
    expect(severeStreaks(daily)).toEqual([
      { from: '2026-10-24', to: '2026-10-27', days: 4 },
      { from: '2026-11-29', to: '2026-12-01', days: 3 },
    ]);
  });

  it('reads the worst of the day, so one severe episode makes a severe day', () => {
    // Each day: an episode of 8 and a check-in average of 3.
    const daily = dailyPain(
      [
        episode('2026-11-18T10:00:00.000Z', 8),
        episode('2026-11-19T10:00:00.000Z', 8),
        episode('2026-11-20T10:00:00.000Z', 8),
      ],
      ['2026-11-18', '2026-11-19', '2026-11-20'].map((day) => ({ day, overallPain: 3 })),
      'Europe/London',
    );
    expect(severeStreaks(daily)).toEqual([{ from: '2026-11-18', to: '2026-11-20', days: 3 }]);
  });

  it('takes other limits when asked', () => {
    expect(severeStreaks(dailyFrom(run('2026-11-18', [6, 6])), 6, 2)).toEqual([
      { from: '2026-11-18', to: '2026-11-19', days: 2 },
    ]);
  });
});

/**
 * Four weeks ending 28 November: 1-7, 8-14, 15-21 and 22-28 November. Each week's values go on its first
 * days.
 */
function weeks(week1: number[], week2: number[], week3: number[], week4: number[]): Record<string, number> {
  return {
    ...run('2026-11-01', week1),
    ...run('2026-11-08', week2),
    ...run('2026-11-15', week3),
    ...run('2026-11-22', week4),
  };
}
const TODAY = '2026-11-28';

describe('risingAverage', () => {
  it('does not flag a flat average', () => {
    expect(risingAverage(dailyFrom(weeks([4, 4, 4], [4, 4, 4], [4, 4, 4], [4, 4, 4])), TODAY)).toBeNull();
  });

  it('flags a rise of 1.2 over four weeks (3, 3.4, 3.8, 4.2)', () => {
    // 3 = 9/3; 3.4 = 17/5; 3.8 = 19/5; 4.2 = 21/5.
    const daily = dailyFrom(weeks([3, 3, 3], [3, 3, 4, 4, 3], [4, 4, 4, 4, 3], [4, 4, 4, 5, 4]));
    expect(risingAverage(daily, TODAY)).toEqual({ weeklyAverages: [3, 3.4, 3.8, 4.2], rise: 1.2 });
  });

  it('flags a rise of exactly 1 with a flat week in between (3, 3, 3.5, 4)', () => {
    const daily = dailyFrom(weeks([3, 3, 3], [3, 3, 3], [3, 4, 3, 4], [4, 4, 4]));
    expect(risingAverage(daily, TODAY)).toEqual({ weeklyAverages: [3, 3, 3.5, 4], rise: 1 });
  });

  it('does not flag a rise under 1 point (3 to 3.857…)', () => {
    // Weeks: 9/3 = 3, 10/3 = 3.333…, 18/5 = 3.6, 27/7 = 3.857…: rising every week, but by 0.857… in all.
    const daily = dailyFrom(weeks([3, 3, 3], [3, 3, 4], [4, 3, 4, 4, 3], [4, 4, 4, 4, 4, 4, 3]));
    expect(risingAverage(daily, TODAY)).toBeNull();
  });

  it('does not flag when a week has data on fewer than 3 days', () => {
    const daily = dailyFrom(weeks([3, 3, 3], [4, 4], [5, 5, 5], [6, 6, 6]));
    expect(risingAverage(daily, TODAY)).toBeNull();
  });

  it('does not flag when a week dips (3, 3.6, 3.4, 4.2)', () => {
    const daily = dailyFrom(weeks([3, 3, 3], [4, 4, 4, 3, 3], [4, 4, 3, 3, 3], [4, 4, 4, 5, 4]));
    expect(risingAverage(daily, TODAY)).toBeNull();
  });

  it('ignores days outside the four weeks', () => {
    const daily = dailyFrom({
      ...weeks([3, 3, 3], [3, 3, 4, 4, 3], [4, 4, 4, 4, 3], [4, 4, 4, 5, 4]),
      '2026-10-31': 10,
      '2026-11-29': 0,
    });
    expect(risingAverage(daily, TODAY)?.weeklyAverages).toEqual([3, 3.4, 3.8, 4.2]);
  });
});

describe('automaticFlags', () => {
  const streak = run('2026-11-18', [8, 9, 8]);

  it('flags a severe streak that includes today, with a plain sentence', () => {
    expect(automaticFlags({ daily: dailyFrom(streak), today: '2026-11-20' })).toEqual([
      {
        id: 'severe-streak',
        from: '2026-11-18',
        to: '2026-11-20',
        detail: 'Pain of 8 or more on 3 days in a row, 18 to 20 November.',
      },
    ]);
  });

  it('keeps flagging it for 7 days after it ends, not 8', () => {
    expect(automaticFlags({ daily: dailyFrom(streak), today: '2026-11-27' })).toHaveLength(1);
    expect(automaticFlags({ daily: dailyFrom(streak), today: '2026-11-28' })).toEqual([]);
  });

  it('does not flag a streak that has not started by today', () => {
    expect(automaticFlags({ daily: dailyFrom(streak), today: '2026-11-17' })).toEqual([]);
  });

  it('names both months, and years outside the current one', () => {
    const acrossMonths = automaticFlags({
      daily: dailyFrom(run('2026-11-30', [8, 8, 8, 8])),
      today: '2026-12-03',
    });
    expect(acrossMonths[0]?.detail).toBe('Pain of 8 or more on 4 days in a row, 30 November to 3 December.');
    const acrossYears = automaticFlags({
      daily: dailyFrom(run('2026-12-30', [9, 9, 9])),
      today: '2027-01-03',
    });
    expect(acrossYears[0]?.detail).toBe(
      'Pain of 8 or more on 3 days in a row, 30 December 2026 to 1 January 2027.',
    );
    const lastYear = automaticFlags({ daily: dailyFrom(run('2026-12-27', [9, 9, 9])), today: '2027-01-02' });
    expect(lastYear[0]?.detail).toBe('Pain of 8 or more on 3 days in a row, 27 to 29 December 2026.');
  });

  it('flags a rising average over the four weeks ending today', () => {
    const daily = dailyFrom(weeks([3, 3, 3], [3, 3, 4, 4, 3], [4, 4, 4, 4, 3], [4, 4, 4, 5, 4]));
    expect(automaticFlags({ daily, today: TODAY })).toEqual([
      {
        id: 'rising-average',
        from: '2026-11-01',
        to: '2026-11-28',
        detail:
          'Weekly average pain rose by 1.2 points over 4 weeks, from 3.0 to 4.2 (3.0, 3.4, 3.8, 4.2), 1 to 28 November.',
      },
    ]);
  });

  it('lists a recent streak before a rising average', () => {
    // Weeks 3, 3, 3, then 22-28 November: 4, 4, 4, 8, 8, 8 (average 6) with a streak on 25-27.
    const daily = dailyFrom(weeks([3, 3, 3], [3, 3, 3], [3, 3, 3], [4, 4, 4, 8, 8, 8]));
    expect(automaticFlags({ daily, today: TODAY }).map((flag) => [flag.id, flag.from, flag.to])).toEqual([
      ['severe-streak', '2026-11-25', '2026-11-27'],
      ['rising-average', '2026-11-01', '2026-11-28'],
    ]);
  });

  it('flags nothing on an empty journal', () => {
    expect(automaticFlags({ daily: new Map(), today: TODAY })).toEqual([]);
  });
});

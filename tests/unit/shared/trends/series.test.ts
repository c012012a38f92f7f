import { describe, expect, it } from 'vitest';
import {
  firstJournalDay,
  painSeries,
  rangeLength,
  resolveRange,
  weeklyPainPoints,
} from '../../../../src/shared/trends';
import type { WithdrawalPeriod } from '../../../../src/shared/withdrawal';
import { AUCKLAND, checkIn, deleted, episode, LONDON, NEW_YORK, TOKYO } from './helpers';

const RANGE = { from: '2026-11-08', to: '2026-11-12' };

function period(quitDay: string, substance: WithdrawalPeriod['substance'] = 'alcohol'): WithdrawalPeriod {
  return { id: `p-${quitDay}-${substance}`, substance, quitDay, endDay: null };
}

describe('painSeries', () => {
  const episodes = [
    episode('2026-11-09T10:00:00.000Z', 4, { redFlags: ['numbness-tingling'] }),
    episode('2026-11-09T18:00:00.000Z', 6),
    deleted('2026-11-12T10:00:00.000Z', 9, { redFlags: ['fever-chills'] }),
  ];
  const checkIns = [
    checkIn('2026-11-01', { overallPain: 9 }), // 7 days before the range: never in a window
    checkIn('2026-11-02', { overallPain: 6 }),
    checkIn('2026-11-05', { overallPain: 3 }),
    checkIn('2026-11-08', { sleepHours: 6 }), // no pain recorded: no data
    checkIn('2026-11-11', { overallPain: 2 }),
  ];
  const points = painSeries(episodes, checkIns, [period('2026-11-10'), period('2026-10-01')], RANGE, LONDON);

  it('has exactly one point per day, null where there is no data', () => {
    expect(points.map((p) => p.day)).toEqual([
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
    ]);
    expect(points.map((p) => [p.worst, p.average])).toEqual([
      [null, null],
      [6, 5], // (4 + 6) / 2
      [null, null],
      [2, 2],
      [null, null], // the deleted episode counts nowhere
    ]);
    expect(points.map((p) => p.episodes)).toEqual([0, 2, 0, 0, 0]);
  });

  it('averages the 7 days ending each day, reaching back before the range', () => {
    const rolling = points.map((p) => p.rolling7);
    expect(rolling[0]).toBe(4.5); // 2-8 Nov: 6 and 3 (not the 9 on 1 Nov)
    expect(rolling[1]).toBe(4); // 3-9 Nov: 3 and 5
    expect(rolling[2]).toBe(4); // 4-10 Nov: 3 and 5
    expect(rolling[3]).toBeCloseTo(10 / 3, 9); // 5-11 Nov: 3, 5 and 2
    expect(rolling[4]).toBe(3.5); // 6-12 Nov: 5 and 2
  });

  it('is null when no day of the window has data', () => {
    const lonely = painSeries([], [checkIn('2026-11-01', { overallPain: 5 })], [], RANGE, LONDON);
    expect(lonely.map((p) => p.rolling7)).toEqual([null, null, null, null, null]);
    expect(painSeries([], [], [], RANGE, LONDON).every((p) => p.average === null && !p.redFlag)).toBe(true);
  });

  it('marks warning signs and withdrawal start days', () => {
    expect(points.map((p) => p.redFlag)).toEqual([false, true, false, false, false]);
    expect(points.map((p) => p.withdrawalStart)).toEqual([false, false, true, false, false]);
    expect(points[2]?.withdrawalSubstances).toEqual(['alcohol']);
    const two = painSeries([], [], [period('2026-11-08'), period('2026-11-08', 'nicotine')], RANGE, LONDON);
    expect(two[0]?.withdrawalSubstances).toEqual(['alcohol', 'nicotine']);
  });

  it('covers the whole journal for the all range', () => {
    const all = resolveRange('all', '2026-11-12', { firstDay: firstJournalDay(episodes, checkIns, LONDON) });
    const series = painSeries(episodes, checkIns, [], all, LONDON);
    expect(series).toHaveLength(12);
    expect(series[0]).toMatchObject({ day: '2026-11-01', average: 9, rolling7: 9 });
    expect(series.length).toBe(rangeLength(all));
  });
});

describe('painSeries on clock-change days and in other zones', () => {
  it('puts 23:30 local on that day in London around 25 October (clocks back)', () => {
    const range = { from: '2026-10-24', to: '2026-10-26' };
    const series = painSeries(
      [
        episode('2026-10-24T22:30:00.000Z', 2), // 23:30 BST on the 24th
        episode('2026-10-24T23:30:00.000Z', 4), // 00:30 BST on the 25th
        episode('2026-10-25T23:30:00.000Z', 8), // 23:30 GMT on the 25th
      ],
      [],
      [],
      range,
      LONDON,
    );
    expect(series.map((p) => [p.day, p.worst, p.average])).toEqual([
      ['2026-10-24', 2, 2],
      ['2026-10-25', 8, 6],
      ['2026-10-26', null, null],
    ]);
    // Daily averages, not single ratings: (2 + 6) / 2.
    expect(series.map((p) => p.rolling7)).toEqual([2, 4, 4]);
  });

  it('puts 23:30 local on that day in London around 29 March (clocks forward)', () => {
    const series = painSeries(
      [episode('2026-03-28T23:30:00.000Z', 3), episode('2026-03-29T22:30:00.000Z', 7)],
      [],
      [],
      { from: '2026-03-28', to: '2026-03-30' },
      LONDON,
    );
    expect(series.map((p) => p.worst)).toEqual([3, 7, null]);
  });

  it('uses the local day in New York, Tokyo and Auckland', () => {
    // New York: 23:30 EDT on 31 October, then 23:30 EST on 1 November (clocks back that night).
    const ny = painSeries(
      [episode('2026-11-01T03:30:00.000Z', 5), episode('2026-11-02T04:30:00.000Z', 6)],
      [],
      [],
      { from: '2026-10-31', to: '2026-11-02' },
      NEW_YORK,
    );
    expect(ny.map((p) => p.worst)).toEqual([5, 6, null]);
    // Tokyo (UTC+9): 14:30 UTC is 23:30 the same day.
    const tokyo = painSeries([episode('2026-11-10T14:30:00.000Z', 4)], [], [], RANGE, TOKYO);
    expect(tokyo.map((p) => p.worst)).toEqual([null, null, 4, null, null]);
    // Auckland: 23:30 NZDT on 4 April, then 23:30 NZST on 5 April (clocks back that morning).
    const nz = painSeries(
      [episode('2026-04-04T10:30:00.000Z', 3), episode('2026-04-05T11:30:00.000Z', 9)],
      [],
      [],
      { from: '2026-04-04', to: '2026-04-06' },
      AUCKLAND,
    );
    expect(nz.map((p) => p.worst)).toEqual([3, 9, null]);
  });
});

describe('a day with a check-in and an episode (Worst 2 beside a day’s pain of 0)', () => {
  // 2 December 2025: the check-in's overall pain was 0 and one episode of 2 was logged. The day's pain is
  // the check-in's word for the whole day; the table shows both values it rests on, neither made up.
  const points = painSeries(
    [episode('2025-12-02T09:00:00.000Z', 2), episode('2025-12-03T09:00:00.000Z', 3)],
    [checkIn('2025-12-02', { overallPain: 0 }), checkIn('2025-12-04', { sleepHours: 7 })],
    [],
    { from: '2025-12-02', to: '2025-12-04' },
    LONDON,
  );

  it('keeps the check-in and the episodes apart, each only where it exists', () => {
    expect(points.map((p) => [p.day, p.worst, p.average, p.checkInPain, p.episodeAverage])).toEqual([
      ['2025-12-02', 2, 0, 0, 2],
      ['2025-12-03', 3, 3, null, 3], // no check-in: the episode alone, not averaged with a 0
      ['2025-12-04', null, null, null, null], // a check-in without pain recorded is no rating at all
    ]);
  });

  it('averages only the days that have a value when grouped by week', () => {
    const [week] = weeklyPainPoints(points);
    expect(week).toMatchObject({ worst: 3, average: 1.5, checkInPain: 0, episodeAverage: 2.5 });
  });
});

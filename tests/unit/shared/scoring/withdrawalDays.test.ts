import { describe, expect, it } from 'vitest';
import type { WithdrawalPeriod } from '../../../../src/shared/withdrawal';
import { activePeriodOn, painByWithdrawalDay, withdrawalDayNumber } from '../../../../src/shared/scoring';
import { checkIn, episode } from './helpers';

function period(id: string, quitDay: string, endDay: string | null): WithdrawalPeriod {
  return { id, substance: 'caffeine', quitDay, endDay };
}

describe('withdrawalDayNumber', () => {
  const ongoing = period('p1', '2026-11-18', null);

  it('numbers the quit day 1 and counts on from there', () => {
    expect(withdrawalDayNumber(ongoing, '2026-11-18')).toBe(1);
    expect(withdrawalDayNumber(ongoing, '2026-11-19')).toBe(2);
    expect(withdrawalDayNumber(ongoing, '2026-12-18')).toBe(31);
    expect(withdrawalDayNumber(period('p', '2026-01-01', null), '2026-12-31')).toBe(365);
  });

  it('is null before the quit day', () => {
    expect(withdrawalDayNumber(ongoing, '2026-11-17')).toBeNull();
  });

  it('counts up to the end day and is null after it', () => {
    const ended = period('p2', '2026-03-27', '2026-04-02');
    expect(withdrawalDayNumber(ended, '2026-04-02')).toBe(7);
    expect(withdrawalDayNumber(ended, '2026-04-03')).toBeNull();
  });

  it('is not shifted by a clock change (29 March and 25 October 2026)', () => {
    // 27, 28, 29 (23 hours), 30 March.
    expect(withdrawalDayNumber(period('p', '2026-03-27', null), '2026-03-30')).toBe(4);
    // 24, 25 (25 hours), 26 October.
    expect(withdrawalDayNumber(period('p', '2026-10-24', null), '2026-10-26')).toBe(3);
  });
});

describe('activePeriodOn', () => {
  // Overlapping: caffeine from 1 Nov (ongoing), nicotine 10-15 Nov, alcohol from 20 Nov (ongoing).
  const caffeine = period('caffeine', '2026-11-01', null);
  const nicotine = { ...period('nicotine', '2026-11-10', '2026-11-15'), substance: 'nicotine' as const };
  const alcohol = { ...period('alcohol', '2026-11-20', null), substance: 'alcohol' as const };
  const periods = [alcohol, caffeine, nicotine];

  it('chooses the covering period with the latest quit day', () => {
    expect(activePeriodOn(periods, '2026-11-05')).toBe(caffeine);
    expect(activePeriodOn(periods, '2026-11-12')).toBe(nicotine);
    expect(activePeriodOn(periods, '2026-11-15')).toBe(nicotine);
    expect(activePeriodOn(periods, '2026-11-16')).toBe(caffeine); // nicotine has ended
    expect(activePeriodOn(periods, '2026-11-20')).toBe(alcohol);
  });

  it('is null when no period covers the day', () => {
    expect(activePeriodOn(periods, '2026-10-31')).toBeNull();
    expect(activePeriodOn([], '2026-11-05')).toBeNull();
    expect(activePeriodOn([nicotine], '2026-11-16')).toBeNull();
  });

  it('breaks a tie on the quit day by the period still going on, then by id', () => {
    const ends = period('b', '2026-11-01', '2026-11-30');
    const goesOn = period('c', '2026-11-01', null);
    const alsoEnds = period('a', '2026-11-01', '2026-11-30');
    expect(activePeriodOn([ends, goesOn, alsoEnds], '2026-11-05')).toBe(goesOn);
    expect(activePeriodOn([ends, alsoEnds], '2026-11-05')).toBe(alsoEnds);
    expect(activePeriodOn([alsoEnds, ends], '2026-11-05')).toBe(alsoEnds);
  });
});

describe('painByWithdrawalDay', () => {
  const episodes = [
    episode('2026-11-17T10:00:00.000Z', 9), // before the quit day
    episode('2026-11-18T09:00:00.000Z', 4),
    episode('2026-11-18T23:30:00.000Z', 6), // 23:30 GMT: still day 1
    episode('2026-11-20T10:00:00.000Z', 10, '2026-11-20T10:05:00.000Z'), // deleted
    episode('2026-11-21T10:00:00.000Z', 7),
  ];
  const checkIns = [checkIn('2026-11-18', 3), checkIn('2026-11-19', 5), checkIn('2026-11-20', null)];
  const input = { episodes, checkIns, timeZone: 'Europe/London' };

  it('gives one row per day from the quit day to today, with nulls for days without data', () => {
    expect(
      painByWithdrawalDay({ ...input, period: period('p', '2026-11-18', null), today: '2026-11-21' }),
    ).toEqual([
      { dayNumber: 1, day: '2026-11-18', worstEpisode: 6, checkInPain: 3 },
      { dayNumber: 2, day: '2026-11-19', worstEpisode: null, checkInPain: 5 },
      { dayNumber: 3, day: '2026-11-20', worstEpisode: null, checkInPain: null },
      { dayNumber: 4, day: '2026-11-21', worstEpisode: 7, checkInPain: null },
    ]);
  });

  it('stops at the end day when that is before today', () => {
    const rows = painByWithdrawalDay({
      ...input,
      period: period('p', '2026-11-18', '2026-11-19'),
      today: '2026-11-21',
    });
    expect(rows.map((row) => [row.dayNumber, row.day])).toEqual([
      [1, '2026-11-18'],
      [2, '2026-11-19'],
    ]);
  });

  it('stops at today when the end day is still ahead', () => {
    const rows = painByWithdrawalDay({
      ...input,
      period: period('p', '2026-11-18', '2026-12-31'),
      today: '2026-11-19',
    });
    expect(rows.map((row) => row.day)).toEqual(['2026-11-18', '2026-11-19']);
  });

  it('is empty before the quit day', () => {
    expect(
      painByWithdrawalDay({ ...input, period: period('p', '2026-11-22', null), today: '2026-11-21' }),
    ).toEqual([]);
  });

  it('places episodes on local days across the clocks going forward', () => {
    const rows = painByWithdrawalDay({
      period: period('p', '2026-03-28', null),
      episodes: [
        episode('2026-03-29T22:30:00.000Z', 5), // 23:30 BST on 29 March: day 2
        episode('2026-03-29T23:30:00.000Z', 8), // 00:30 BST on 30 March: day 3
      ],
      checkIns: [],
      timeZone: 'Europe/London',
      today: '2026-03-30',
    });
    expect(rows).toEqual([
      { dayNumber: 1, day: '2026-03-28', worstEpisode: null, checkInPain: null },
      { dayNumber: 2, day: '2026-03-29', worstEpisode: 5, checkInPain: null },
      { dayNumber: 3, day: '2026-03-30', worstEpisode: 8, checkInPain: null },
    ]);
  });
});

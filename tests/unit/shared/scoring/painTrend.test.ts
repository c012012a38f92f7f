import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CheckIn } from '../../../../src/shared/checkIns';
import type { Episode } from '../../../../src/shared/model';
import {
  CHRONIC_PAIN_PERCENT,
  CHRONIC_PAIN_POINTS,
  NECK_PAIN_THRESHOLD,
  dailyPain,
  painSummary,
  type PainCheckIn,
  type PainEpisode,
} from '../../../../src/shared/scoring';
import { addCalendarDays } from '../../../../src/shared/dates';
import { checkIn, episode } from './helpers';

const LONDON = 'Europe/London';

it('reads only fields that stored episodes and check-ins have', () => {
  expectTypeOf<Episode>().toExtend<PainEpisode>();
  expectTypeOf<CheckIn>().toExtend<PainCheckIn>();
});

describe('dailyPain', () => {
  it('takes the worst of all ratings, and the check-in as the average when it has one', () => {
    const daily = dailyPain(
      [
        episode('2026-11-02T09:00:00.000Z', 6),
        episode('2026-11-02T15:00:00.000Z', 8),
        episode('2026-11-04T12:00:00.000Z', 9),
      ],
      [checkIn('2026-11-04', 5), checkIn('2026-11-05', 2)],
      LONDON,
    );
    expect([...daily.values()]).toEqual([
      // Episodes only: worst 8, average (6 + 8) / 2 = 7.
      { day: '2026-11-02', worst: 8, average: 7, ratings: 2, checkInPain: null, episodeAverage: 7 },
      // The check-in's 5 is the person's own summary of the day, so it is the average despite the 9.
      { day: '2026-11-04', worst: 9, average: 5, ratings: 2, checkInPain: 5, episodeAverage: 9 },
      { day: '2026-11-05', worst: 2, average: 2, ratings: 1, checkInPain: 2, episodeAverage: null },
    ]);
  });

  it('lets a check-in be the worst when it is higher than every episode', () => {
    const daily = dailyPain([episode('2026-11-02T09:00:00.000Z', 3)], [checkIn('2026-11-02', 6)], LONDON);
    expect(daily.get('2026-11-02')).toEqual({
      day: '2026-11-02',
      worst: 6,
      average: 6,
      ratings: 2,
      checkInPain: 6,
      episodeAverage: 3,
    });
  });

  it('ignores deleted episodes and check-ins without pain recorded', () => {
    const daily = dailyPain(
      [
        episode('2026-11-09T10:00:00.000Z', 10, '2026-11-09T11:00:00.000Z'),
        episode('2026-11-10T10:00:00.000Z', 4),
        episode('2026-11-10T11:00:00.000Z', 9, '2026-11-10T12:00:00.000Z'),
      ],
      [checkIn('2026-11-09', null), checkIn('2026-11-10', null)],
      LONDON,
    );
    expect([...daily.keys()]).toEqual(['2026-11-10']);
    expect(daily.get('2026-11-10')).toEqual({
      day: '2026-11-10',
      worst: 4,
      average: 4,
      ratings: 1,
      checkInPain: null,
      episodeAverage: 4,
    });
  });

  it('is in day order whatever order the records come in', () => {
    const daily = dailyPain(
      [episode('2026-11-03T10:00:00.000Z', 1), episode('2026-11-01T10:00:00.000Z', 2)],
      [checkIn('2026-11-02', 3)],
      LONDON,
    );
    expect([...daily.keys()]).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
  });

  describe('puts an episode at 23:30 local time on that local day', () => {
    function dayOf(startedAt: string, timeZone: string): string[] {
      return [...dailyPain([episode(startedAt, 5)], [], timeZone).keys()];
    }

    it('in London around the clocks going forward on 29 March 2026', () => {
      expect(dayOf('2026-03-28T23:30:00.000Z', LONDON)).toEqual(['2026-03-28']); // 23:30 GMT
      expect(dayOf('2026-03-29T22:30:00.000Z', LONDON)).toEqual(['2026-03-29']); // 23:30 BST
      expect(dayOf('2026-03-29T23:30:00.000Z', LONDON)).toEqual(['2026-03-30']); // 00:30 BST
    });

    it('in London around the clocks going back on 25 October 2026', () => {
      expect(dayOf('2026-10-24T22:30:00.000Z', LONDON)).toEqual(['2026-10-24']); // 23:30 BST
      expect(dayOf('2026-10-25T23:30:00.000Z', LONDON)).toEqual(['2026-10-25']); // 23:30 GMT
      expect(dayOf('2026-10-25T00:30:00.000Z', LONDON)).toEqual(['2026-10-25']); // 01:30 BST, first time round
    });

    it('in New York, on the UTC day after', () => {
      expect(dayOf('2026-11-22T04:30:00.000Z', 'America/New_York')).toEqual(['2026-11-21']); // 23:30 EST
      expect(dayOf('2026-11-02T04:30:00.000Z', 'America/New_York')).toEqual(['2026-11-01']); // clocks back that day
      expect(dayOf('2026-03-09T03:30:00.000Z', 'America/New_York')).toEqual(['2026-03-08']); // clocks forward
    });

    it('in Tokyo and Auckland, ahead of UTC', () => {
      expect(dayOf('2026-11-21T14:30:00.000Z', 'Asia/Tokyo')).toEqual(['2026-11-21']); // 23:30 JST
      expect(dayOf('2026-11-21T15:30:00.000Z', 'Asia/Tokyo')).toEqual(['2026-11-22']); // 00:30 JST
      expect(dayOf('2026-11-21T10:30:00.000Z', 'Pacific/Auckland')).toEqual(['2026-11-21']); // 23:30 NZDT
      expect(dayOf('2026-04-05T11:30:00.000Z', 'Pacific/Auckland')).toEqual(['2026-04-05']); // 23:30 NZST, clocks back
      expect(dayOf('2026-09-27T10:30:00.000Z', 'Pacific/Auckland')).toEqual(['2026-09-27']); // 23:30 NZDT, clocks forward
    });
  });
});

describe('painSummary over a hand-made November (30 days, London, GMT all month)', () => {
  const episodes = [
    episode('2026-10-31T23:30:00.000Z', 0), // 31 October: outside the range
    episode('2026-11-02T09:00:00.000Z', 6),
    episode('2026-11-02T15:00:00.000Z', 8), // 2 Nov: average 7, worst 8
    episode('2026-11-04T12:00:00.000Z', 9), // 4 Nov: check-in 5 is the average, worst 9
    episode('2026-11-07T23:30:00.000Z', 4), // 7 Nov at 23:30: average 4
    episode('2026-11-09T10:00:00.000Z', 10, '2026-11-09T10:05:00.000Z'), // deleted: 9 Nov has no data
    episode('2026-11-22T08:00:00.000Z', 2), // 22 Nov: average 2
    episode('2026-11-22T09:00:00.000Z', 1, '2026-11-22T09:05:00.000Z'), // deleted: not the least
    episode('2026-11-25T10:00:00.000Z', 3),
    episode('2026-11-25T18:00:00.000Z', 5), // 25 Nov: average 4, worst 5
    episode('2026-11-28T21:00:00.000Z', 7), // 28 Nov: check-in 2 is the average, worst 7
    episode('2026-11-29T20:00:00.000Z', 3), // 29 Nov: check-in without pain, average 3
    episode('2026-12-01T00:30:00.000Z', 10), // 1 December: outside the range
  ];
  const checkIns = [
    checkIn('2026-11-04', 5),
    checkIn('2026-11-10', null),
    checkIn('2026-11-15', 3), // 15 Nov: average 3 from the check-in alone
    checkIn('2026-11-28', 2),
    checkIn('2026-11-29', null),
  ];
  const summary = painSummary({
    episodes,
    checkIns,
    timeZone: LONDON,
    from: '2026-11-01',
    to: '2026-11-30',
    now: new Date('2026-11-30T12:00:00.000Z'),
  });

  it('counts the days with data: 2, 4, 7, 15, 22, 25, 28, 29', () => {
    expect(summary.daysWithData).toBe(8);
  });

  it('averages the daily averages', () => {
    // (7 + 5 + 4 + 3 + 2 + 4 + 2 + 3) / 8 = 30 / 8
    expect(summary.average).toBe(3.75);
  });

  it('takes the worst daily worst, ignoring the deleted 10', () => {
    expect(summary.worst).toBe(9);
  });

  it('takes the least single rating in the range, ignoring the deleted 1 and the 0 on 31 October', () => {
    expect(summary.least).toBe(2);
  });

  it('takes the latest rating before now as current: 29 November’s episode of 3', () => {
    expect(summary.current).toBe(3);
  });

  it('compares days 1-10 with days 21-30', () => {
    // First part: 7, 5, 4 -> 16/3. Last part: 2, 4, 2, 3 -> 11/4 = 2.75.
    // Points: 11/4 - 16/3 = -31/12 = -2.583…; percent: (-31/12) / (16/3) * 100 = -48.4375.
    const change = summary.change;
    expect(change?.firstPart.from).toBe('2026-11-01');
    expect(change?.firstPart.to).toBe('2026-11-10');
    expect(change?.firstPart.average).toBeCloseTo(16 / 3, 8);
    expect(change?.lastPart).toEqual({ from: '2026-11-21', to: '2026-11-30', average: 2.75 });
    expect(change?.points).toBeCloseTo(-31 / 12, 8);
    expect(change?.percent).toBeCloseTo(-48.4375, 6);
    expect(change?.direction).toBe('better');
    expect(change?.passesNeckPainThreshold).toBe(true);
    expect(change?.passesChronicPainThreshold).toBe(true);
  });
});

describe('painSummary current pain', () => {
  const range = { timeZone: LONDON, from: '2026-11-01', to: '2026-11-30' };

  it('counts a check-in at the end of its day, after a 23:30 episode that day', () => {
    const summary = painSummary({
      ...range,
      episodes: [episode('2026-11-20T23:30:00.000Z', 6)],
      checkIns: [checkIn('2026-11-20', 4)],
      now: new Date('2026-11-21T10:00:00.000Z'),
    });
    expect(summary.current).toBe(4);
  });

  it('puts an episode the next morning after the previous day’s check-in', () => {
    const summary = painSummary({
      ...range,
      episodes: [episode('2026-11-20T23:30:00.000Z', 6), episode('2026-11-21T08:00:00.000Z', 7)],
      checkIns: [checkIn('2026-11-20', 4)],
      now: new Date('2026-11-21T10:00:00.000Z'),
    });
    expect(summary.current).toBe(7);
  });

  it('counts today’s check-in before the day is over, but not a check-in for a later day', () => {
    const input = {
      ...range,
      episodes: [episode('2026-11-21T08:00:00.000Z', 7)],
      checkIns: [checkIn('2026-11-21', 3)],
      now: new Date('2026-11-21T20:00:00.000Z'),
    };
    expect(painSummary(input).current).toBe(3);
    expect(painSummary({ ...input, now: new Date('2026-11-20T20:00:00.000Z') }).current).toBeNull();
  });

  it('ignores episodes after now, deleted ones, and ones outside the range', () => {
    const summary = painSummary({
      ...range,
      to: '2026-11-20',
      episodes: [
        episode('2026-11-19T08:00:00.000Z', 2),
        episode('2026-11-19T09:00:00.000Z', 9, '2026-11-19T09:01:00.000Z'),
        episode('2026-11-19T18:00:00.000Z', 8), // after now
      ],
      checkIns: [checkIn('2026-11-21', 1)], // after the range
      now: new Date('2026-11-19T12:00:00.000Z'),
    });
    expect(summary.current).toBe(2);
  });

  it('takes the higher of two ratings at the same moment, whatever their order', () => {
    const at = '2026-11-19T08:00:00.000Z';
    const now = new Date('2026-11-19T12:00:00.000Z');
    const oneWay = painSummary({ ...range, episodes: [episode(at, 5), episode(at, 8)], checkIns: [], now });
    const otherWay = painSummary({ ...range, episodes: [episode(at, 8), episode(at, 5)], checkIns: [], now });
    expect(oneWay.current).toBe(8);
    expect(otherWay.current).toBe(8);
  });
});

describe('painSummary with little or no data', () => {
  it('gives nulls and no change for a range without ratings', () => {
    expect(
      painSummary({
        episodes: [episode('2026-12-05T10:00:00.000Z', 5)],
        checkIns: [checkIn('2026-11-05', null)],
        timeZone: LONDON,
        from: '2026-11-01',
        to: '2026-11-30',
        now: new Date('2026-12-10T12:00:00.000Z'),
      }),
    ).toEqual({
      current: null,
      currentDay: null,
      average: null,
      worst: null,
      least: null,
      daysWithData: 0,
      change: null,
    });
  });

  it('gives no change when a part has fewer than 2 days with data', () => {
    const summary = painSummary({
      episodes: [],
      // First part (1-10): one day only. Last part (21-30): three days.
      checkIns: [
        checkIn('2026-11-03', 6),
        checkIn('2026-11-21', 2),
        checkIn('2026-11-25', 2),
        checkIn('2026-11-30', 2),
      ],
      timeZone: LONDON,
      from: '2026-11-01',
      to: '2026-11-30',
      now: new Date('2026-12-01T12:00:00.000Z'),
    });
    expect(summary.daysWithData).toBe(4);
    expect(summary.average).toBe(3); // (6 + 2 + 2 + 2) / 4
    expect(summary.change).toBeNull();
  });

  it('splits a 7-day range into days 1-2 and 6-7', () => {
    const checkIns = [6, 6, 9, 9, 9, 4, 4].map((pain, index) =>
      checkIn(addCalendarDays('2026-11-01', index), pain),
    );
    const summary = painSummary({
      episodes: [],
      checkIns,
      timeZone: LONDON,
      from: '2026-11-01',
      to: '2026-11-07',
      now: new Date('2026-11-08T12:00:00.000Z'),
    });
    expect(summary.change?.firstPart).toEqual({ from: '2026-11-01', to: '2026-11-02', average: 6 });
    expect(summary.change?.lastPart).toEqual({ from: '2026-11-06', to: '2026-11-07', average: 4 });
    expect(summary.change?.points).toBe(-2);
  });

  it('never compares a range too short for two days in each part', () => {
    const checkIns = [5, 5, 5, 5, 5].map((pain, index) =>
      checkIn(addCalendarDays('2026-11-01', index), pain),
    );
    const summary = painSummary({
      episodes: [],
      checkIns,
      timeZone: LONDON,
      from: '2026-11-01',
      to: '2026-11-05',
      now: new Date('2026-11-06T12:00:00.000Z'),
    });
    expect(summary.daysWithData).toBe(5);
    expect(summary.change).toBeNull();
  });

  it('treats a backwards range as empty', () => {
    const summary = painSummary({
      episodes: [episode('2026-11-05T10:00:00.000Z', 5)],
      checkIns: [],
      timeZone: LONDON,
      from: '2026-11-30',
      to: '2026-11-01',
      now: new Date('2026-12-01T12:00:00.000Z'),
    });
    expect(summary.daysWithData).toBe(0);
    expect(summary.current).toBeNull();
    expect(summary.change).toBeNull();
  });

  it('keeps parts on local days across the clocks going back (20-31 October: 20-23 and 28-31)', () => {
    const summary = painSummary({
      episodes: [
        episode('2026-10-20T10:00:00.000Z', 6),
        episode('2026-10-23T22:30:00.000Z', 6), // 23:30 BST on 23 October: first part
        episode('2026-10-23T23:30:00.000Z', 10), // 00:30 BST on 24 October: between the parts
        episode('2026-10-28T10:00:00.000Z', 3),
        episode('2026-10-31T23:30:00.000Z', 3), // 23:30 GMT on 31 October: last part
      ],
      checkIns: [],
      timeZone: LONDON,
      from: '2026-10-20',
      to: '2026-10-31',
      now: new Date('2026-11-01T12:00:00.000Z'),
    });
    expect(summary.change?.firstPart).toEqual({ from: '2026-10-20', to: '2026-10-23', average: 6 });
    expect(summary.change?.lastPart).toEqual({ from: '2026-10-28', to: '2026-10-31', average: 3 });
    expect(summary.worst).toBe(10);
  });
});

describe('painSummary meaningful-change thresholds', () => {
  it('uses 1.3 points for neck pain, and 2 points or 30% for chronic pain', () => {
    expect(NECK_PAIN_THRESHOLD).toBe(1.3);
    expect(CHRONIC_PAIN_POINTS).toBe(2);
    expect(CHRONIC_PAIN_PERCENT).toBe(30);
  });

  /** A 30-day November with check-ins on the first days of days 1-10 and of days 21-30. */
  function changeFor(first: number[], last: number[]) {
    const checkIns = [
      ...first.map((pain, index) => checkIn(addCalendarDays('2026-11-01', index), pain)),
      ...last.map((pain, index) => checkIn(addCalendarDays('2026-11-21', index), pain)),
    ];
    const summary = painSummary({
      episodes: [],
      checkIns,
      timeZone: LONDON,
      from: '2026-11-01',
      to: '2026-11-30',
      now: new Date('2026-12-01T12:00:00.000Z'),
    });
    if (summary.change === null) throw new Error('expected a change');
    return summary.change;
  }
  const fives = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5];

  it('passes the neck threshold at exactly 1.3 points (5 to 3.7), but not the chronic one (26%)', () => {
    // 3.7 = (7 × 4 + 3 × 3) / 10; 3.7 - 5 = -1.3 (floating point alone gives -1.2999999999999998).
    const change = changeFor(fives, [4, 4, 4, 4, 4, 4, 4, 3, 3, 3]);
    expect(change.lastPart.average).toBe(3.7);
    expect(change.points).toBe(-1.3);
    expect(change.percent).toBe(-26);
    expect(change.passesNeckPainThreshold).toBe(true);
    expect(change.passesChronicPainThreshold).toBe(false);
    expect(change.direction).toBe('better');
  });

  it('does not pass the neck threshold at 1.2 points (5 to 3.8)', () => {
    const change = changeFor(fives, [4, 4, 4, 4, 4, 4, 4, 4, 3, 3]);
    expect(change.points).toBe(-1.2);
    expect(change.passesNeckPainThreshold).toBe(false);
  });

  it('passes the chronic threshold at exactly 2 points (8 to 6, only 25%)', () => {
    const change = changeFor([8, 8], [6, 6]);
    expect(change.points).toBe(-2);
    expect(change.percent).toBe(-25);
    expect(change.passesChronicPainThreshold).toBe(true);
  });

  it('does not pass it at 1.9 points and 23.75% (8 to 6.1)', () => {
    const change = changeFor([8, 8], [7, 6, 6, 6, 6, 6, 6, 6, 6, 6]);
    expect(change.points).toBe(-1.9);
    expect(change.percent).toBe(-23.75);
    expect(change.passesNeckPainThreshold).toBe(true);
    expect(change.passesChronicPainThreshold).toBe(false);
  });

  it('passes the chronic threshold at exactly 30% with only 1.5 points (5 to 3.5)', () => {
    const change = changeFor(fives, [4, 3]);
    expect(change.points).toBe(-1.5);
    expect(change.percent).toBe(-30);
    expect(change.passesChronicPainThreshold).toBe(true);
  });

  it('does not pass it at 28% (5 to 3.6)', () => {
    const change = changeFor(fives, [4, 4, 4, 4, 4, 4, 3, 3, 3, 3]);
    expect(change.points).toBe(-1.4);
    expect(change.percent).toBe(-28);
    expect(change.passesNeckPainThreshold).toBe(true);
    expect(change.passesChronicPainThreshold).toBe(false);
  });

  it('judges a worsening by the same thresholds (3 to 4.3: +1.3, +43.3%)', () => {
    const change = changeFor([3, 3, 3], [4, 4, 4, 4, 4, 4, 4, 5, 5, 5]);
    expect(change.points).toBe(1.3);
    expect(change.percent).toBeCloseTo(43.333333333, 6);
    expect(change.direction).toBe('worse');
    expect(change.passesNeckPainThreshold).toBe(true);
    expect(change.passesChronicPainThreshold).toBe(true);
  });

  it('has no percentage when the first part averages 0, and then judges by points alone', () => {
    const toOne = changeFor([0, 0, 0], [1, 1]);
    expect(toOne.percent).toBeNull();
    expect(toOne.points).toBe(1);
    expect(toOne.passesChronicPainThreshold).toBe(false);
    const toTwo = changeFor([0, 0, 0], [2, 2]);
    expect(toTwo.percent).toBeNull();
    expect(toTwo.passesChronicPainThreshold).toBe(true);
  });

  it('calls an unchanged average the same', () => {
    const change = changeFor([4, 4], [3, 5]);
    expect(change).toMatchObject({ points: 0, percent: 0, direction: 'same' });
    expect(change.passesNeckPainThreshold).toBe(false);
    expect(change.passesChronicPainThreshold).toBe(false);
  });
});

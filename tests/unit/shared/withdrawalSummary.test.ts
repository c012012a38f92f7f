import { describe, expect, it } from 'vitest';
import {
  dayPain,
  summarizeWithdrawalTimeline,
  type WithdrawalDayRow,
} from '../../../src/shared/withdrawalSummary';

function rows(values: (number | null)[]): WithdrawalDayRow[] {
  return values.map((value, index) => ({
    dayNumber: index + 1,
    day: `2026-11-${String(index + 1).padStart(2, '0')}`,
    worstEpisode: value,
    checkInPain: null,
  }));
}

describe('summarizeWithdrawalTimeline', () => {
  it('takes the higher of the episode and check-in rating for a day', () => {
    expect(dayPain({ dayNumber: 1, day: '2026-11-01', worstEpisode: 4, checkInPain: 6 })).toBe(6);
    expect(dayPain({ dayNumber: 1, day: '2026-11-01', worstEpisode: null, checkInPain: null })).toBeNull();
  });

  it('says what to do when nothing is rated yet', () => {
    expect(summarizeWithdrawalTimeline(rows([null, null, null])).text).toBe(
      'Day 3 of this period. No pain ratings yet: log episodes or fill in check-ins to see how pain changes as the days pass.',
    );
  });

  it('averages every day so far before two weeks have passed', () => {
    // Days 1-10, rated only on day 10.
    expect(summarizeWithdrawalTimeline(rows([...Array<null>(9).fill(null), 5])).text).toBe(
      'Day 10 of this period, with pain ratings on 1 day, averaging 5 out of 10. After two weeks this compares the first week with the latest.',
    );
  });

  it('reports the first days before two weeks have passed', () => {
    const summary = summarizeWithdrawalTimeline(rows([8, null, 6, 7]));
    expect(summary.firstWeekAverage).toBe(7);
    expect(summary.text).toBe(
      'Day 4 of this period, with pain ratings on 3 days, averaging 7 out of 10. After two weeks this compares the first week with the latest.',
    );
  });

  it('says "1 day", not "1 days"', () => {
    const summary = summarizeWithdrawalTimeline(rows([...Array<null>(13).fill(null), 6]));
    expect(summary.text).toBe(
      'Day 14 of this period, with pain ratings on 1 day. There are not enough ratings in the first and latest week to compare them.',
    );
  });

  it('compares the first week with the latest after two weeks', () => {
    // First week: 8,8,7,7,6,6,7 → 49/7 = 7. Days 8-14 (latest week): 4,4,3,null,3,2,2 → 18/6 = 3.
    const summary = summarizeWithdrawalTimeline(rows([8, 8, 7, 7, 6, 6, 7, 4, 4, 3, null, 3, 2, 2]));
    expect(summary).toMatchObject({ days: 14, daysWithData: 13, firstWeekAverage: 7, lastWeekAverage: 3 });
    expect(summary.text).toBe(
      'Day 14 of this period, with pain ratings on 13 days. Your highest daily pain averaged 7 in the first week and 3 in the latest week.',
    );
  });
});

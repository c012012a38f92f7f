import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '../../../../src/shared/dates';
import {
  customRangeProblem,
  daysIn,
  firstJournalDay,
  isInRange,
  previousPeriod,
  rangeLength,
  resolveRange,
} from '../../../../src/shared/trends';
import { checkIn, deleted, episode, LONDON, NEW_YORK, TOKYO } from './helpers';

const TODAY = '2026-11-21';

describe('resolveRange', () => {
  it('ends each fixed preset today, today included', () => {
    expect(resolveRange('7d', TODAY)).toEqual({ from: '2026-11-15', to: TODAY });
    // 9 days of October (23-31) and 21 of November.
    expect(resolveRange('30d', TODAY)).toEqual({ from: '2026-10-23', to: TODAY });
    expect(rangeLength(resolveRange('30d', TODAY))).toBe(30);
  });

  it('reaches back over a year boundary', () => {
    // 10 January back 89 days: 1 January is 9 back, 1 December 40, 1 November 70, 13 October 89.
    expect(resolveRange('90d', '2026-01-10')).toEqual({ from: '2025-10-13', to: '2026-01-10' });
  });

  it('makes a year 365 days, also across 29 February', () => {
    expect(resolveRange('1y', TODAY)).toEqual({ from: '2025-11-22', to: TODAY });
    // 2027-03-01 to 2028-03-01 is 366 days (29 February 2028), so 365 days start on 3 March.
    expect(resolveRange('1y', '2028-03-01')).toEqual({ from: '2027-03-03', to: '2028-03-01' });
    expect(rangeLength(resolveRange('1y', '2028-03-01'))).toBe(365);
  });

  it("runs 'all' from the first entry to today, or is just today with none", () => {
    expect(resolveRange('all', TODAY, { firstDay: '2025-06-03' })).toEqual({ from: '2025-06-03', to: TODAY });
    expect(resolveRange('all', TODAY, { firstDay: null })).toEqual({ from: TODAY, to: TODAY });
    expect(resolveRange('all', TODAY)).toEqual({ from: TODAY, to: TODAY });
    // An entry dated after today never makes the range start in the future.
    expect(resolveRange('all', TODAY, { firstDay: '2026-12-01' })).toEqual({ from: TODAY, to: TODAY });
  });

  it('uses custom days as given when they are in order and not after today', () => {
    const custom = { from: '2026-02-01', to: '2026-03-15' };
    expect(resolveRange('custom', TODAY, { custom })).toEqual(custom);
    expect(resolveRange('custom', TODAY, { custom: { from: TODAY, to: TODAY } })).toEqual({
      from: TODAY,
      to: TODAY,
    });
  });

  it('puts custom days in order and moves days after today back to today', () => {
    expect(resolveRange('custom', TODAY, { custom: { from: '2026-11-10', to: '2026-11-01' } })).toEqual({
      from: '2026-11-01',
      to: '2026-11-10',
    });
    expect(resolveRange('custom', TODAY, { custom: { from: '2026-11-15', to: '2026-12-25' } })).toEqual({
      from: '2026-11-15',
      to: TODAY,
    });
    expect(resolveRange('custom', TODAY, { custom: { from: '2027-01-05', to: '2026-12-25' } })).toEqual({
      from: TODAY,
      to: TODAY,
    });
  });

  it('falls back to the last 30 days while the custom days are missing or not valid', () => {
    const fallback = { from: '2026-10-23', to: TODAY };
    expect(resolveRange('custom', TODAY)).toEqual(fallback);
    expect(resolveRange('custom', TODAY, { custom: { from: '', to: '2026-11-01' } })).toEqual(fallback);
    expect(resolveRange('custom', TODAY, { custom: { from: '2026-02-30', to: '2026-03-01' } })).toEqual(
      fallback,
    );
  });
});

describe('customRangeProblem', () => {
  it('says which day is missing or not valid', () => {
    expect(customRangeProblem({ from: '', to: '2026-11-01' })).toBe('Enter the first day to show.');
    expect(customRangeProblem({ from: '2026-11-01', to: '2026-13-01' })).toBe('Enter the last day to show.');
    expect(customRangeProblem({ from: '2026-11-10', to: '2026-11-01' })).toBeNull();
  });
});

describe('previousPeriod', () => {
  it('is the same number of days just before, across month ends', () => {
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
    // 31 days before March 2026 reach into January, February having 28.
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    });
  });

  it('crosses a year boundary and 29 February', () => {
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-07' })).toEqual({
      from: '2025-12-25',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2028-03-01', to: '2028-03-07' })).toEqual({
      from: '2028-02-23',
      to: '2028-02-29',
    });
    expect(previousPeriod({ from: TODAY, to: TODAY })).toEqual({ from: '2026-11-20', to: '2026-11-20' });
  });

  it('keeps the length of a preset, so a 1y comparison is 365 days too', () => {
    const year = resolveRange('1y', TODAY);
    expect(previousPeriod(year)).toEqual({ from: '2024-11-22', to: '2025-11-21' });
    expect(rangeLength(previousPeriod(year))).toBe(365);
  });
});

describe('daysIn and rangeLength', () => {
  it('lists every day once across both clock changes', () => {
    expect(daysIn({ from: '2026-03-28', to: '2026-03-30' })).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ]);
    expect(daysIn({ from: '2026-10-24', to: '2026-10-26' })).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
    ]);
  });

  it('crosses a year boundary and a leap day', () => {
    expect(daysIn({ from: '2025-12-30', to: '2026-01-02' })).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(daysIn({ from: '2028-02-28', to: '2028-03-01' })).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(rangeLength({ from: '2026-01-01', to: '2026-12-31' })).toBe(365);
  });

  it('is one day for a single day and empty when backwards', () => {
    expect(daysIn({ from: TODAY, to: TODAY })).toEqual([TODAY]);
    expect(daysIn({ from: '2026-11-02', to: '2026-11-01' })).toEqual([]);
    expect(rangeLength({ from: '2026-11-02', to: '2026-11-01' })).toBe(0);
  });

  it('tells whether a day is inside, ends included', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect([isInRange('2026-11-01', range), isInRange('2026-11-30', range)]).toEqual([true, true]);
    expect([isInRange('2026-10-31', range), isInRange('2026-12-01', range)]).toEqual([false, false]);
  });
});

describe('firstJournalDay', () => {
  it('is null for an empty journal', () => {
    expect(firstJournalDay([], [], LONDON)).toBeNull();
  });

  it('takes the earliest episode (by local day) or check-in, skipping deleted episodes', () => {
    const episodes = [deleted('2026-01-01T10:00:00.000Z', 5), episode('2026-03-10T10:00:00.000Z', 4)];
    expect(firstJournalDay(episodes, [checkIn('2026-03-12')], LONDON)).toBe('2026-03-10');
    expect(firstJournalDay(episodes, [checkIn('2026-02-01'), checkIn('2026-03-12')], LONDON)).toBe(
      '2026-02-01',
    );
  });

  it('reads the episode day in the given zone', () => {
    // 03:00 UTC on New Year's Day is 22:00 on New Year's Eve in New York; 23:30 UTC is 08:30 next day in Tokyo.
    expect(firstJournalDay([episode('2026-01-01T03:00:00.000Z', 5)], [], NEW_YORK)).toBe('2025-12-31');
    expect(firstJournalDay([episode('2026-03-01T23:30:00.000Z', 5)], [], TOKYO)).toBe('2026-03-02');
  });

  it('is the earliest of every episode’s own local day, in any order, across clock changes', () => {
    const instant = fc
      .integer({ min: Date.parse('2025-10-20T00:00:00Z'), max: Date.parse('2026-04-10T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(
        fc.array(instant, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(LONDON, NEW_YORK, TOKYO, 'Pacific/Auckland'),
        (starts, zone) => {
          const episodes = starts.map((start) => episode(start, 5));
          const expected = starts.map((start) => calendarDayOf(start, zone)).sort()[0];
          expect(firstJournalDay(episodes, [], zone)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

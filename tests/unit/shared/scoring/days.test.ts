import { describe, expect, it } from 'vitest';
import { calendarDaysFrom, daysBetween } from '../../../../src/shared/scoring';

describe('daysBetween', () => {
  it('counts whole calendar days, negative when the second day is earlier', () => {
    expect(daysBetween('2026-11-14', '2026-11-21')).toBe(7);
    expect(daysBetween('2026-11-21', '2026-11-21')).toBe(0);
    expect(daysBetween('2026-11-21', '2026-11-14')).toBe(-7);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });

  it('is not shifted by the 23-hour and 25-hour days of Europe/London (29 March, 25 October 2026)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-10-25', '2026-10-26')).toBe(1);
  });
});

describe('calendarDaysFrom', () => {
  it('lists every day inclusive, across a clock change', () => {
    expect(calendarDaysFrom('2026-03-28', '2026-03-31')).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
  });

  it('is empty when the range is backwards, and one day for a single day', () => {
    expect(calendarDaysFrom('2026-03-31', '2026-03-28')).toEqual([]);
    expect(calendarDaysFrom('2026-03-28', '2026-03-28')).toEqual(['2026-03-28']);
  });
});

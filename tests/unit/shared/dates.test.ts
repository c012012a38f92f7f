import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDayOf,
  dayNumber,
  formatShortDate,
  formatClockTime,
  formatHourOfDay,
  weekdayOf,
  formatDayHeading,
  isCalendarDay,
  isIsoInstant,
  isoToLocalDateTime,
  localDateTimeToIso,
  minuteOfDay,
  minutesBetween,
} from '../../../src/shared/dates';

describe('calendarDayOf', () => {
  it('puts a late-evening instant on the local day, not the UTC day', () => {
    // 23:30 in New York on 3 March is 04:30 UTC on 4 March.
    expect(calendarDayOf('2026-03-04T04:30:00.000Z', 'America/New_York')).toBe('2026-03-03');
    expect(calendarDayOf('2026-03-04T04:30:00.000Z', 'UTC')).toBe('2026-03-04');
  });

  it('puts an early-morning instant in Tokyo on the next day', () => {
    expect(calendarDayOf('2026-06-30T20:00:00.000Z', 'Asia/Tokyo')).toBe('2026-07-01');
  });

  it('handles the clocks going forward in London', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST.
    expect(calendarDayOf('2026-03-29T00:59:00.000Z', 'Europe/London')).toBe('2026-03-29');
    expect(minuteOfDay('2026-03-29T01:00:00.000Z', 'Europe/London')).toBe(2 * 60);
  });
});

describe('formatHourOfDay', () => {
  it('names a whole hour in the locale’s own clock style, whatever the zone', () => {
    expect(formatHourOfDay(7, 'en-GB')).toBe('07:00');
    expect(formatHourOfDay(19, 'en-GB')).toBe('19:00');
    expect(formatHourOfDay(19, 'en-US')).toMatch(/^7:00\sPM$/);
    expect(formatHourOfDay(0, 'en-US')).toMatch(/^12:00\sAM$/);
    expect(formatHourOfDay(19, 'de-DE')).toBe('19:00');
  });
});

describe('formatClockTime', () => {
  // 03:00 and 15:05 in London on a winter day (GMT), when the clock reads the same as UTC.
  const night = '2026-11-25T03:00:00.000Z';
  const afternoon = '2026-11-25T15:05:00.000Z';
  const london = { timeZone: 'Europe/London' };

  it('writes British time on the 24-hour clock with two-digit hours', () => {
    expect(formatClockTime(night, { ...london, locale: 'en-GB' })).toBe('03:00');
    expect(formatClockTime(afternoon, { ...london, locale: 'en-GB' })).toBe('15:05');
  });

  it('writes American time on the 12-hour clock, without a leading zero', () => {
    expect(formatClockTime(night, { ...london, locale: 'en-US' })).toMatch(/^3:00\sAM$/);
    expect(formatClockTime(afternoon, { ...london, locale: 'en-US' })).toMatch(/^3:05\sPM$/);
  });

  it('writes German time on the 24-hour clock', () => {
    expect(formatClockTime(night, { ...london, locale: 'de-DE' })).toBe('03:00');
    expect(formatClockTime(afternoon, { ...london, locale: 'de-DE' })).toBe('15:05');
  });

  it('reads the clock in the given zone, not the machine’s', () => {
    expect(formatClockTime(night, { timeZone: 'Pacific/Auckland', locale: 'en-GB' })).toBe('16:00');
    expect(formatClockTime(new Date(night), { timeZone: 'America/Los_Angeles', locale: 'en-GB' })).toBe(
      '19:00',
    );
  });

  it('shows the hour the clock really showed across a daylight-saving change', () => {
    // 29 March 2026 in London: 00:59 GMT, then 02:00 BST a minute later.
    expect(formatClockTime('2026-03-29T00:59:00.000Z', { ...london, locale: 'en-GB' })).toBe('00:59');
    expect(formatClockTime('2026-03-29T01:00:00.000Z', { ...london, locale: 'en-GB' })).toBe('02:00');
  });
});

describe('calendar day arithmetic', () => {
  it('adds days across a daylight-saving change without skipping or repeating a day', () => {
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCalendarDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('accepts real days only', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('26-01-01')).toBe(false);
  });

  it('writes a day heading with the weekday', () => {
    // ICU versions differ on the comma after the weekday, so compare the words.
    expect(formatDayHeading('2026-11-21', 'en-GB').replace(',', '')).toBe('Saturday 21 November 2026');
    expect(formatDayHeading('2026-03-29', 'en-GB')).toMatch(/^Sunday/);
  });
});

describe('instants', () => {
  it('recognises ISO instants with a zone and refuses others', () => {
    expect(isIsoInstant('2026-11-21T09:30:00.000Z')).toBe(true);
    expect(isIsoInstant('2026-11-21T09:30:00+01:00')).toBe(true);
    expect(isIsoInstant('2026-11-21T09:30:00')).toBe(false);
    expect(isIsoInstant('2026-02-30T09:30:00Z')).toBe(false);
    expect(isIsoInstant('yesterday')).toBe(false);
  });

  it('turns a datetime-local value into the right instant in this machine zone and back', () => {
    // Tests run in Europe/London: summer time is UTC+1.
    expect(localDateTimeToIso('2026-07-01T14:05')).toBe('2026-07-01T13:05:00.000Z');
    expect(localDateTimeToIso('2026-12-01T14:05')).toBe('2026-12-01T14:05:00.000Z');
    expect(isoToLocalDateTime('2026-07-01T13:05:00.000Z')).toBe('2026-07-01T14:05');
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('2026-13-01T10:00')).toBeNull();
  });

  it('counts minutes between instants', () => {
    expect(minutesBetween('2026-11-21T09:00:00Z', '2026-11-21T10:45:00Z')).toBe(105);
  });
});

describe('calendarDayOf agrees with Intl at every instant around the clock changes', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham'])(
    '%s, every 7 minutes through March, April, October and November 2026',
    (timeZone) => {
      const intl = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      const months = [
        [Date.UTC(2026, 2, 1), Date.UTC(2026, 4, 1)],
        [Date.UTC(2026, 9, 1), Date.UTC(2026, 11, 1)],
      ];
      for (const [from = 0, to = 0] of months) {
        for (let ms = from; ms < to; ms += 7 * 60_000) {
          expect(calendarDayOf(new Date(ms).toISOString(), timeZone)).toBe(intl.format(new Date(ms)));
        }
      }
    },
  );
});

describe('fast day arithmetic', () => {
  it('numbers days and weekdays exactly', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(weekdayOf('2026-11-21')).toBe(6); // Saturday
    expect(weekdayOf('2026-11-22')).toBe(0); // Sunday
    expect(weekdayOf('1970-01-01')).toBe(4); // Thursday
  });
});

describe('formatShortDate', () => {
  it('writes a day briefly as the locale does, with or without the year', () => {
    expect(formatShortDate('2026-11-10', 'en-GB')).toBe('10 Nov 2026');
    expect(formatShortDate('2026-11-10', 'en-US')).toBe('Nov 10, 2026');
    expect(formatShortDate('2026-11-10', 'en-GB', false)).toBe('10 Nov');
  });

  it('keeps the calendar day whatever the machine’s zone (it is read at noon UTC)', () => {
    expect(formatShortDate('2026-03-29', 'en-GB')).toBe('29 Mar 2026');
    expect(formatShortDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
  });
});

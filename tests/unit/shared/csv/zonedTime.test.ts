import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportedDateTime } from '../../../../src/shared/csv/dateTimeText';
import type { WallTime } from '../../../../src/shared/csv/zonedTime';
import {
  isRealWallTime,
  wallTimeIn,
  zoneOffsetMs,
  zonedWallTimeToInstant,
} from '../../../../src/shared/csv/zonedTime';

function wall(text: string): WallTime {
  const [date = '', time = '00:00'] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: 0,
    millisecond: 0,
  };
}

function instant(text: string, zone: string): string {
  const result = zonedWallTimeToInstant(wall(text), zone);
  return result.kind === 'ok' ? new Date(result.epochMs).toISOString() : 'gap';
}

describe('zonedWallTimeToInstant', () => {
  it('reads winter and summer times in London', () => {
    expect(instant('2026-01-15 09:00', 'Europe/London')).toBe('2026-01-15T09:00:00.000Z');
    expect(instant('2026-07-15 09:00', 'Europe/London')).toBe('2026-07-15T08:00:00.000Z');
  });

  it('reports the spring-forward gap (Europe/London, 29 March 2026, 01:00-01:59 never happened)', () => {
    expect(instant('2026-03-29 00:59', 'Europe/London')).toBe('2026-03-29T00:59:00.000Z');
    expect(instant('2026-03-29 01:00', 'Europe/London')).toBe('gap');
    expect(instant('2026-03-29 01:30', 'Europe/London')).toBe('gap');
    expect(instant('2026-03-29 01:59', 'Europe/London')).toBe('gap');
    expect(instant('2026-03-29 02:00', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier of a doubled autumn time (Europe/London, 25 October 2026, 01:00-01:59)', () => {
    expect(instant('2026-10-25 00:59', 'Europe/London')).toBe('2026-10-24T23:59:00.000Z');
    expect(instant('2026-10-25 01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(instant('2026-10-25 02:00', 'Europe/London')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('works in zones other than the machine’s (tests run in Europe/London)', () => {
    expect(instant('2026-03-08 02:30', 'America/New_York')).toBe('gap');
    expect(instant('2026-03-08 03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(instant('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(instant('2026-10-04 02:30', 'Australia/Sydney')).toBe('gap');
    expect(instant('2026-04-05 02:30', 'Australia/Sydney')).toBe('2026-04-04T15:30:00.000Z');
    expect(instant('2026-06-01 12:00', 'Asia/Kolkata')).toBe('2026-06-01T06:30:00.000Z');
    expect(instant('2026-06-01 12:00', 'UTC')).toBe('2026-06-01T12:00:00.000Z');
  });

  it('throws for an unknown zone', () => {
    expect(() => zonedWallTimeToInstant(wall('2026-06-01 12:00'), 'Mars/Olympus')).toThrow(RangeError);
  });

  it('gives back any instant from the wall time it shows (the earlier one where doubled)', () => {
    const zones = [
      'Europe/London',
      'America/New_York',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.constantFrom(...zones),
        (epochMs, zone) => {
          const shown = wallTimeIn(epochMs, zone);
          const result = zonedWallTimeToInstant(shown, zone);
          expect(result.kind).toBe('ok');
          if (result.kind !== 'ok') return;
          expect(result.epochMs).toBeLessThanOrEqual(epochMs);
          expect(wallTimeIn(result.epochMs, zone)).toEqual(shown);
          if (result.epochMs !== epochMs) {
            // Only in an autumn overlap: the same wall time an offset change earlier.
            expect(zoneOffsetMs(result.epochMs, zone)).toBeGreaterThan(zoneOffsetMs(epochMs, zone));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tells real wall times from impossible ones', () => {
    expect(isRealWallTime(wall('2024-02-29 10:00'))).toBe(true);
    expect(isRealWallTime(wall('2026-02-29 10:00'))).toBe(false);
    expect(isRealWallTime(wall('2026-13-01 10:00'))).toBe(false);
    expect(isRealWallTime(wall('2026-01-01 24:00'))).toBe(false);
    expect(isRealWallTime(wall('2026-01-01 10:60'))).toBe(false);
  });
});

describe('parseImportedDateTime', () => {
  const zone = 'Europe/London';
  const ok = (iso: string, timeMissing = false) => ({ ok: true, iso, timeMissing });

  it.each([
    ['2026-02-13T10:00:00.000Z', '2026-02-13T10:00:00.000Z'],
    ['2026-02-13T10:00:00.1234+01:00', '2026-02-13T09:00:00.123Z'],
    ['2026-02-13T10:00+0530', '2026-02-13T04:30:00.000Z'],
    ['2026-02-13T10:00-05', '2026-02-13T15:00:00.000Z'],
    ['2026-07-13T10:00', '2026-07-13T09:00:00.000Z'],
    ['2026-07-13 10:00', '2026-07-13T09:00:00.000Z'],
    ['2026-07-13 10:00:30', '2026-07-13T09:00:30.000Z'],
    ['2026-7-3 9:05', '2026-07-03T08:05:00.000Z'],
    ['  2026-02-13 10:00  ', '2026-02-13T10:00:00.000Z'],
    ['13.02.2026 10:00', '2026-02-13T10:00:00.000Z'],
    ['13.07.2026, 10:00:15', '2026-07-13T09:00:15.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseImportedDateTime(text, zone)).toEqual(ok(iso));
  });

  it('reads a date alone as 12:00 local time and says the time was missing', () => {
    expect(parseImportedDateTime('2026-07-13', zone)).toEqual(ok('2026-07-13T11:00:00.000Z', true));
    expect(parseImportedDateTime('13.01.2026', zone)).toEqual(ok('2026-01-13T12:00:00.000Z', true));
  });

  it.each(['yesterday', '2026-02-13Z', '13/02', '2026-02-13 10', '2026-02-13 10:00 EST', '24/11/2026T'])(
    'refuses %s, suggesting the yyyy-MM-dd HH:mm form',
    (text) => {
      expect(parseImportedDateTime(text, zone)).toEqual({
        ok: false,
        message: `"${text}" is not a date and time this importer understands (use yyyy-MM-dd HH:mm, for example 2026-02-13 10:00).`,
      });
    },
  );

  it.each([
    '2026-02-30 10:00',
    '2026-13-01',
    '30.02.2026',
    '2026-02-13 25:00',
    '2026-02-13T10:00+24:00',
    '31/31/2026',
    '13/02/2026 13:00 PM',
    '13/02/2026 0:30 am',
  ])('refuses the impossible %s', (text) => {
    expect(parseImportedDateTime(text, zone)).toEqual({
      ok: false,
      message: `"${text}" is not a real date and time.`,
    });
  });

  it('reports a time in the spring-forward gap instead of moving it', () => {
    expect(parseImportedDateTime('2026-03-29 01:30', zone)).toEqual({
      ok: false,
      message:
        '"2026-03-29 01:30" did not happen in Europe/London: the clocks went forward at that time. Check the time.',
    });
    expect(parseImportedDateTime('2026-03-29T01:30:00Z', zone)).toEqual(ok('2026-03-29T01:30:00.000Z'));
  });
});

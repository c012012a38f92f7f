import { describe, expect, it } from 'vitest';
import { localTimeWithOffset, storedInstantFromCsv } from '../../../../src/shared/csv/localTimes';

describe('localTimeWithOffset', () => {
  it('writes the clock reading in the zone with its offset', () => {
    expect(localTimeWithOffset('2026-11-24T08:15:00.000Z', 'Europe/London')).toBe(
      '2026-11-24T08:15:00+00:00',
    );
    expect(localTimeWithOffset('2026-06-24T07:15:00.000Z', 'Europe/London')).toBe(
      '2026-06-24T08:15:00+01:00',
    );
    // India is 5 h 30 ahead: the minutes of the offset are kept.
    expect(localTimeWithOffset('2026-06-24T07:15:00.000Z', 'Asia/Kolkata')).toBe('2026-06-24T12:45:00+05:30');
  });

  it('writes UTC when the zone’s offset then was not whole minutes', () => {
    // Liberia kept -0:44:30 until January 1972.
    expect(localTimeWithOffset('1971-06-01T12:00:00.000Z', 'Africa/Monrovia')).toBe(
      '1971-06-01T12:00:00.000Z',
    );
  });
});

describe('storedInstantFromCsv', () => {
  it('reads local times with an offset and the earlier UTC form to the stored form', () => {
    expect(storedInstantFromCsv('2026-06-24T08:15:00+01:00')).toBe('2026-06-24T07:15:00.000Z');
    expect(storedInstantFromCsv('2026-11-24T21:15:00.250+13:00')).toBe('2026-11-24T08:15:00.250Z');
    expect(storedInstantFromCsv('2026-10-25T00:30:00.000Z')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('leaves anything else as the file wrote it, for the row’s problem to quote', () => {
    expect(storedInstantFromCsv('')).toBe('');
    expect(storedInstantFromCsv('13/02/2026 10:00')).toBe('13/02/2026 10:00');
    expect(storedInstantFromCsv('2026-06-24T08:15')).toBe('2026-06-24T08:15');
  });
});

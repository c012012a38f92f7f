import { describe, expect, it } from 'vitest';
import { defaultCheckInDay, isCheckInPromptDue } from '../../../../src/shared/scoring';

const LONDON = 'Europe/London';

/** A hasCheckIn over a fixed set of days, recording which days it was asked about. */
function checkInsOn(...days: string[]) {
  const asked: string[] = [];
  const hasCheckIn = (day: string): boolean => {
    asked.push(day);
    return days.includes(day);
  };
  return { hasCheckIn, asked };
}

describe('defaultCheckInDay', () => {
  it('offers yesterday at 00:30 when yesterday’s check-in is missing', () => {
    const { hasCheckIn, asked } = checkInsOn();
    expect(defaultCheckInDay(new Date('2026-11-21T00:30:00.000Z'), LONDON, hasCheckIn)).toBe('2026-11-20');
    expect(asked).toEqual(['2026-11-20']);
  });

  it('offers today at 00:30 when yesterday’s is done', () => {
    const { hasCheckIn } = checkInsOn('2026-11-20');
    expect(defaultCheckInDay(new Date('2026-11-21T00:30:00.000Z'), LONDON, hasCheckIn)).toBe('2026-11-21');
  });

  it('still offers yesterday at 03:59, and today from 04:00 even with yesterday missing', () => {
    const { hasCheckIn } = checkInsOn();
    expect(defaultCheckInDay(new Date('2026-11-21T03:59:00.000Z'), LONDON, hasCheckIn)).toBe('2026-11-20');
    expect(defaultCheckInDay(new Date('2026-11-21T04:00:00.000Z'), LONDON, hasCheckIn)).toBe('2026-11-21');
  });

  it('offers today in the afternoon without asking about yesterday', () => {
    const { hasCheckIn, asked } = checkInsOn();
    expect(defaultCheckInDay(new Date('2026-11-21T15:00:00.000Z'), LONDON, hasCheckIn)).toBe('2026-11-21');
    expect(asked).toEqual([]);
  });

  it('reads the local clock in summer time: 00:30 BST on 1 July is 23:30 UTC on 30 June', () => {
    const { hasCheckIn } = checkInsOn();
    expect(defaultCheckInDay(new Date('2026-06-30T23:30:00.000Z'), LONDON, hasCheckIn)).toBe('2026-06-30');
    // 03:30 BST on 1 July is 02:30 UTC; 04:00 BST is 03:00 UTC.
    expect(defaultCheckInDay(new Date('2026-07-01T02:30:00.000Z'), LONDON, hasCheckIn)).toBe('2026-06-30');
    expect(defaultCheckInDay(new Date('2026-07-01T03:00:00.000Z'), LONDON, hasCheckIn)).toBe('2026-07-01');
  });

  it('handles the night the clocks go forward (01:00 GMT becomes 02:00 BST on 29 March 2026)', () => {
    const { hasCheckIn } = checkInsOn();
    // 03:30 BST = 02:30 UTC: still before 04:00.
    expect(defaultCheckInDay(new Date('2026-03-29T02:30:00.000Z'), LONDON, hasCheckIn)).toBe('2026-03-28');
    // 04:00 BST = 03:00 UTC.
    expect(defaultCheckInDay(new Date('2026-03-29T03:00:00.000Z'), LONDON, hasCheckIn)).toBe('2026-03-29');
  });

  it('uses the given zone, not the machine’s: 00:30 in Tokyo and Auckland', () => {
    const { hasCheckIn } = checkInsOn();
    // 00:30 JST on 21 November is 15:30 UTC on 20 November.
    expect(defaultCheckInDay(new Date('2026-11-20T15:30:00.000Z'), 'Asia/Tokyo', hasCheckIn)).toBe(
      '2026-11-20',
    );
    // 00:30 NZDT on 21 November is 11:30 UTC on 20 November.
    expect(defaultCheckInDay(new Date('2026-11-20T11:30:00.000Z'), 'Pacific/Auckland', hasCheckIn)).toBe(
      '2026-11-20',
    );
    // 00:30 EST on 21 November is 05:30 UTC; yesterday is 20 November, and it is done.
    expect(
      defaultCheckInDay(
        new Date('2026-11-21T05:30:00.000Z'),
        'America/New_York',
        checkInsOn('2026-11-20').hasCheckIn,
      ),
    ).toBe('2026-11-21');
  });
});

describe('isCheckInPromptDue', () => {
  it('is not due at 18:59 and due at 19:00 with a 19:00 prompt', () => {
    expect(isCheckInPromptDue(new Date('2026-11-21T18:59:00.000Z'), LONDON, 19, false)).toBe(false);
    expect(isCheckInPromptDue(new Date('2026-11-21T19:00:00.000Z'), LONDON, 19, false)).toBe(true);
  });

  it('stays due until midnight, then stops', () => {
    expect(isCheckInPromptDue(new Date('2026-11-21T23:59:00.000Z'), LONDON, 19, false)).toBe(true);
    expect(isCheckInPromptDue(new Date('2026-11-22T00:00:00.000Z'), LONDON, 19, false)).toBe(false);
  });

  it('is never due once today’s check-in exists', () => {
    expect(isCheckInPromptDue(new Date('2026-11-21T21:00:00.000Z'), LONDON, 19, true)).toBe(false);
  });

  it('reads the local hour in summer time and in other zones', () => {
    // 19:00 BST is 18:00 UTC.
    expect(isCheckInPromptDue(new Date('2026-07-01T17:59:00.000Z'), LONDON, 19, false)).toBe(false);
    expect(isCheckInPromptDue(new Date('2026-07-01T18:00:00.000Z'), LONDON, 19, false)).toBe(true);
    // 19:00 EST on 21 November is 00:00 UTC on 22 November.
    expect(isCheckInPromptDue(new Date('2026-11-21T23:59:00.000Z'), 'America/New_York', 19, false)).toBe(
      false,
    );
    expect(isCheckInPromptDue(new Date('2026-11-22T00:00:00.000Z'), 'America/New_York', 19, false)).toBe(
      true,
    );
    // 19:00 JST is 10:00 UTC.
    expect(isCheckInPromptDue(new Date('2026-11-21T10:00:00.000Z'), 'Asia/Tokyo', 19, false)).toBe(true);
  });

  it('is due all day with a midnight prompt hour', () => {
    expect(isCheckInPromptDue(new Date('2026-11-21T00:00:00.000Z'), LONDON, 0, false)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { localDateTimeToIso } from '../../../src/shared/dates';
import { emptyDraft } from '../../../src/shared/episodeDraft';
import {
  QUICK_STARTS,
  describeStart,
  quickStartAt,
  quickStartFromKey,
  withQuickStart,
  type QuickStartId,
} from '../../../src/shared/quickStart';

const at = (iso: string) => new Date(iso);

describe('quickStartAt: minutes ago', () => {
  it.each<[QuickStartId, string]>([
    ['now', '2026-11-25T10:30:00.000Z'],
    ['15-min', '2026-11-25T10:15:00.000Z'],
    ['30-min', '2026-11-25T10:00:00.000Z'],
    ['60-min', '2026-11-25T09:30:00.000Z'],
  ])('%s counts back from now', (id, expected) => {
    expect(quickStartAt(id, at('2026-11-25T10:30:00.000Z'), 'Europe/London')).toBe(expected);
  });

  it('counts real minutes across the clocks going forward, not wall-clock ones', () => {
    // London, 29 March 2026: 01:00 GMT becomes 02:00 BST. 02:10 BST is 01:10 UTC; 30 minutes earlier the
    // clock showed 00:40 GMT, an hour and a half earlier on the wall.
    expect(quickStartAt('30-min', at('2026-03-29T01:10:00.000Z'), 'Europe/London')).toBe(
      '2026-03-29T00:40:00.000Z',
    );
  });
});

describe('quickStartAt: this morning', () => {
  it.each([
    // zone, now, expected: 08:00 local on the day of now
    ['Europe/London', '2026-11-25T10:30:00.000Z', '2026-11-25T08:00:00.000Z'], // GMT
    ['Europe/London', '2026-07-01T09:30:00.000Z', '2026-07-01T07:00:00.000Z'], // BST: 10:30 local
    ['America/New_York', '2026-11-25T15:30:00.000Z', '2026-11-25T13:00:00.000Z'], // 10:30 EST
    ['Asia/Tokyo', '2026-11-25T01:30:00.000Z', '2026-11-24T23:00:00.000Z'], // 10:30 JST, no DST
    ['Asia/Kolkata', '2026-11-25T03:30:00.000Z', '2026-11-25T02:30:00.000Z'], // 09:00 IST, half-hour offset
  ])('is 08:00 local in %s (now %s)', (zone, now, expected) => {
    expect(quickStartAt('morning', at(now), zone)).toBe(expected);
  });

  it('uses the offset of the morning on a day the clocks went forward overnight', () => {
    // London, 29 March 2026, 10:00 BST (09:00 UTC): 08:00 BST is 07:00 UTC, not 08:00 as at midnight.
    expect(quickStartAt('morning', at('2026-03-29T09:00:00.000Z'), 'Europe/London')).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    // New York, 8 March 2026, 12:00 EDT (16:00 UTC): 08:00 EDT is 12:00 UTC.
    expect(quickStartAt('morning', at('2026-03-08T16:00:00.000Z'), 'America/New_York')).toBe(
      '2026-03-08T12:00:00.000Z',
    );
  });

  it('uses the offset of the morning on a day the clocks went back overnight', () => {
    // London, 25 October 2026, 10:00 GMT: 08:00 GMT is 08:00 UTC (it was BST until 01:00 UTC).
    expect(quickStartAt('morning', at('2026-10-25T10:00:00.000Z'), 'Europe/London')).toBe(
      '2026-10-25T08:00:00.000Z',
    );
  });

  it('is an hour before now when 08:00 has not come yet, so it is still in the past', () => {
    expect(quickStartAt('morning', at('2026-11-25T07:30:00.000Z'), 'Europe/London')).toBe(
      '2026-11-25T06:30:00.000Z',
    );
    // At 08:00 exactly, 08:00 is now, not before it.
    expect(quickStartAt('morning', at('2026-11-25T08:00:00.000Z'), 'Europe/London')).toBe(
      '2026-11-25T07:00:00.000Z',
    );
    // Just after midnight in Tokyo (00:30 JST), an hour before is 23:30 the day before.
    expect(quickStartAt('morning', at('2026-11-24T15:30:00.000Z'), 'Asia/Tokyo')).toBe(
      '2026-11-24T14:30:00.000Z',
    );
  });

  it('is never later than now and never more than a day before, every 13 minutes of a clock-change day', () => {
    const cases = [
      ['Europe/London', '2026-03-28T22:00:00.000Z'],
      ['Europe/London', '2026-10-24T22:00:00.000Z'],
      ['America/New_York', '2026-03-08T03:00:00.000Z'],
      ['Australia/Lord_Howe', '2026-10-03T12:00:00.000Z'], // a half-hour change
    ] as const;
    for (const [zone, from] of cases) {
      for (let minute = 0; minute < 26 * 60; minute += 13) {
        const now = new Date(Date.parse(from) + minute * 60_000);
        for (const choice of QUICK_STARTS) {
          const start = Date.parse(quickStartAt(choice.id, now, zone));
          expect(start).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime() - start).toBeLessThan(24 * 3_600_000);
        }
      }
    }
  });
});

describe('quickStartFromKey', () => {
  it('maps each letter, in either case, to its choice', () => {
    expect(quickStartFromKey('n')).toBe('now');
    expect(quickStartFromKey('F')).toBe('15-min');
    expect(quickStartFromKey('t')).toBe('30-min');
    expect(quickStartFromKey('H')).toBe('60-min');
    expect(quickStartFromKey('m')).toBe('morning');
  });

  it('leaves digits (the pain) and other keys alone', () => {
    for (const key of ['0', '1', '9', 'Enter', 'Escape', ' ', 'a', 'ArrowLeft']) {
      expect(quickStartFromKey(key)).toBeNull();
    }
  });

  it('gives every choice its own single letter', () => {
    const keys = QUICK_STARTS.map((choice) => choice.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]$/);
  });
});

describe('describeStart', () => {
  const now = at('2026-11-25T10:30:00.000Z');
  const london = { timeZone: 'Europe/London', locale: 'en-GB' };

  it('gives the clock time of a start today', () => {
    expect(describeStart('2026-11-25T10:00:00.000Z', now, london.timeZone, london.locale)).toBe(
      'Started 10:00.',
    );
  });

  it('names yesterday and older days', () => {
    expect(describeStart('2026-11-24T23:30:00.000Z', now, london.timeZone, london.locale)).toBe(
      'Started yesterday at 23:30.',
    );
    expect(describeStart('2026-11-20T09:00:00.000Z', now, london.timeZone, london.locale)).toBe(
      'Started 20 November at 09:00.',
    );
  });

  it('reads the day in the zone asked: 23:30 UTC is already tomorrow in Tokyo', () => {
    expect(describeStart('2026-11-24T23:30:00.000Z', now, 'Asia/Tokyo', 'en-GB')).toBe('Started 08:30.');
  });
});

describe('withQuickStart', () => {
  it('puts the start in the draft as the datetime-local value that reads back to the same instant', () => {
    const now = at('2026-11-25T10:30:00.000Z');
    const draft = withQuickStart(emptyDraft(now), '30-min', now, 'Europe/London');
    expect(localDateTimeToIso(draft.startedAt)).toBe('2026-11-25T10:00:00.000Z');
    expect(draft.intensity).toBeNull();
  });
});

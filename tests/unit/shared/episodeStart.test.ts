import { describe, expect, it } from 'vitest';
import { calendarDayOf, minuteOfDay } from '../../../src/shared/dates';
import { startDayOf, startMinuteOf } from '../../../src/shared/episodeStart';

describe('startDayOf and startMinuteOf', () => {
  it('agree with the exact day and minute, including across the clocks going back in London', () => {
    // 2026-10-25: BST ends at 02:00 local (01:00 UTC). Every 20 minutes through that day and the next.
    const start = Date.parse('2026-10-24T20:00:00.000Z');
    for (let minute = 0; minute < 48 * 60; minute += 20) {
      const startedAt = new Date(start + minute * 60_000).toISOString();
      const episode = { startedAt };
      for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata']) {
        expect(startDayOf(episode, zone)).toBe(calendarDayOf(startedAt, zone));
        expect(startMinuteOf(episode, zone)).toBe(minuteOfDay(startedAt, zone));
      }
    }
  });

  it('answers for the time zone asked, not the one asked first', () => {
    // 23:30 UTC on 1 November is 1 November in London and 2 November in Tokyo (08:30).
    const episode = { startedAt: '2026-11-01T23:30:00.000Z' };
    expect(startDayOf(episode, 'Europe/London')).toBe('2026-11-01');
    expect(startDayOf(episode, 'Asia/Tokyo')).toBe('2026-11-02');
    expect(startMinuteOf(episode, 'Asia/Tokyo')).toBe(8 * 60 + 30);
  });

  it('notices an episode whose start was changed in place', () => {
    const episode = { startedAt: '2026-11-01T10:00:00.000Z' };
    expect(startDayOf(episode, 'Europe/London')).toBe('2026-11-01');
    episode.startedAt = '2026-11-05T10:15:00.000Z';
    expect(startDayOf(episode, 'Europe/London')).toBe('2026-11-05');
    expect(startMinuteOf(episode, 'Europe/London')).toBe(10 * 60 + 15);
  });
});

import { describe, expect, it } from 'vitest';
import { automaticBackupDue, recordBackup, type BackupHistory } from '../../../../src/shared/backup';

const tz = 'Europe/London';
const none: BackupHistory = { lastWrittenAt: null, lastEntryBackupDay: null };

describe('automaticBackupDue', () => {
  it.each([
    ['start, always', 'start', none, '2026-11-21T09:00:00Z', 'start'],
    ['a tick with no backup yet', 'tick', none, '2026-11-21T09:00:00Z', 'scheduled'],
    [
      'a tick 3 h 59 after the last',
      'tick',
      { ...none, lastWrittenAt: '2026-11-21T05:01:00Z' },
      '2026-11-21T09:00:00Z',
      null,
    ],
    [
      'a tick 4 h after the last',
      'tick',
      { ...none, lastWrittenAt: '2026-11-21T05:00:00Z' },
      '2026-11-21T09:00:00Z',
      'scheduled',
    ],
    [
      'the first entry of the day',
      'entry-saved',
      { ...none, lastEntryBackupDay: '2026-11-20' },
      '2026-11-21T09:00:00Z',
      'first-entry-of-day',
    ],
    [
      'a second entry the same day',
      'entry-saved',
      { ...none, lastEntryBackupDay: '2026-11-21' },
      '2026-11-21T21:00:00Z',
      null,
    ],
    // 23:30 in London in summer is 22:30 UTC: still the same local day.
    [
      'an entry late on a summer evening',
      'entry-saved',
      { ...none, lastEntryBackupDay: '2026-07-01' },
      '2026-07-01T22:30:00Z',
      null,
    ],
  ] as const)('%s', (_name, event, history, now, expected) => {
    expect(automaticBackupDue(event, history, new Date(now), tz)).toBe(expected);
  });
});

describe('recordBackup', () => {
  it('remembers when it wrote, and the day of a first-entry backup', () => {
    const now = new Date('2026-11-21T09:00:00Z');
    expect(recordBackup(none, 'start', now, tz)).toEqual({
      lastWrittenAt: '2026-11-21T09:00:00.000Z',
      lastEntryBackupDay: null,
    });
    expect(recordBackup(none, 'first-entry-of-day', now, tz)).toEqual({
      lastWrittenAt: '2026-11-21T09:00:00.000Z',
      lastEntryBackupDay: '2026-11-21',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { backupFileName, describeCounts } from '../../../../src/shared/backup';

const none = {
  episodes: 0,
  checkIns: 0,
  measures: 0,
  psfsActivities: 0,
  withdrawalPeriods: 0,
  ownFactors: 0,
  settings: 0,
};

describe('describeCounts', () => {
  it('lists what was written in words', () => {
    expect(describeCounts(none)).toBe('nothing');
    expect(describeCounts({ ...none, episodes: 1 })).toBe('1 episode');
    expect(describeCounts({ ...none, episodes: 120, checkIns: 30 })).toBe('120 episodes and 30 check-ins');
    expect(describeCounts({ ...none, episodes: 2, measures: 1, settings: 1 })).toBe(
      '2 episodes, 1 PSFS or PEG-3 rating and your settings',
    );
  });

  it('names backup files by day', () => {
    expect(backupFileName('2026-11-21')).toBe('upper-back-journal-backup-2026-11-21.json');
  });
});

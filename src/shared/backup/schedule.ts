/**
 * When the desktop app writes an automatic backup: at start, every few hours while open, and after the
 * first entry of each day. (Before every restore is handled by the restore itself.) A pure decision, so
 * the schedule is tested without clocks or files.
 */
import type { AutomaticBackupReason } from '../api';
import { calendarDayOf, type CalendarDay } from '../dates';

export const SCHEDULED_BACKUP_HOURS = 4;

export interface BackupHistory {
  /** When the last automatic backup was written, or null. */
  lastWrittenAt: string | null;
  /** The day of the last "first entry of the day" backup, or null. */
  lastEntryBackupDay: CalendarDay | null;
}

export type BackupEvent = 'start' | 'tick' | 'entry-saved';

export function automaticBackupDue(
  event: BackupEvent,
  history: BackupHistory,
  now: Date,
  timeZone: string,
): AutomaticBackupReason | null {
  switch (event) {
    case 'start':
      return 'start';
    case 'tick': {
      if (history.lastWrittenAt === null) return 'scheduled';
      const hours = (now.getTime() - Date.parse(history.lastWrittenAt)) / 3_600_000;
      return hours >= SCHEDULED_BACKUP_HOURS ? 'scheduled' : null;
    }
    case 'entry-saved':
      return history.lastEntryBackupDay === calendarDayOf(now.toISOString(), timeZone)
        ? null
        : 'first-entry-of-day';
  }
}

/** The history after writing a backup for `reason` at `now`. */
export function recordBackup(
  history: BackupHistory,
  reason: AutomaticBackupReason,
  now: Date,
  timeZone: string,
): BackupHistory {
  return {
    lastWrittenAt: now.toISOString(),
    lastEntryBackupDay:
      reason === 'first-entry-of-day'
        ? calendarDayOf(now.toISOString(), timeZone)
        : history.lastEntryBackupDay,
  };
}

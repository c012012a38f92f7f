/**
 * Automatic backups on the desktop: the renderer owns the journal, so it decides when one is due
 * (src/shared/backup/schedule.ts) and hands the file to the main process, which writes it atomically
 * and rotates old ones. In a browser this does nothing.
 */
import { useEffect } from 'react';
import {
  automaticBackupDue,
  recordBackup,
  type BackupEvent,
  type BackupHistory,
} from '@shared/backup/schedule';
import { TIME_ZONE } from '../clock';
import type { JournalDatabase } from '../db/database';
import { desktop } from '../platform/desktop';

const HISTORY_KEY = 'upper-back-journal.automatic-backups';
const TICK_MS = 15 * 60_000;

function loadHistory(): BackupHistory {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? 'null');
    if (saved && typeof saved === 'object' && 'lastWrittenAt' in saved && 'lastEntryBackupDay' in saved) {
      const { lastWrittenAt, lastEntryBackupDay } = saved;
      return {
        lastWrittenAt: typeof lastWrittenAt === 'string' ? lastWrittenAt : null,
        lastEntryBackupDay: typeof lastEntryBackupDay === 'string' ? lastEntryBackupDay : null,
      };
    }
  } catch {
    // A damaged note only means one extra backup.
  }
  return { lastWrittenAt: null, lastEntryBackupDay: null };
}

let isWriting = false;

/** Writes an automatic backup if one is due for this event. Never throws: a failed backup is logged. */
export async function backUpIfDue(db: JournalDatabase, event: BackupEvent): Promise<void> {
  if (isWriting || !(await desktop.supportsAutomaticBackups())) return;
  const now = new Date();
  const history = loadHistory();
  const reason = automaticBackupDue(event, history, now, TIME_ZONE);
  if (reason === null) return;
  isWriting = true;
  try {
    // The backup's code (the schemas, the checksum) loads only when a backup is due.
    const { exportBackup } = await import('./backup');
    const text = await exportBackup(db, { appVersion: __APP_VERSION__, exportedAt: now.toISOString() });
    await desktop.writeAutomaticBackup(text, reason);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(recordBackup(history, reason, now, TIME_ZONE)));
  } catch (error) {
    console.error('An automatic backup failed', error);
  } finally {
    isWriting = false;
  }
}

/** At start and every few hours while the app is open. */
export function useAutomaticBackups(db: JournalDatabase): void {
  useEffect(() => {
    void backUpIfDue(db, 'start');
    const timer = window.setInterval(() => void backUpIfDue(db, 'tick'), TICK_MS);
    return () => window.clearInterval(timer);
  }, [db]);
}

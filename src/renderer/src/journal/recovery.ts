/**
 * Getting out of a journal that cannot be opened. Nothing here runs on its own: the person chooses it on
 * the recovery screen, and the journal is only replaced after what could be read has been saved.
 */
import { applyImport } from './backup';
import { readBackup, type BackupInfo } from '@shared/backup';
import type { DesktopApi } from '@shared/api';
import { JournalDatabase } from '../db/database';
import { rawJournalToBackup, readRawJournal } from '../db/rawJournal';
import { openJournal } from '../db/openJournal';

/** Saves whatever can be read as a backup file. Resolves false when the person cancelled the save. */
export async function saveWhatCanBeRead(
  name: string,
  desktop: Pick<DesktopApi, 'saveFile'>,
  info: BackupInfo,
  day: string,
): Promise<boolean> {
  const text = rawJournalToBackup(await readRawJournal(name), info);
  const result = await desktop.saveFile(`upper-back-journal-recovered-${day}.json`, text);
  return result.saved;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The old journal could not be removed'));
    request.onblocked = () =>
      reject(new Error('The journal is open in another window. Close it and try again.'));
  });
}

/**
 * Replaces an unopenable journal with a backup: first saves what can be read (stopping if that is
 * cancelled), then starts a fresh journal and writes the backup into it in one transaction.
 */
export async function replaceWithBackup(
  name: string,
  backupText: string,
  desktop: Pick<DesktopApi, 'saveFile'>,
  info: BackupInfo,
  day: string,
): Promise<{ status: 'done' } | { status: 'cancelled' } | { status: 'refused'; message: string }> {
  const reading = readBackup(backupText);
  if (reading.status === 'refused') return { status: 'refused', message: reading.message };
  if (reading.problems.length > 0) {
    return {
      status: 'refused',
      message: `This backup has ${reading.problems.length} problems, so it can’t be restored.`,
    };
  }
  if (!(await saveWhatCanBeRead(name, desktop, info, day))) return { status: 'cancelled' };
  await deleteDatabase(name);
  const opened = await openJournal(name, (n) => new JournalDatabase(n));
  if (opened.status !== 'ready') throw new Error('A fresh journal could not be opened');
  try {
    await applyImport(opened.db, reading.tables, 'replace');
  } finally {
    opened.db.close();
  }
  return { status: 'done' };
}

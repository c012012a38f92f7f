/**
 * Getting out of a journal that cannot be opened. Nothing here runs on its own: the person chooses it on
 * the recovery screen, and the journal is only replaced after what could be read has been saved.
 */
import { finishPendingSwap, markSwapPending, stageBackup } from './journalSwap';
import { readBackup, type BackupInfo } from '@shared/backup';
import type { DesktopApi } from '@shared/api';
import { rawJournalToBackup, readRawJournal } from '../db/rawJournal';

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

/**
 * Replaces an unopenable journal with a backup: first saves what can be read (stopping if that is
 * cancelled), then swaps the backup in so the old journal stays until the backup is stored (see
 * journalSwap.ts). While another window holds the journal open, onBlocked is called and the swap waits.
 */
export async function replaceWithBackup(
  name: string,
  backupText: string,
  desktop: Pick<DesktopApi, 'saveFile'>,
  info: BackupInfo,
  day: string,
  onBlocked?: () => void,
): Promise<{ status: 'done' } | { status: 'cancelled' } | { status: 'refused'; message: string }> {
  const reading = readBackup(backupText);
  if (reading.status === 'refused') return { status: 'refused', message: reading.message };
  if (reading.problems.length > 0) {
    return {
      status: 'refused',
      message: `This backup has ${
        reading.problems.length === 1 ? 'a problem' : `${reading.problems.length} problems`
      }, so it can’t be restored.`,
    };
  }
  if (!(await saveWhatCanBeRead(name, desktop, info, day))) return { status: 'cancelled' };
  await stageBackup(name, reading.tables);
  await markSwapPending(name, new Date(info.exportedAt));
  await finishPendingSwap(name, onBlocked);
  return { status: 'done' };
}

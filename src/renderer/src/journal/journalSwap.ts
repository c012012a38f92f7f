/**
 * Replacing a journal that cannot be opened with a backup, so that the old data stays until the new data
 * is safely stored. IndexedDB cannot replace a database in one step, and a journal that cannot be opened
 * cannot be emptied in a transaction either, so the swap goes in steps, each safe to be cut short:
 *
 * 1. the backup is written whole into a staging database (one transaction);
 * 2. a marker notes that a swap is under way (only after 1 has committed);
 * 3. the old journal is deleted (this waits while another window holds it open);
 * 4. a fresh journal is filled from the staging database (one transaction);
 * 5. the marker and the staging database are removed.
 *
 * Stopped before 2, nothing has changed. Stopped after 2, the next start (or the same page, once another
 * window lets go) finishes from step 3: the staging database is still whole. Step 3 alone can never
 * leave an empty journal behind, because the backup is already stored elsewhere and the marker says so.
 */
import type { BackupTables } from '@shared/backup';
import { JournalDatabase } from '../db/database';
import { applyImport, readAllTables } from './backup';
import {
  deleteDatabase,
  forgetSwap,
  isSwapPending,
  markSwapPending,
  stagingName,
  withDatabase,
} from './swapMarker';

export { deleteDatabase, isSwapPending, markSwapPending, stagingName };

/** Step 1: the backup, whole, in the staging database. */
export async function stageBackup(journal: string, tables: BackupTables): Promise<void> {
  // Anything left by an earlier attempt that stopped before step 2 is not wanted.
  await deleteDatabase(stagingName(journal));
  await withDatabase(new JournalDatabase(stagingName(journal)), (staging) =>
    applyImport(staging, tables, 'replace'),
  );
}

/** Step 4: a fresh journal holding exactly what was staged. */
export async function fillFromStaging(journal: string): Promise<void> {
  const tables = await withDatabase(new JournalDatabase(stagingName(journal)), readAllTables);
  await withDatabase(new JournalDatabase(journal), (db) => applyImport(db, tables, 'replace'));
}

/**
 * Steps 3 to 5, when a swap is under way: at start-up before the journal is opened, and straight after
 * steps 1 and 2 on the recovery screen. Resolves false when there was none.
 */
export async function finishPendingSwap(journal: string, onBlocked?: () => void): Promise<boolean> {
  if (!(await isSwapPending(journal))) return false;
  await deleteDatabase(journal, onBlocked);
  await fillFromStaging(journal);
  await forgetSwap(journal);
  return true;
}

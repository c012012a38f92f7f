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
import Dexie, { type Table } from 'dexie';
import type { BackupTables } from '@shared/backup';
import { JournalDatabase } from '../db/database';
import { applyImport, readAllTables } from './backup';

interface SwapMarker {
  id: 'pending';
  startedAt: string;
}

class SwapDatabase extends Dexie {
  declare swaps: Table<SwapMarker, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ swaps: 'id' });
  }
}

export function stagingName(journal: string): string {
  return `${journal}-incoming`;
}

function markerName(journal: string): string {
  return `${journal}-swap`;
}

/** Deletes a database, waiting while another connection holds it; onBlocked says so meanwhile. */
export function deleteDatabase(name: string, onBlocked?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`${name} could not be removed`));
    // A delete request cannot be withdrawn: it goes ahead once the other window lets go. So say so
    // rather than fail, and let it finish.
    request.onblocked = () => onBlocked?.();
  });
}

async function withDatabase<D extends Dexie, T>(db: D, job: (db: D) => Promise<T>): Promise<T> {
  try {
    await db.open();
    return await job(db);
  } finally {
    db.close();
  }
}

/** Step 1: the backup, whole, in the staging database. */
export async function stageBackup(journal: string, tables: BackupTables): Promise<void> {
  // Anything left by an earlier attempt that stopped before step 2 is not wanted.
  await deleteDatabase(stagingName(journal));
  await withDatabase(new JournalDatabase(stagingName(journal)), (staging) =>
    applyImport(staging, tables, 'replace'),
  );
}

/** Step 2. */
export async function markSwapPending(journal: string, now: Date): Promise<void> {
  await withDatabase(new SwapDatabase(markerName(journal)), (db) =>
    db.swaps.put({ id: 'pending', startedAt: now.toISOString() }),
  );
}

export async function isSwapPending(journal: string): Promise<boolean> {
  const names = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : null;
  // Opening the marker database would create it; look first where the browser can say.
  if (names && !names.some((info) => info.name === markerName(journal))) return false;
  return withDatabase(new SwapDatabase(markerName(journal)), async (db) => {
    return (await db.swaps.get('pending')) !== undefined;
  });
}

/** Step 4: a fresh journal holding exactly what was staged. */
export async function fillFromStaging(journal: string): Promise<void> {
  const tables = await withDatabase(new JournalDatabase(stagingName(journal)), readAllTables);
  await withDatabase(new JournalDatabase(journal), (db) => applyImport(db, tables, 'replace'));
}

/** Step 5. */
async function forgetSwap(journal: string): Promise<void> {
  await deleteDatabase(markerName(journal));
  await deleteDatabase(stagingName(journal));
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

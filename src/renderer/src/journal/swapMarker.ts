/**
 * The part of a journal swap (journalSwap.ts) that every start needs: whether one is under way. Kept apart
 * so that start-up reads this small marker and loads the rest of the swap (and the backup code it
 * writes with) only when a restore was cut short.
 */
import Dexie, { type Table } from 'dexie';

interface SwapMarker {
  id: 'pending';
  startedAt: string;
}

export class SwapDatabase extends Dexie {
  declare swaps: Table<SwapMarker, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ swaps: 'id' });
  }
}

export function stagingName(journal: string): string {
  return `${journal}-incoming`;
}

export function markerName(journal: string): string {
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

export async function withDatabase<D extends Dexie, T>(db: D, job: (db: D) => Promise<T>): Promise<T> {
  try {
    await db.open();
    return await job(db);
  } finally {
    db.close();
  }
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

/** Step 5. */
export async function forgetSwap(journal: string): Promise<void> {
  await deleteDatabase(markerName(journal));
  await deleteDatabase(stagingName(journal));
}

/**
 * finishPendingSwap (journalSwap.ts) when a swap is under way, loading it only then. Resolves false
 * when there was none.
 */
export async function finishPendingSwapIfAny(journal: string, onBlocked?: () => void): Promise<boolean> {
  if (!(await isSwapPending(journal))) return false;
  const { finishPendingSwap } = await import('./journalSwap');
  return finishPendingSwap(journal, onBlocked);
}

import { JournalDatabase } from './database';

export type JournalOpening =
  | { status: 'opening' }
  | { status: 'ready'; db: JournalDatabase }
  | { status: 'failed'; reason: string };

/**
 * Opens the journal. When it cannot be opened (a failed upgrade, a newer version's data, corruption) the
 * error is returned for the recovery screen; the database is left exactly as it was, never deleted.
 */
export async function openJournal(name?: string): Promise<JournalOpening> {
  const db = new JournalDatabase(name);
  try {
    await db.open();
    return { status: 'ready', db };
  } catch (error) {
    db.close();
    return { status: 'failed', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Asks the browser not to clear the journal under storage pressure. Electron and installed apps usually
 * grant it; a plain browser may say no, which we show but never treat as an error.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

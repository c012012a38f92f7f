import { JOURNAL_DB_NAME, JOURNAL_SCHEMA_VERSION, JournalDatabase } from './database';

export type JournalOpening =
  | { status: 'opening' }
  /** Another window holds the journal open at an older version, so this one waits for it to close. */
  | { status: 'blocked' }
  | { status: 'ready'; db: JournalDatabase }
  | { status: 'failed'; reason: string };

/** Why an open journal was closed under the app: another window upgraded it, or is replacing it. */
export type JournalLoss = { kind: 'newer'; reason: string } | { kind: 'replaced' };

export interface OpeningEvents {
  /** The open waits for another window to close the journal; it goes on by itself once it does. */
  onBlocked?: () => void;
  /**
   * The journal was closed because another window upgraded or is deleting it. The connection is closed
   * for good: this window must not write into a journal a newer version made.
   */
  onLost?: (loss: JournalLoss) => void;
}

/**
 * Opens the journal. When it cannot be opened (a failed upgrade, a newer version's data, corruption) the
 * error is returned for the recovery screen; the database is left exactly as it was, never deleted.
 */
export async function openJournal(
  name: string = JOURNAL_DB_NAME,
  create: (name: string) => JournalDatabase = (n) => new JournalDatabase(n),
  events: OpeningEvents = {},
): Promise<JournalOpening> {
  const newer = await findNewerJournal(name);
  if (newer) return { status: 'failed', reason: newer };
  const db = create(name);
  db.on('blocked', () => events.onBlocked?.());
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Dexie's own answer closes and later reopens at whatever version is there, so an older window
    // would write into a journal a newer version upgraded. Close for good instead, and say why.
    db.close();
    events.onLost?.(lossOf(event, name));
    return false;
  });
  try {
    await db.open();
    const missing = findMissingTables(db);
    if (missing) {
      db.close();
      return { status: 'failed', reason: missing };
    }
    return { status: 'ready', db };
  } catch (error) {
    db.close();
    return {
      status: 'failed',
      reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

function lossOf(event: IDBVersionChangeEvent, name: string): JournalLoss {
  if (event.newVersion === null || event.newVersion === 0) return { kind: 'replaced' };
  const schemaVersion = Math.floor(event.newVersion / DEXIE_VERSION_FACTOR);
  return {
    kind: 'newer',
    reason:
      schemaVersion > JOURNAL_SCHEMA_VERSION
        ? `NewerJournalError: another window is updating ${name} to schema version ${schemaVersion}; this app knows up to ${JOURNAL_SCHEMA_VERSION}.`
        : `VersionChangeError: another window is changing how ${name} is stored (version ${event.newVersion}).`,
  };
}

/** Dexie stores schema version n as IndexedDB version 10n (plus small bumps of its own). */
const DEXIE_VERSION_FACTOR = 10;

/**
 * Dexie 4 opens, and even adds tables to, a journal that a newer version of the app has upgraded.
 * Older code writing there could damage what the newer version made, so such a journal is left
 * alone. indexedDB.databases() reads the version without opening or changing anything.
 */
async function findNewerJournal(name: string): Promise<string | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const installed = (await indexedDB.databases()).find((info) => info.name === name);
  const schemaVersion = Math.floor((installed?.version ?? 0) / DEXIE_VERSION_FACTOR);
  if (schemaVersion <= JOURNAL_SCHEMA_VERSION) return null;
  return `NewerJournalError: the journal is at schema version ${schemaVersion}; this app knows up to ${JOURNAL_SCHEMA_VERSION}.`;
}

function findMissingTables(db: JournalDatabase): string | null {
  const stores = db.backendDB().objectStoreNames;
  const missing = db.tables.map((table) => table.name).filter((name) => !stores.contains(name));
  return missing.length > 0 ? `MissingTablesError: the journal has no ${missing.join(', ')}.` : null;
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

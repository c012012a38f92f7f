/**
 * Reading a journal the app cannot open (a failed upgrade, a newer version's data, damage): straight from
 * IndexedDB, without Dexie and without changing anything, so whatever can be read can be saved as a file.
 */
import { anyBackupChunks, type BackupInfo } from '@shared/backup';
import { isRecord } from '@shared/isRecord';

export interface RawJournal {
  version: number;
  stores: Record<string, unknown[]>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens without a version (so no upgrade runs) and reads every store; stores that fail are skipped. */
export async function readRawJournal(name: string, factory: IDBFactory = indexedDB): Promise<RawJournal> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('The journal could not be opened'));
    // Opening without a version never upgrades an existing database; a missing one is created empty.
    open.onupgradeneeded = () => undefined;
  });
  try {
    const stores: Record<string, unknown[]> = {};
    for (const storeName of Array.from(db.objectStoreNames)) {
      try {
        stores[storeName] = await request(
          db.transaction(storeName, 'readonly').objectStore(storeName).getAll(),
        );
      } catch {
        // Keep going: one unreadable table must not cost the others.
      }
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

/**
 * The raw stores shaped as backup tables: episodes get their triggers and remedies back, the settings row
 * loses its key. Stores the app doesn't know are kept under their own names for a newer version.
 */
export function rawToTables(raw: RawJournal): Record<string, unknown[]> {
  const { episodes = [], episodeTriggers = [], remediesTried = [], settings = [], ...rest } = raw.stores;
  const childrenOf = (rows: unknown[], episodeId: unknown) =>
    rows
      .filter((row) => isRecord(row) && row.episodeId === episodeId)
      .map((row) => {
        const { episodeId: _e, ...child } = isRecord(row) ? row : {};
        return child;
      });
  return {
    episodes: episodes.map((row) =>
      isRecord(row)
        ? {
            ...row,
            triggers: childrenOf(episodeTriggers, row.id),
            remedies: childrenOf(remediesTried, row.id),
          }
        : row,
    ),
    ...rest,
    settings: settings.map((row) => {
      const { id: _id, ...values } = isRecord(row) ? row : {};
      return values;
    }),
  };
}

/** Dexie keeps schema version n as IndexedDB version 10n. */
export function schemaVersionOf(raw: RawJournal): number {
  return Math.max(1, Math.floor(raw.version / 10));
}

/** Whatever can be read, as a backup file's text (checked and migrated when it is imported). */
export function rawJournalToBackup(raw: RawJournal, info: BackupInfo): string {
  const tables = rawToTables(raw);
  return [...anyBackupChunks(tables, Object.keys(tables), schemaVersionOf(raw), info)].join('');
}

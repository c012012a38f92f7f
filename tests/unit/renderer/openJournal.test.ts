import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openJournal, requestPersistentStorage } from '../../../src/renderer/src/db/openJournal';
import { JOURNAL_SCHEMA_VERSION } from '../../../src/renderer/src/db/database';

describe('openJournal', () => {
  it('opens a new journal', async () => {
    const result = await openJournal(`open-${Math.random()}`);
    expect(result.status).toBe('ready');
    if (result.status === 'ready') result.db.close();
  });

  it('reports a journal it cannot read and leaves its data in place', async () => {
    const name = `newer-${Math.random()}`;
    // A journal written by a future version of the app, with a schema this version does not know.
    const future = new Dexie(name);
    future.version(99).stores({ episodes: 'id', somethingNew: 'id' });
    await future.table('episodes').add({ id: 'kept' });
    future.close();

    const result = await openJournal(name);
    expect(result.status).toBe('failed');
    if (result.status === 'failed')
      expect(result.reason).toMatch(/NewerJournalError: the journal is at schema version 99/);

    const reopened = new Dexie(name);
    reopened.version(99).stores({ episodes: 'id', somethingNew: 'id' });
    expect(await reopened.table('episodes').get('kept')).toEqual({ id: 'kept' });
    // Untouched: no tables of this version were added to the newer journal.
    expect([...reopened.backendDB().objectStoreNames].sort()).toEqual(['episodes', 'somethingNew']);
    reopened.close();
  });
});

/** A raw connection at the given IndexedDB version that, like an older build, ignores requests to close. */
function holdAtVersion(name: string, version: number, stores: string[] = []): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      for (const store of stores) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('another window holding or changing the journal', () => {
  it('a blocked open says so and goes on by itself once the other window closes', async () => {
    const name = `blocked-${Math.random()}`;
    // Schema version 1 (IndexedDB version 10), held by a window of a version that predates schema 2.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      episodes: 'id, startedAt, updatedAt',
      episodeTriggers: 'id, episodeId, kind',
      remediesTried: 'id, episodeId, kind',
    });
    await v1.open();
    v1.on('versionchange', () => false); // like an older build that never lets go
    let blocked = 0;
    let status = 'waiting';
    const opening = openJournal(name, undefined, { onBlocked: () => (blocked += 1) });
    void opening.then((result) => (status = result.status));
    await expect.poll(() => blocked).toBeGreaterThan(0);
    expect(status).toBe('waiting');
    v1.close();
    const result = await opening;
    expect(result.status).toBe('ready');
    if (result.status === 'ready') result.db.close();
  });

  it('closes for good when a newer version upgrades the journal in another window, and writes nothing there', async () => {
    const name = `upgraded-${Math.random()}`;
    const lost: unknown[] = [];
    const opened = await openJournal(name, undefined, { onLost: (loss) => lost.push(loss) });
    if (opened.status !== 'ready') throw new Error('expected the journal to open');
    const newerVersion = JOURNAL_SCHEMA_VERSION + 1;
    const newer = await holdAtVersion(name, newerVersion * 10, ['somethingNew']);
    expect(lost).toEqual([
      { kind: 'newer', reason: expect.stringMatching(new RegExp(`schema version ${newerVersion}\\b`)) },
    ]);
    expect(opened.db.isOpen()).toBe(false);
    // Dexie would otherwise reopen at the newer version on the next write; here it refuses.
    await expect(opened.db.checkIns.put({ day: '2026-11-21' } as never)).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    const count = await new Promise<number>((resolve) => {
      const request = newer.transaction('checkIns').objectStore('checkIns').count();
      request.onsuccess = () => resolve(request.result);
    });
    expect(count).toBe(0);
    expect(newer.version).toBe(newerVersion * 10);
    newer.close();
  });

  it('says the journal is being replaced when another window deletes it', async () => {
    const name = `deleted-${Math.random()}`;
    const lost: unknown[] = [];
    const opened = await openJournal(name, undefined, { onLost: (loss) => lost.push(loss) });
    if (opened.status !== 'ready') throw new Error('expected the journal to open');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(lost).toEqual([{ kind: 'replaced' }]);
  });
});

describe('requestPersistentStorage', () => {
  it('reports what the browser granted, and false when it cannot ask', async () => {
    const granted = { persisted: async () => false, persist: async () => true } as unknown as StorageManager;
    const refused = { persisted: async () => false, persist: async () => false } as unknown as StorageManager;
    const broken = {
      persisted: async () => Promise.reject(new Error('no')),
      persist: async () => true,
    } as unknown as StorageManager;
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(await requestPersistentStorage(broken)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});

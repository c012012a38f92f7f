import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openJournal, requestPersistentStorage } from '../../../src/renderer/src/db/openJournal';

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

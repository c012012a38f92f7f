/**
 * A journal written by the previous schema (version 4) opens with today's code in Chromium's own
 * IndexedDB: the upgrade to version 5 builds the deletedAt index over the rows already there, so the
 * journal's count (read from that index) leaves out the deleted episodes from the first start.
 */
import { expect, test } from './fixtures';
import { version4 } from '../fixtures/databases/v4';
import { JOURNAL_DB_NAME } from '../../src/renderer/src/db/database';

test('a version 4 journal opens, upgraded, and counts only the episodes not deleted', async ({ page }) => {
  const [first] = version4.rows.episodes ?? [];
  if (!first) throw new Error('no fixture episode');
  const deleted = {
    ...first,
    id: '0f0f0f0f-0000-4000-8000-0000000000d1',
    deletedAt: '2026-11-28T10:00:00.000Z',
  };
  const rows = { ...version4.rows, episodes: [...(version4.rows.episodes ?? []), deleted] };
  const live = rows.episodes.filter((e) => e.deletedAt === null).length;

  // A file of the same origin that runs no script, so the app cannot open (and upgrade) the journal
  // before version 4's database is written as version 4 wrote it (Dexie keeps version n as 10n).
  await page.goto('/favicon.svg');
  await page.evaluate(
    async ({ name, stores, rows: tables }) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 40);
        open.onupgradeneeded = () => {
          for (const [store, spec] of Object.entries(stores)) {
            const [key = 'id', ...indexes] = spec.split(',').map((part) => part.trim());
            const created = open.result.createObjectStore(store, { keyPath: key });
            for (const index of indexes) created.createIndex(index, index);
          }
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, list] of Object.entries(tables))
            for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    },
    { name: JOURNAL_DB_NAME, stores: version4.stores, rows },
  );

  await page.goto('/');
  await expect(page.getByTestId('match-count')).toHaveText(`${live} episodes.`);
  await expect(page.getByTestId('episode')).toHaveCount(live);
  const indexes = await page.evaluate(
    (name) =>
      new Promise<{ version: number; indexes: string[] }>((resolve) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('episodes', 'readonly').objectStore('episodes');
          resolve({ version: db.version, indexes: [...store.indexNames] });
          db.close();
        };
      }),
    JOURNAL_DB_NAME,
  );
  expect(indexes).toEqual({ version: 50, indexes: ['deletedAt', 'startedAt', 'updatedAt'] });
});

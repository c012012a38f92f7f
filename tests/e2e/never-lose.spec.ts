/**
 * Issue 20 in Chromium: a second page of the same browser context is the app's other window (or an older
 * or newer version's window holding the journal open); closing a page at a chosen moment is the app being
 * killed. Every test ends by checking what is stored, not only what is shown.
 */
import { readFile } from 'node:fs/promises';
import { JOURNAL_SCHEMA_VERSION } from '../../src/renderer/src/db/database';
import { emptyTables, serializeBackup } from '../../src/shared/backup';
import { syntheticEpisodes } from '../fixtures/syntheticJournal';
import { expect, test, type Page } from './fixtures';

/** A schema version from a newer build than this one (Dexie keeps version n as IndexedDB version 10n). */
const NEWER_VERSION = JOURNAL_SCHEMA_VERSION + 1;
import { JournalPage } from './journalPage';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };
const fixture = syntheticEpisodes({
  seed: 20,
  episodes: 42,
  until: new Date('2026-11-20T20:00:00Z'),
  days: 60,
});

function backupOf(count: number, seed = 7): string {
  const episodes = syntheticEpisodes({
    seed,
    episodes: count,
    until: new Date('2026-11-20T20:00:00Z'),
    days: 400,
  });
  return serializeBackup({ ...emptyTables(), episodes }, info);
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();
}

async function chooseBackup(page: Page, name: string, text: string) {
  await page.getByLabel('Restore from a backup file…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function saveBackup(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save backup' }).click();
  return readFile(await (await downloading).path(), 'utf8');
}

/** Episodes stored in the journal, read straight from IndexedDB (null when there is no journal). */
function storedEpisodes(page: Page): Promise<{ version: number; count: number } | null> {
  return page.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((db) => db.name === 'upper-back-journal')) return null;
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('upper-back-journal');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('episodes')) {
          db.close();
          resolve({ version: db.version, count: 0 });
          return;
        }
        const count = db.transaction('episodes').objectStore('episodes').count();
        count.onsuccess = () => {
          resolve({ version: db.version, count: count.result });
          db.close();
        };
      };
    });
  });
}

/** A journal left by a newer version of the app (schema version 99), which this version won't open. */
async function makeNewerJournal(page: Page): Promise<void> {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal', 990);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('episodes', { keyPath: 'id' }).put({ id: 'from-the-future' });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

/**
 * Another window holds the journal open and, like an older build or another program, does not let go
 * when asked. It keeps the connection on window.held; `version` opens at that IndexedDB version, creating
 * schema 1's stores when the journal is new.
 */
async function holdJournalOpen(page: Page, version?: number): Promise<void> {
  await page.goto('/favicon.svg');
  await page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const request =
          version === undefined
            ? indexedDB.open('upper-back-journal')
            : indexedDB.open('upper-back-journal', version);
        request.onupgradeneeded = () => {
          // Schema 1's stores and indexes, as the first build made them.
          const db = request.result;
          const episodes = db.createObjectStore('episodes', { keyPath: 'id' });
          episodes.createIndex('startedAt', 'startedAt');
          episodes.createIndex('updatedAt', 'updatedAt');
          for (const name of ['episodeTriggers', 'remediesTried']) {
            const store = db.createObjectStore(name, { keyPath: 'id' });
            store.createIndex('episodeId', 'episodeId');
            store.createIndex('kind', 'kind');
          }
        };
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    version,
  );
}

async function letGo(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
}

test('a recovery restore held up by another window waits, keeps the old journal, and finishes after a kill', async ({
  page,
}) => {
  await makeNewerJournal(page);
  const other = await page.context().newPage();
  await holdJournalOpen(other);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your journal couldn’t be opened' })).toBeVisible();
  const savingWhatCanBeRead = page.waitForEvent('download');
  await chooseBackup(page, 'backup.json', backupOf(6));
  await savingWhatCanBeRead;
  const message = page.getByTestId('recovery-message');
  await expect(message).toContainText('open in another window');
  await expect(message).toContainText('your backup is stored safely');
  await expect(message).not.toContainText('Nothing was');
  // The old journal is all there meanwhile (read through the other window's own connection).
  const old = await other.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const { held } = window as unknown as { held: IDBDatabase };
        const get = held.transaction('episodes').objectStore('episodes').get('from-the-future');
        get.onsuccess = () => resolve(get.result);
      }),
  );
  expect(old).toEqual({ id: 'from-the-future' });

  // The app is closed while it waits; then the other window lets go.
  await page.close();
  await letGo(other);

  const next = await other.context().newPage();
  const journal = new JournalPage(next);
  await journal.open();
  await expect(next.getByTestId('match-count')).toHaveText('6 episodes.');
  expect(await storedEpisodes(next)).toEqual({ version: JOURNAL_SCHEMA_VERSION * 10, count: 6 });
});

test('a recovery restore with no other window replaces the journal and opens it', async ({ page }) => {
  await makeNewerJournal(page);
  await page.goto('/');
  const savingWhatCanBeRead = page.waitForEvent('download');
  await chooseBackup(page, 'backup.json', backupOf(4));
  await savingWhatCanBeRead;
  await expect(page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toBeVisible();
  await expect(page.getByTestId('match-count')).toHaveText('4 episodes.');
  expect(await storedEpisodes(page)).toEqual({ version: JOURNAL_SCHEMA_VERSION * 10, count: 4 });
});

test('a window whose journal a newer version upgrades stops and explains, writing nothing more', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture.slice(0, 5));
  await expect(page.getByTestId('match-count')).toHaveText('5 episodes.');

  const newer = await page.context().newPage();
  await newer.goto('/favicon.svg');
  await newer.evaluate(
    (newerVersion) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal', newerVersion * 10);
        request.onupgradeneeded = () => request.result.createObjectStore('somethingNew', { keyPath: 'id' });
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    NEWER_VERSION,
  );
  await expect(page.getByRole('heading', { name: 'Your journal couldn’t be opened' })).toBeVisible();
  await expect(page.getByTestId('recovery-reason')).toContainText(`schema version ${NEWER_VERSION}`);
  // The old window is not quietly writing on: the quick log shortcut does nothing here.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await storedEpisodes(newer)).toEqual({ version: NEWER_VERSION * 10, count: 5 });
});

test('an open held up by an older window says so, and opens by itself once that window closes', async ({
  page,
}) => {
  const older = await page.context().newPage();
  await holdJournalOpen(older, 10); // schema version 1, as the first build stored it
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your journal is open in another window' })).toBeVisible();
  await expect(page.getByText(/Close the journal’s other windows/)).toBeVisible();
  await letGo(older);
  await expect(page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
});

test('undoing a restore keeps the episode logged after it, and says so before and after', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture.slice(0, 12));
  await openSettings(page);
  const twelve = await saveBackup(page);
  await journal.seed(fixture.slice(12, 42));
  await openSettings(page);
  await chooseBackup(page, 'twelve.json', twelve);
  await page.getByLabel(/^Replace/).check();
  await page.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(page.getByTestId('restore-point')).toBeVisible();

  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await journal.logPain('7');
  await expect(page.getByTestId('match-count')).toHaveText('13 episodes.');

  await openSettings(page);
  await page.getByRole('button', { name: 'Undo the last restore…' }).click();
  const confirmation = page.getByTestId('undo-confirmation');
  await expect(confirmation).toContainText('Going back to how they were before it: 30 episodes.');
  await expect(confirmation).toContainText(
    'What you added or changed since the restore stays as it is: 1 episode.',
  );
  await confirmation.getByRole('button', { name: 'Undo the restore' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'What you added or changed since it was kept: 1 episode',
  );
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByTestId('match-count')).toHaveText('43 episodes.');
});

// The app closed at each step of a large restore: the next start has the old or the new journal, and the
// "Replaced with …" notice only when the new one is there.
for (const moment of ['Keeping a copy', 'Writing the backup'] as const) {
  test(`a restore killed at “${moment}” leaves the old or the new journal, and a notice only for the new`, async ({
    page,
  }) => {
    test.slow();
    const journal = new JournalPage(page);
    await journal.open();
    await journal.seed(fixture);
    await openSettings(page);
    await chooseBackup(page, 'big.json', backupOf(3000, 8));
    await page.getByLabel(/^Replace/).check();
    // A mutation observer notes the moment the step is shown, however briefly.
    await page.evaluate((moment) => {
      const seen = window as unknown as { momentSeen?: boolean };
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="restore-progress"]')?.textContent ?? '';
        if (text.includes(moment)) seen.momentSeen = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, moment);
    await page.getByRole('button', { name: 'Replace my journal' }).click();
    await page.waitForFunction(() => (window as unknown as { momentSeen?: boolean }).momentSeen === true);
    await page.close();

    const next = await page.context().newPage();
    const again = new JournalPage(next);
    await again.open();
    const stored = await storedEpisodes(next);
    await openSettings(next);
    const notice = next.getByTestId('restore-point');
    test.info().annotations.push({ type: 'after the kill', description: `${stored?.count} episodes` });
    if (stored?.count === 3000) {
      await expect(notice).toContainText('Replaced with the backup file “big.json”');
    } else {
      expect(stored?.count).toBe(42);
      await expect(notice).toHaveCount(0);
    }
  });
}

import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { JournalPage } from './journalPage';

test('a first-time user is told what to do', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await expect(page.getByText(/press Ctrl\+Shift\+L .* type how much it hurts from 0 to 10/)).toBeVisible();
  await page.getByRole('button', { name: 'Log your first episode' }).click();
  await expect(journal.dialog.getByRole('heading', { name: 'Log pain' })).toBeVisible();
});

test('the about page gives the version, where the data lives and the privacy promise', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'About & privacy' }).click();
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('data-location')).toHaveText(
    /This browser's storage for http:\/\/127\.0\.0\.1:\d+ \(IndexedDB\)/,
  );
  await expect(page.getByText('Nothing is sent anywhere')).toBeVisible();
});

test('the Content-Security-Policy blocks an injected inline script', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  const result = await page.evaluate(
    () =>
      new Promise<{ violated: string; ran: boolean }>((resolve) => {
        const w = window as unknown as { injectedRan?: boolean };
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ violated: event.violatedDirective, ran: w.injectedRan === true }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true';
        document.body.append(script);
      }),
  );
  expect(result).toEqual({ violated: 'script-src-elem', ran: false });
});

test('a journal made by a newer version shows the recovery screen and is left untouched', async ({
  page,
}) => {
  // Open the origin without the app, then create a journal at a schema version from the future.
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
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your journal couldn’t be opened' })).toBeVisible();
  await expect(page.getByText(/have not been deleted/)).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; row: unknown }>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('episodes').objectStore('episodes').get('from-the-future');
          get.onsuccess = () => {
            resolve({ version: db.version, row: get.result });
            db.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(stored).toEqual({ version: 990, row: { id: 'from-the-future' } });
});

test('from the recovery screen, what can be read is saved as a backup file', async ({ page }) => {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal', 990);
        request.onupgradeneeded = () => {
          request.result
            .createObjectStore('episodes', { keyPath: 'id' })
            .put({ id: 'from-the-future', intensity: 4 });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save what can be read' }).click();
  const download = await downloading;
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    schemaVersion: number;
    tables: { episodes: unknown[] };
  };
  expect(saved.schemaVersion).toBe(99);
  expect(saved.tables.episodes).toEqual([
    { id: 'from-the-future', intensity: 4, triggers: [], remedies: [] },
  ]);
  await expect(page.getByTestId('recovery-message')).toContainText('Saved');
});

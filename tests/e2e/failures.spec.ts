import { expect, test } from './fixtures';
import { JournalPage } from './journalPage';

test('a full disk keeps the entry on screen, says what happened, and saves once there is room', async ({
  page,
}) => {
  // Test-only: make IndexedDB writes fail the way Chromium does when the disk is full.
  await page.addInitScript(() => {
    const flags = window as unknown as { diskIsFull?: boolean };
    const originalPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (flags.diskIsFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalPut.apply(this, args);
    };
  });
  const journal = new JournalPage(page);
  await journal.open();
  await page.evaluate(() => ((window as unknown as { diskIsFull: boolean }).diskIsFull = true));

  await journal.openQuickLog();
  await page.keyboard.press('7');
  await journal.dialog.getByText('Where, what kind').click();
  await journal.toggleRegion('Neck');
  await journal.save();
  await expect(journal.dialog.getByRole('alert')).toContainText('run out of space');
  await expect(journal.dialog.getByText('Chosen: 7 (severe).')).toBeVisible();
  await expect(journal.region('Neck')).toBeChecked();

  await page.evaluate(() => ((window as unknown as { diskIsFull: boolean }).diskIsFull = false));
  await journal.save();
  await expect(journal.dialog).toHaveCount(0);
  await expect(journal.episode('pain 7 of 10')).toContainText('Neck');
});

test('a screen whose file fails to load says so in its place, and the rest of the journal keeps working', async ({
  page,
}) => {
  // As when an update replaces the app's files under a running window: the Help screen's file is gone.
  await page.route(/\/assets\/HelpScreen-[^/]+\.js$/, (route) => route.abort());
  const journal = new JournalPage(page);
  await journal.open();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Help', exact: true }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'This screen couldn’t be opened' });
  await expect(failed).toContainText('Your journal is safe: nothing was changed.');
  await expect(failed.getByRole('button', { name: 'Reload the window' })).toBeVisible();
  await nav.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await nav.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
});

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

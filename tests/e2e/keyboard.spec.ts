import { expect, test } from './fixtures';
import { JournalPage } from './journalPage';

test('More details… puts focus on the chosen pain, not on 0 where an arrow key would change it', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('7');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await expect(journal.dialog.getByRole('radio', { name: '7' })).toBeFocused();
  await expect(journal.dialog.getByText('Chosen: 7 (severe).')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(journal.dialog.getByText('Chosen: 7 (severe).')).toBeVisible();
});

test('arrow keys in “Add something you tried” add nothing; Enter or Add adds one', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('5');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  const picker = journal.dialog.getByLabel('Add something you tried');
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(journal.dialog.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(journal.dialog.getByRole('button', { name: /^Remove / })).toHaveCount(1);
  await picker.selectOption({ label: 'Water' });
  await journal.dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(journal.dialog.getByRole('button', { name: 'Remove Water' })).toHaveCount(1);
  await expect(journal.dialog.getByRole('button', { name: /^Remove / })).toHaveCount(2);
});

test('no field reached with Tab is hidden behind the Save bar in a small window', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('4');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  const bar = journal.dialog.locator('.dialog-actions');
  const hidden: string[] = [];
  // Tab forward from the pain scale to Notes, the last field above the bar, checking each stop.
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await bar.evaluate((el) => el.contains(document.activeElement))) break;
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.tagName;
      return { name: label.trim(), bottom: box.bottom };
    });
    const barTop = (await bar.boundingBox())?.y ?? 0;
    if (stop.bottom > barTop + 1) hidden.push(stop.name);
  }
  await expect(journal.field('Notes')).not.toBeFocused();
  expect(hidden).toEqual([]);
});

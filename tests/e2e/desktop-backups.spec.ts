import { expect, test } from './fixtures';
import { syntheticEpisodes } from '../fixtures/syntheticJournal';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';

/**
 * The renderer's desktop path, driven in Chromium: an in-memory stand-in for the preload's
 * window.desktop (the real one needs the Electron binary, which cannot run here). The main-process side
 * of these functions is unit-tested in tests/unit/main.
 */
test.beforeEach(async ({ page }) => {
  await installFakeDesktop(page);
});

test('the desktop app backs up at start and after the first entry of the day, and restores from one', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'About & privacy' }).click();
  await expect(page.getByTestId('data-location')).toHaveText('/home/test/.config/Upper Back Journal');

  await journal.seed(
    syntheticEpisodes({ seed: 8, episodes: 5, until: new Date('2026-11-20T12:00:00Z'), days: 5 }),
  );
  await journal.logPain('4');
  await expect(journal.episodes).toHaveCount(6);

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText('/home/test/.config/Upper Back Journal/backups')).toBeVisible();
  const list = page.locator('.period-list').last();
  await expect(
    list.getByRole('listitem').filter({ hasText: 'after the first entry of the day' }),
  ).toHaveCount(1);
  await expect(list.getByRole('listitem').filter({ hasText: 'when the app started' }).first()).toBeVisible();

  // Restore the backup written after the sixth episode, into a journal that has since lost one.
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await journal.episodes
    .first()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(journal.episodes).toHaveCount(5);
  await page.getByRole('button', { name: 'Settings' }).click();
  await list
    .getByRole('listitem')
    .filter({ hasText: 'after the first entry of the day' })
    .getByRole('button', { name: 'Restore…' })
    .click();
  await page.getByLabel(/^Replace/).check();
  await page.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(page.getByRole('status')).toContainText('Restored: 6 episodes');
  // A backup of the journal as it was is written before the restore.
  await expect(list.getByRole('listitem').filter({ hasText: 'before a restore' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(journal.episodes).toHaveCount(6);
});

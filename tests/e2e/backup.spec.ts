import { readFile } from 'node:fs/promises';
import { expect, newPinnedContext, test, type Page } from './fixtures';
import { syntheticEpisodes } from '../fixtures/syntheticJournal';
import { BACKUP_SCHEMA_VERSION } from '../../src/shared/backup/format';
import { JournalPage } from './journalPage';

const fixture = syntheticEpisodes({
  seed: 21,
  episodes: 60,
  until: new Date('2026-11-20T20:00:00Z'),
  days: 60,
});

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();
}

async function saveBackup(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^upper-back-journal-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFile(await download.path(), 'utf8');
}

async function chooseBackup(page: Page, name: string, text: string) {
  await page.getByLabel('Restore from a backup file…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

test('save a backup, restore it into an empty journal, and everything is back', async ({ page, browser }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture);
  await expect(page.getByTestId('match-count')).toHaveText('60 episodes.');
  await openSettings(page);
  const backup = await saveBackup(page);
  expect(JSON.parse(backup)).toMatchObject({
    format: 'upper-back-journal-backup',
    schemaVersion: BACKUP_SCHEMA_VERSION,
  });

  // A fresh browser profile: an empty journal.
  const empty = await newPinnedContext(browser);
  const other = await empty.newPage();
  const fresh = new JournalPage(other);
  await fresh.open();
  await expect(other.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await openSettings(other);
  // The file is checked in a Web Worker (allowed by the CSP), so a large one never freezes the window.
  const worker = other.waitForEvent('worker');
  await chooseBackup(other, 'journal.json', backup);
  expect((await worker).url()).toMatch(/readBackup\.worker-.*\.js$/);
  const preview = other.getByTestId('import-preview');
  await expect(preview.getByTestId('import-counts').getByRole('row', { name: /episodes/ })).toHaveText(
    /episodes\s*60\s*60\s*0/,
  );
  await other.getByLabel(/^Replace/).check();
  await other.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(other.getByRole('status')).toContainText('Restored: 60 episodes');
  await other.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(other.getByTestId('match-count')).toHaveText('60 episodes.');
  await other.reload();
  await expect(other.getByTestId('match-count')).toHaveText('60 episodes.');
  await empty.close();
});

test('merging a backup with overlapping entries adds only what is new', async ({ page, browser }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture);
  await openSettings(page);
  const backupOf60 = await saveBackup(page);

  // Another profile holding the first 40 of the same episodes.
  const context = await newPinnedContext(browser);
  const other = await context.newPage();
  const forty = new JournalPage(other);
  await forty.open();
  await forty.seed(fixture.slice(0, 40));
  await openSettings(other);
  await chooseBackup(other, 'all.json', backupOf60);
  await expect(other.getByTestId('import-counts').getByRole('row', { name: /episodes/ })).toHaveText(
    /episodes\s*60\s*20\s*40/,
  );
  await other.getByRole('button', { name: 'Merge 60 entries' }).click();
  await expect(other.getByRole('status')).toContainText('Merged: 60 episodes');
  await other.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(other.getByTestId('match-count')).toHaveText('60 episodes.');

  // Merging the same file again changes nothing.
  await openSettings(other);
  await chooseBackup(other, 'all.json', backupOf60);
  await expect(other.getByTestId('import-counts').getByRole('row', { name: /episodes/ })).toHaveText(
    /episodes\s*60\s*0\s*60/,
  );
  await other.getByRole('button', { name: 'Merge 60 entries' }).click();
  await other.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(other.getByTestId('match-count')).toHaveText('60 episodes.');
  await context.close();
});

test('a bad file is refused with a clear message and nothing changes', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture.slice(0, 10));
  await openSettings(page);
  const backup = await saveBackup(page);

  await chooseBackup(page, 'cut-short.json', backup.slice(0, backup.length / 2));
  await expect(page.getByTestId('import-refusal')).toHaveText(
    /isn’t a complete backup.*Nothing was imported/,
  );
  await chooseBackup(page, 'edited.json', backup.replace(/"intensity":\d+/, '"intensity":11'));
  await expect(page.getByTestId('import-refusal')).toHaveText(/don’t match its checksum/);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  const after = await saveBackup(page);
  expect(after.replace(/"exportedAt":"[^"]+"/, '')).toBe(backup.replace(/"exportedAt":"[^"]+"/, ''));
});

test('a restore can be undone from the same screen', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture.slice(0, 12));
  await openSettings(page);
  const twelve = await saveBackup(page);

  await journal.seed(fixture.slice(12, 42));
  await expect(page.getByTestId('match-count')).toHaveText('42 episodes.');
  await openSettings(page);
  await chooseBackup(page, 'twelve.json', twelve);
  await page.getByLabel(/^Replace/).check();
  await expect(page.getByTestId('import-preview')).toContainText(
    'The 42 entries in your journal now will be replaced',
  );
  await page.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(page.getByTestId('restore-point')).toContainText(
    'Replaced with the backup file “twelve.json”',
  );
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByTestId('match-count')).toHaveText('12 episodes.');

  await openSettings(page);
  await page.getByRole('button', { name: 'Undo the last restore…' }).click();
  await page.getByTestId('undo-confirmation').getByRole('button', { name: 'Undo the restore' }).click();
  await expect(page.getByRole('status')).toContainText('undone');
  await expect(page.getByTestId('restore-point')).toHaveCount(0);
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByTestId('match-count')).toHaveText('42 episodes.');
});

test('the browser build explains that automatic backups need the desktop app', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  await expect(page.getByTestId('automatic-backups-browser')).toContainText('need the desktop app');
});

test('episodes from another tracker’s CSV are previewed, then imported all at once', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  const csv = [
    'Date,Time,Pain Level,Notes,Triggers,Treatments',
    '2026-11-10,08:30,7,"Stiff, after rowing",gym,heat',
    '2026-11-11,19:00,4,Long desk day,desk,stretching',
    '2026-11-12,21:15,5,,stress,',
  ].join('\n');
  await page
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name: 'diary.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('Pain level', { exact: true })).toHaveValue('2');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('3 episodes from Tuesday');
  await page.getByRole('button', { name: 'Import 3 episodes' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 3 episodes');
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByTestId('match-count')).toHaveText('3 episodes.');
  await expect(journal.episode('pain 7 of 10')).toContainText('Stiff, after rowing');
  await expect(journal.episode('pain 7 of 10')).toContainText('Workout or hard exercise');
});

test('a CSV row with a date the importer cannot read is named, and nothing is imported', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  const csv = 'When,Pain\n2026-11-10 08:30,7\n31/02/2026 10:00,5\n';
  await page
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText(
    `Row 3: in 'When', "31/02/2026 10:00" is not a real date and time.`,
  );
  // Only an explicit choice imports the rest; no plain "Import 1 episode".
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await expect(
    page.getByRole('button', {
      name: 'Import the 1 row that can be read and leave out the 1 with a problem',
    }),
  ).toBeVisible();
});

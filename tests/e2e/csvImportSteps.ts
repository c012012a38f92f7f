/** Steps shared by the CSV import specs: open the import, choose a file, and a sample with two note columns. */
import { expect, type Page } from './fixtures';
import { JournalPage } from './journalPage';

/** Two note-like columns, a location column with one value the journal cannot place, and one column left over. */
export const TWO_NOTES_CSV = [
  'Date,Time,Pain level,Location,Description,Notes,Weather',
  '2026-11-10,08:30,7,"between shoulder blades, left shoulder",Woke up stiff,After rowing,Rain',
  '2026-11-11,19:00,4,T4,Long desk day,,Sun',
].join('\n');

export async function openImport(page: Page): Promise<JournalPage> {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Import episodes from another app' })).toBeVisible();
  return journal;
}

export async function chooseCsv(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

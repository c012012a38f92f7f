import { expect, test, type Page } from './fixtures';
import { JournalPage } from './journalPage';

/** Times in these files have no zone: they are the clock in the journal's zone, whatever E2E_TZ is. */
const DAY_FIRST_CSV = [
  'When,Pain,Notes',
  '24/11/2026 08:15,6,Desk morning',
  '03/11/2026 19:40,4,After rowing',
].join('\n');
const AMBIGUOUS_CSV = ['Date,Time,Pain', '03/11/2026,09:00,5', '04/11/2026,6:30 PM,3'].join('\n');

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Import episodes from another app' })).toBeVisible();
}

async function chooseCsv(page: Page, label: string, name: string, text: string) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

/** The history's day with this heading ("24 November"), and the clock time of each of its episodes. */
function day(page: Page, heading: RegExp) {
  return page.getByTestId('day').filter({ has: page.getByRole('heading', { name: heading, level: 3 }) });
}

async function openJournal(page: Page) {
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
}

test('a day/month file (24/11/2026 08:15) imports with the times it says, without a question', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  await chooseCsv(page, 'Choose a CSV file…', 'uk-diary.csv', DAY_FIRST_CSV);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-date-question')).toHaveCount(0);
  await expect(page.getByTestId('csv-date-order')).toHaveText(
    'Dates are read with the day first, as row 2 shows: 24/11/2026 is 24 November 2026.',
  );
  await expect(page.getByTestId('csv-preview')).toContainText('2 episodes from');
  await page.getByRole('button', { name: 'Import 2 episodes' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 episodes');

  await openJournal(page);
  await expect(page.getByTestId('match-count')).toHaveText('2 episodes.');
  await expect(day(page, /24 November/).getByTestId('episode')).toHaveCount(1);
  await expect(day(page, /24 November/).getByRole('heading', { level: 4 })).toHaveText(
    /^08:15 · pain 6 of 10/,
  );
  await expect(day(page, /3 November/).getByRole('heading', { level: 4 })).toHaveText(
    /^19:40 · pain 4 of 10/,
  );
});

test('an ambiguous file asks once, day or month first, and the preview and saved times follow the answer', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  await chooseCsv(page, 'Choose a CSV file…', 'diary.csv', AMBIGUOUS_CSV);
  await page.getByRole('button', { name: 'Check the file' }).click();

  const question = page.getByTestId('csv-date-question');
  await expect(question).toHaveCount(1);
  await expect(question.getByRole('heading', { name: 'Day first or month first?' })).toBeFocused();
  await expect(question.getByRole('listitem')).toHaveText([
    '03/11/2026 → 3 November 2026 or 11 March 2026',
    '04/11/2026 → 4 November 2026 or 11 April 2026',
  ]);
  await expect(page.getByTestId('csv-preview')).toHaveCount(0);
  await question.getByRole('button', { name: 'Month first (11 March 2026)' }).click();

  await expect(page.getByTestId('csv-date-question')).toHaveCount(0);
  await expect(page.getByTestId('csv-date-order')).toContainText(
    'Dates are read with the month first, as you chose: 03/11/2026 is 11 March 2026.',
  );
  await expect(page.getByTestId('csv-date-order')).toBeFocused();
  await expect(page.getByTestId('csv-preview')).toContainText(
    '2 episodes from Wednesday, 11 March 2026 to Saturday, 11 April 2026',
  );

  // Checking again after the answer does not ask again.
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('11 March');
  await expect(page.getByTestId('csv-date-question')).toHaveCount(0);

  await page.getByRole('button', { name: 'Import 2 episodes' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 episodes');
  await openJournal(page);
  await expect(page.getByTestId('match-count')).toHaveText('2 episodes.');
  await expect(day(page, /11 March/).getByRole('heading', { level: 4 })).toHaveText(/^09:00 · pain 5 of 10/);
  await expect(day(page, /11 April/).getByRole('heading', { level: 4 })).toHaveText(/^18:30 · pain 3 of 10/);
  await expect(day(page, /November/)).toHaveCount(0);
});

test('cancelling the date question, or leaving the preview, imports nothing', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  await chooseCsv(page, 'Choose a CSV file…', 'diary.csv', AMBIGUOUS_CSV);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByTestId('csv-date-question').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText('Nothing was imported');
  await expect(page.getByTestId('csv-date-question')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Choose columns' })).toHaveCount(0);

  // Answered, previewed, but never confirmed.
  await chooseCsv(page, 'Choose a CSV file…', 'diary.csv', AMBIGUOUS_CSV);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: /^Day first/ }).click();
  await expect(page.getByRole('button', { name: 'Import 2 episodes' })).toBeVisible();
  await openJournal(page);
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
});

test('a CSV chosen in Restore is recognised and imported as CSV with one click, no second file choice', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  await chooseCsv(page, 'Restore from a backup file…', 'uk-diary.csv', DAY_FIRST_CSV);
  const notice = page.getByTestId('restore-csv');
  await expect(notice).toContainText('“uk-diary.csv” is a CSV file, not a backup');
  await expect(notice).toContainText('Your journal was not changed.');
  await expect(page.getByTestId('import-refusal')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Import it as CSV' }).click();
  await expect(page.getByTestId('restore-csv')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Import episodes from another app' })).toBeFocused();
  const columns = page.getByRole('form', { name: 'Choose columns' });
  await expect(columns).toContainText('“uk-diary.csv”: 2 rows');
  await expect(columns.getByLabel('Pain level', { exact: true })).toHaveValue('1');

  // Nothing is written before the person confirms.
  await openJournal(page);
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await openSettings(page);
  await chooseCsv(page, 'Restore from a backup file…', 'uk-diary.csv', DAY_FIRST_CSV);
  await page.getByRole('button', { name: 'Import it as CSV' }).click();
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 2 episodes' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 episodes');
  await openJournal(page);
  await expect(day(page, /24 November/).getByRole('heading', { level: 4 })).toHaveText(
    /^08:15 · pain 6 of 10/,
  );
});

test('a file with dates written both ways is refused with both rows named, and nothing is imported', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await openSettings(page);
  const mixed = ['When,Pain', '24/11/2026 08:15,6', '11/23/2026 8:15 AM,5'].join('\n');
  await chooseCsv(page, 'Choose a CSV file…', 'mixed.csv', mixed);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-date-question')).toHaveCount(0);
  await expect(page.getByTestId('csv-preview')).toContainText(
    'Row 3: "11/23/2026" has the month first, but row 2 ("24/11/2026") has the day first.',
  );
  // Nothing by default; only the explicit choice, which leaves the conflicting row out.
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await expect(
    page.getByRole('button', {
      name: 'Import the 1 row that can be read and leave out the 1 with a problem',
    }),
  ).toBeVisible();
});

import { expect, localTime, test } from './fixtures';
import { JournalPage } from './journalPage';

test('PSFS baseline, then a week later the change is shown against the thresholds', async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-14T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Measures' }).click();
  await page.getByLabel('Activity 1').fill('Lifting my child');
  await page.getByLabel('Activity 2').fill('Sitting at my desk for an hour');
  await page.getByLabel('Activity 3').fill('Sleeping on my side');
  await page.getByRole('button', { name: 'Save activities' }).click();

  await expect(page.getByTestId('psfs-due')).toHaveText(/first rating is your starting point/);
  await page.getByLabel('Lifting my child').fill('2');
  await page.getByLabel('Sitting at my desk for an hour').fill('3');
  await page.getByLabel('Sleeping on my side').fill('4');
  await page.getByRole('button', { name: 'Save PSFS rating' }).click();
  await expect(page.getByTestId('psfs-result')).toContainText('Latest (2026-11-14): 3 out of 10');
  await expect(page.getByTestId('psfs-due')).toHaveText(/Next due Saturday,? 21 November 2026/);

  // A week later the app says it is due, on the journal and on the measures page.
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  await page.reload();
  await expect(page.getByTestId('measures-due')).toContainText('Your weekly PSFS is due');
  await page.getByRole('button', { name: 'Open measures' }).click();
  await expect(page.getByTestId('psfs-due')).toHaveText('Your weekly PSFS rating is due.');
  await page.getByLabel('Lifting my child').fill('5');
  await page.getByLabel('Sitting at my desk for an hour').fill('6');
  await page.getByLabel('Sleeping on my side').fill('4');
  await page.getByRole('button', { name: 'Save PSFS rating' }).click();

  // Mean 3 → 5: +2, meaningful. Lifting +3 (meaningful), desk +3 (meaningful), sleeping 0.
  await expect(page.getByTestId('psfs-change')).toHaveText(
    '2 points better than your first rating: at least the 2 points usually counted as a meaningful change.',
  );
  const table = page.getByTestId('psfs-result').getByRole('table');
  await expect(table.getByRole('row', { name: /Lifting my child/ })).toContainText(
    '+3 (at least 3: a meaningful change)',
  );
  await expect(table.getByRole('row', { name: /Sleeping on my side/ })).toContainText('4');
  await page.reload();
  await page.getByRole('button', { name: 'Measures' }).click();
  await expect(page.getByTestId('psfs-change')).toContainText('2 points better');
});

test('PEG-3 is scored as the mean of its three answers, and a missing answer is refused', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Measures' }).click();
  await page.getByLabel(/Average pain in the past week/).fill('7');
  await page.getByLabel(/enjoying life/).fill('5');
  await page.getByRole('button', { name: 'Save PEG-3' }).click();
  await expect(page.getByText('Rate this with a whole number from 0 to 10.')).toBeVisible();
  await expect(page.getByLabel(/Average pain in the past week/)).toHaveValue('7');
  await page.getByLabel(/general activity/).fill('6');
  await page.getByRole('button', { name: 'Save PEG-3' }).click();
  await expect(page.getByTestId('peg-result')).toContainText('Latest (2026-11-21): 6 out of 10');
});

test('the pain summary gives current, average, worst and least from episodes and check-ins', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  for (const key of ['3', '7']) {
    await journal.logPain(key);
  }
  await page.getByRole('button', { name: 'Measures' }).click();
  // One day, two episodes (3 and 7): average 5, worst 7, least 3; the latest rating is 7.
  await expect(page.getByTestId('pain-summary')).toHaveText(
    /Current\s*7\s*Average\s*5\s*Worst\s*7\s*Least\s*3/,
  );
});

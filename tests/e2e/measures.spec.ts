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
    'PSFS: 3 on 14 November 2026 (first rating) and 5 on 21 November 2026 (latest), 2 ratings over 7 days: 2 points better, at least the 2-point change that usually matters to people.',
  );
  const table = page.getByTestId('psfs-result').getByRole('table');
  await expect(table.getByRole('row', { name: /Lifting my child/ })).toContainText(
    '+3 (at least the 3 points that usually matter for one activity)',
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

test('one set of PSFS and PEG-3 ratings gets the same verdict on Trends, Measures and in the report', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  const activities = ['Lifting my child', 'Sitting at my desk', 'Sleeping on my side'].map((name, i) => ({
    id: `activity-${i}`,
    name,
    position: i,
    createdAt: '2026-11-01T09:00:00.000Z',
    retiredAt: null,
  }));
  const psfs = (day: string, scores: number[]) => ({
    id: `psfs-${day}`,
    kind: 'psfs',
    day,
    takenAt: `${day}T12:00:00.000Z`,
    ratings: activities.map((a, i) => ({ activityId: a.id, score: scores[i] })),
  });
  const peg3 = (day: string, pain: number, enjoyment: number, activity: number) => ({
    id: `peg-${day}`,
    kind: 'peg3',
    day,
    takenAt: `${day}T12:00:00.000Z`,
    pain,
    enjoyment,
    activity,
  });
  await journal.seed([], [], [], {
    psfsActivities: activities,
    measures: [
      // PSFS (higher is better): 3, then 3.7, then (4 + 5 + 5) / 3 = 4.7: 1.7 better, under 2.
      psfs('2026-11-01', [2, 3, 4]),
      psfs('2026-11-08', [3, 4, 4]),
      psfs('2026-11-15', [4, 5, 5]),
      // PEG-3 (lower is better): (7 + 6 + 6) / 3 = 6.3, then 5, then 4: 2.3 better, at least 2.
      peg3('2026-11-01', 7, 6, 6),
      peg3('2026-11-08', 5, 5, 5),
      peg3('2026-11-15', 4, 4, 4),
    ],
  });
  const psfsVerdict =
    'PSFS: 3 on 1 November 2026 (first rating) and 4.7 on 15 November 2026 (latest), 3 ratings over 14 days: ' +
    '1.7 points better, less than the 2-point change that usually matters to people, so within the usual ups and downs.';
  const pegVerdict =
    'PEG-3: 6.3 on 1 November 2026 (first rating) and 4 on 15 November 2026 (latest), 3 ratings over 14 days: ' +
    '2.3 points better, at least the 2-point change that usually matters to people.';

  await page.getByRole('button', { name: 'Measures' }).click();
  await expect(page.getByTestId('psfs-change')).toHaveText(psfsVerdict);
  await expect(page.getByTestId('peg-change')).toHaveText(pegVerdict);

  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
  await expect(page.getByTestId('psfs-chart-summary')).toHaveText(psfsVerdict);
  await expect(page.getByTestId('peg-chart-summary')).toHaveText(pegVerdict);

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const report = page.getByTestId('report-document');
  await expect(report.locator('[data-measure="PSFS"]')).toContainText(psfsVerdict);
  await expect(report.locator('[data-measure="PEG-3"]')).toContainText(pegVerdict);
});

import { expect, localTime, test, type Page } from './fixtures';
import { checkIn, episode } from '../fixtures/builders';
import { JournalPage } from './journalPage';

// Today is Saturday 21 November 2026. Worked by hand:
// last 30 days (23 Oct - 21 Nov): rated days 30 Oct (7), 10 Nov (5), 18 Nov (4), 19 Nov (check-in 2),
//   20 Nov (6 and 8: worst 8, average 7) → 5 days, daily averages 7, 5, 4, 2, 7 → average 5, worst 8, 5 episodes.
// the 30 days before (23 Sep - 22 Oct): one episode, 10 Oct (9).
// last 7 days (15 - 21 Nov): 3 rated days, 3 episodes; the 7 days before (8 - 14 Nov): 1 episode.
const EPISODES = [
  episode('2026-11-20T09:00:00.000Z', 6, {
    regions: ['neck'],
    triggers: [
      {
        id: '7f7f7f7f-0000-4000-8000-000000000001',
        kind: 'workout',
        note: '',
        workoutType: 'rowing',
        effort: 7,
      },
    ],
  }),
  episode('2026-11-20T15:00:00.000Z', 8, {
    regions: ['between-shoulder-blades'],
    triggers: [{ id: '7f7f7f7f-0000-4000-8000-000000000002', kind: 'stress', note: '', level: 8 }],
    redFlags: ['night-rest-pain'],
  }),
  episode('2026-11-18T09:00:00.000Z', 4, { regions: ['neck'] }),
  episode('2026-11-10T09:00:00.000Z', 5),
  episode('2026-10-30T09:00:00.000Z', 7),
  episode('2026-10-10T09:00:00.000Z', 9),
];
const CHECK_INS = [checkIn('2026-11-19', { overallPain: 2, stress: 3, sleepHours: 7 })];

/** Brings a panel on screen and lets its chart draw (charts draw lazily) before switching to the table. */
async function showAsTable(page: Page, testId: string) {
  const panel = page.getByTestId(testId);
  await panel.scrollIntoViewIfNeeded();
  await expect(page.getByTestId(`${testId}-chart`).locator('svg').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId(`${testId}-table`)).toBeVisible();
}

async function openTrends(page: Page) {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(EPISODES, CHECK_INS);
  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
}

test('each chart draws the expected points and cells for the range, and the range picker updates everything', async ({
  page,
}) => {
  await openTrends(page);
  await expect(page.getByTestId('range-words')).toHaveText(
    '2026-10-23 to 2026-11-21, compared with 2026-09-23 to 2026-10-22.',
  );
  await expect(page.getByTestId('compare-averagePain').locator('dd').first()).toHaveText('5');
  await expect(page.getByTestId('compare-worstPain').locator('dd').first()).toHaveText('8');
  await expect(page.getByTestId('compare-episodes')).toContainText('5');
  await expect(page.getByTestId('compare-episodes')).toContainText('up 4 on the period before (worse)');

  // Pain over time: one dot per day with a rating on the daily-worst line; one marker for the warning sign.
  const pain = page.getByTestId('pain-chart-chart');
  await expect(pain.locator('.series-worst .dot')).toHaveCount(5);
  await expect(pain.locator('.flag-marker')).toHaveCount(1);
  // The tooltip follows the arrow keys too: End goes to today, the last day of the range.
  await pain.locator('svg').focus();
  await page.keyboard.press('End');
  await expect(pain.locator('.chart-tooltip')).toContainText('21 Nov');
  await page.keyboard.press('Escape');
  await expect(pain.locator('.chart-tooltip')).toHaveCount(0);
  // Episodes per week: one stacked bar for each of the five weeks the range overlaps.
  await expect(page.getByTestId('weekly-chart-chart').locator('.week-bar')).toHaveCount(5);
  // Episodes per week: the weeks of 19 Oct to 16 Nov overlap the range.
  await showAsTable(page, 'weekly-chart');
  await expect(page.getByTestId('weekly-chart-table').locator('tbody tr')).toHaveCount(5);
  // Heatmap: every hour of every weekday; body map: every region. (Charts are drawn once near the screen.)
  await page.getByTestId('heatmap-chart').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('heat-cell')).toHaveCount(168);
  await page.getByTestId('body-map-chart').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('region')).toHaveCount(14);
  await expect(page.locator('[data-testid="region"][data-level="0"]')).toHaveCount(12);

  // Seven days: the chart, the numbers and the comparison follow.
  await page.getByTestId('pain-chart').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: '7 days' }).click();
  await expect(page.getByTestId('range-words')).toHaveText(
    '2026-11-15 to 2026-11-21, compared with 2026-11-08 to 2026-11-14.',
  );
  await expect(pain.locator('.series-worst .dot')).toHaveCount(3);
  await expect(page.getByTestId('compare-episodes').locator('dd').first()).toHaveText('3');
  await expect(page.getByTestId('compare-episodes')).toContainText('up 2 on the period before (worse)');
});

test('"show as table" holds the same numbers as the chart', async ({ page }) => {
  await openTrends(page);
  await showAsTable(page, 'pain-chart');
  const rows = page.getByTestId('pain-chart-table').locator('tbody tr');
  await expect(rows).toHaveCount(30);
  await expect(rows.filter({ hasText: '2026-11-20' })).toContainText(/2026-11-20\s*8\s*7/);
  await expect(rows.filter({ hasText: '2026-11-20' })).toContainText('Warning sign');
  await expect(rows.filter({ hasText: '2026-11-19' })).toContainText(/2026-11-19\s*2\s*2/);
  await expect(rows.filter({ hasText: '2026-11-01' })).toContainText(/2026-11-01\s*–\s*–/);
  await expect(page.getByTestId('pain-chart-summary')).not.toHaveText('');

  await showAsTable(page, 'body-map-chart');
  await expect(page.getByTestId('body-map-chart-table').getByRole('row', { name: /^Neck/ })).toContainText(
    /Neck\s*2\s*5\s*6/,
  );
});

test('the presets are worked out ahead in a worker that starts under the app CSP, with the same numbers', async ({
  page,
}) => {
  const worker = page.waitForEvent('worker', (w) => /trends\.worker-.*\.js$/.test(w.url()));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await openTrends(page);
  await worker;
  // Switch after the worker has had time to answer; the numbers are the hand-worked ones above.
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: '7 days', exact: true }).click();
  await expect(page.getByTestId('range-words')).toHaveText(
    '2026-11-15 to 2026-11-21, compared with 2026-11-08 to 2026-11-14.',
  );
  await expect(page.getByTestId('compare-episodes').locator('dd').first()).toHaveText('3');
  await expect(page.getByTestId('pain-chart-chart').locator('.series-worst .dot')).toHaveCount(3);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`dashboard screenshot for review, ${colorScheme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openTrends(page);
    // A tall window, so every chart is near the screen and drawn for the picture.
    await page.setViewportSize({ width: 1200, height: 4000 });
    const path = testInfo.outputPath(`trends-${colorScheme}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`trends-${colorScheme}`, { path, contentType: 'image/png' });
  });
}

test('a journal whose entries end months ago: the empty period says so, and "Show all" shows them without a comparison', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(
    [episode('2026-03-02T09:00:00.000Z', 6), episode('2026-03-03T09:00:00.000Z', 4)],
    [checkIn('2026-03-01', { overallPain: 3 })],
  );
  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
  const notice = page.getByTestId('empty-period');
  await expect(notice).toContainText(
    'Nothing was logged from 23 October 2026 to 21 November 2026. Your latest entry is from 3 March 2026',
  );
  await expect(page.getByTestId('pain-chart')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('empty-period')).toHaveCount(0);
  await expect(page.getByTestId('range-words')).toHaveText(
    /^2026-03-01 to 2026-11-21\. Nothing was logged in the period before it \(\d{4}-\d\d-\d\d to 2026-02-28\), so there is nothing to compare it with\.$/,
  );
  await expect(page.getByTestId('compare-tiles')).not.toContainText('compare');
  await expect(page.getByTestId('compare-episodes').locator('dd').first()).toHaveText('2');

  // 266 days are drawn by week (39 Monday weeks, from 23 February), and the table holds the same weeks.
  await expect(page.getByTestId('pain-chart')).toContainText('Pain over time (by week)');
  await showAsTable(page, 'pain-chart');
  const table = page.getByTestId('pain-chart-table');
  await expect(table.locator('caption')).toContainText('Pain by week');
  await expect(table.getByRole('columnheader', { name: 'Week starting' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(39);
  // The week of 23 February has only the check-in (3); the week of 2 March only the episodes (6 and 4):
  // worst 6, average 5, no check-in (not a 0), episodes' average 5.
  await expect(table.locator('tbody tr').nth(0)).toContainText(/2026-02-23\s*3\s*3\s*3\s*–/);
  await expect(table.locator('tbody tr').nth(1)).toContainText(/2026-03-02\s*6\s*5\s*–\s*5/);
});

/**
 * Insights (and the Trends sentences that quote it) show the answer kept from the last start at once
 * when the journal is as it was; a journal changed since, even by writes this window never saw, is
 * worked out afresh, never shown stale.
 */
import type { Page } from '@playwright/test';
import { expect, localTime, test } from './fixtures';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../fixtures/insightsJournal';
import { JournalPage } from './journalPage';

const KEPT = 'upper-back-journal:kept-insights';

async function insightsText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Insights' }).click();
  await expect(page.getByTestId('factor').first()).toBeVisible();
  return (
    (await page.getByTestId('factor-list').innerText()) +
    (await page.getByTestId('test-capacity').innerText())
  );
}

test('the kept answer is the one worked out afresh, before and after the journal changes behind its back', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const { checkIns, episodes } = syntheticJournalForInsights(
    { ...BASE_SCENARIO, days: 120, workoutNextDayEffect: 2.5, baseline: 3 },
    11,
  );
  const journal = new JournalPage(page);
  await journal.open();
  const firstHalf = checkIns.filter((c) => c.day < '2026-03-20');
  await journal.seed(episodes, firstHalf);
  const fresh = await insightsText(page);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, KEPT)).toBe(true);

  // Reopened as it was: the kept answer, the same words.
  await page.reload();
  expect(await insightsText(page)).toBe(fresh);

  // More check-ins written straight into the database (as another window or an older build might).
  await journal.seed([], checkIns);
  const afterChange = await insightsText(page);
  expect(afterChange).not.toBe(fresh);
  // The same as with nothing kept at all.
  await page.evaluate((key) => localStorage.removeItem(key), KEPT);
  await page.reload();
  expect(await insightsText(page)).toBe(afterChange);
});

/**
 * Insights on a journal shaped like a real person's (tests/fixtures/realJournal.ts): check-ins missing in
 * runs, blank fields, two workout types, high stress on most poor-sleep nights. What the screens say about
 * a factor must be one statement, and each verdict must agree with the numbers beside it.
 */
import { analyzeJournalFactors } from '../../src/shared/analysis';
import { factorVerdict } from '../../src/shared/analysis/wording';
import { E2E_TIME_ZONE } from '../fixtures/e2eTime';
import { REAL_SCENARIOS, realJournal } from '../fixtures/realJournal';
import { expect, localTime, test } from './fixtures';
import { JournalPage } from './journalPage';

const journal = realJournal(REAL_SCENARIOS['proxy-two-types'], 12_000_017, 120);
// The browser's zone, as the app in it will read the entries.
const { factors } = analyzeJournalFactors({ ...journal, timeZone: E2E_TIME_ZONE });

test('Insights and Trends say the same thing about stress, and every verdict fits its numbers', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime(`${journal.today}T21:30`));
  const app = new JournalPage(page);
  await app.open();
  await app.seed(journal.episodes, journal.checkIns);

  await page.getByRole('button', { name: 'Insights' }).click();
  const cards = page.getByTestId('factor');
  await expect(cards.first()).toBeVisible();
  const texts = await cards.allInnerTexts();
  const tested = factors.factors.filter((f) => f.tier !== 'not-enough-data');
  expect(texts).toHaveLength(tested.length);
  for (const text of texts) {
    expect(text).not.toMatch(/above your usual|season and weekday|\bcaus/i);
    if (text.startsWith('Can’t tell yet'))
      expect(text).toMatch(/only a difference of about [\d.]+ points? or more/);
    if (/^(Likely|Possible)/.test(text))
      expect(text).toContain('This is a pattern in your records, not proof.');
    // Each sentence lists what its comparison allowed for, in plain words.
    if (text.includes(' went with ')) expect(text).toContain('allowing for changes from month to month');
  }

  await page.getByRole('button', { name: 'How this works' }).click();
  for (const label of ['Can’t tell yet', 'Can’t be told apart yet', 'Probably not a big factor']) {
    await expect(page.getByRole('term').filter({ hasText: label })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
  const stress = factors.factors.find((f) => f.id === 'stress-high');
  if (!stress) throw new Error('the journal has no stress factor');
  const summary = page.getByTestId('context-stress-summary');
  await expect(summary).toContainText(factorVerdict(stress));
  await expect(summary).not.toContainText(/moderate|weak pattern|strong pattern|tended to be/);
});

/**
 * Two windows of the journal, as two pages of one browser context: one origin, one database, and Dexie's
 * live queries carry each save to the other page. An edit open in one window must neither overwrite a
 * change saved in the other without a word, nor bring back an episode the other deleted.
 *
 * The pinned clock stays the same in both pages, so the two saves here share a timestamp: the conflict
 * check must not rely on the times differing.
 */
import { formatClockTime } from '../../src/shared/dates';
import { E2E_LOCALE, E2E_NOW, E2E_TIME_ZONE } from '../fixtures/e2eTime';
import { PINNED_CLOCK_TIME, expect, test, type Page } from './fixtures';
import { JournalPage } from './journalPage';

/** The journal with one episode, open in two windows, with both editing that episode. */
async function editInTwoWindows(page: Page): Promise<{ first: JournalPage; second: JournalPage }> {
  const first = new JournalPage(page);
  await first.open();
  await first.logPain('4');
  const second = new JournalPage(await page.context().newPage());
  await second.open();
  await expect(second.episode('pain 4 of 10')).toBeVisible();
  for (const journal of [first, second]) {
    await journal.episode('pain 4 of 10').getByRole('button', { name: /^Edit/ }).click();
    await expect(journal.dialog.getByRole('heading', { name: 'Edit episode' })).toBeVisible();
  }
  return { first, second };
}

test('a change saved in one window is not overwritten by the other without asking', async ({ page }) => {
  const { first, second } = await editInTwoWindows(page);
  // The first window saves a little later than the episode was logged, so its time can be named.
  const savedAt = new Date(E2E_NOW.getTime() + 12 * 60_000);
  await page.clock.setFixedTime(savedAt);

  await first.field('Notes').fill('Written in the first window');
  await second.field('Notes').fill('Written in the second window');
  await first.save();
  await expect(first.dialog).toHaveCount(0);
  await expect(first.episode('pain 4 of 10')).toContainText('Written in the first window');
  // The second window's list follows, but its open form keeps what was typed there.
  await expect(second.page.getByTestId('episode')).toContainText('Written in the first window');
  await expect(second.field('Notes')).toHaveValue('Written in the second window');

  await second.save();
  const time = formatClockTime(savedAt, { locale: E2E_LOCALE, timeZone: E2E_TIME_ZONE });
  const alert = second.dialog.getByRole('alert');
  await expect(alert).toHaveText(
    `This episode was changed in another window at ${time}, after you opened it.`,
  );
  await expect(alert).toBeFocused();
  await expect(second.field('Notes')).toHaveValue('Written in the second window');
  await expect(second.dialog.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);

  // Nothing was written: the first window's change stands, even after a reload.
  await page.reload();
  await expect(first.episode('pain 4 of 10')).toContainText('Written in the first window');

  // Keyboard: Tab from the message reaches the choice.
  await second.page.keyboard.press('Tab');
  await expect(second.dialog.getByRole('button', { name: 'Save my version' })).toBeFocused();
  await second.page.keyboard.press('Enter');
  await expect(second.dialog).toHaveCount(0);
  await expect(second.page.getByRole('status')).toContainText('updated');
  await expect(first.episode('pain 4 of 10')).toContainText('Written in the second window');
  await expect(first.episodes).toHaveCount(1);
});

test('“Use the other version” puts the other window’s change in the form', async ({ page }) => {
  const { first, second } = await editInTwoWindows(page);
  await first.field('Notes').fill('Written in the first window');
  await first.save();
  await expect(first.dialog).toHaveCount(0);

  await second.field('Notes').fill('Written in the second window');
  await second.save();
  await expect(second.dialog.getByRole('alert')).toContainText('changed in another window');
  await second.dialog.getByRole('button', { name: 'Use the other version' }).click();
  await expect(second.field('Notes')).toHaveValue('Written in the first window');
  await expect(second.dialog.getByRole('status')).toContainText('now shows the version saved');
  // The form is now based on the stored version, so a further edit saves without a question.
  await second.field('Notes').fill('Written in the first window, then added to');
  await second.save();
  await expect(second.dialog).toHaveCount(0);
  await expect(first.episode('pain 4 of 10')).toContainText('Written in the first window, then added to');
});

test('saving an episode deleted in the other window does not bring it back unless chosen', async ({
  page,
}) => {
  const { first, second } = await editInTwoWindows(page);
  await first.dialog.getByRole('button', { name: 'Cancel' }).click();
  await first
    .episode('pain 4 of 10')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(first.page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await expect(second.page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();

  await second.field('Notes').fill('Typed before it was deleted');
  await second.save();
  const alert = second.dialog.getByRole('alert');
  await expect(alert).toHaveText('This episode was deleted in another window.');
  await expect(alert).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();

  await second.dialog.getByRole('button', { name: 'Leave it deleted' }).click();
  await expect(second.dialog).toHaveCount(0);
  await second.page.reload();
  await expect(second.page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
});

test('“Keep it, with my changes” brings a deleted episode back on purpose', async ({ page }) => {
  const { first, second } = await editInTwoWindows(page);
  await first.dialog.getByRole('button', { name: 'Cancel' }).click();
  await first
    .episode('pain 4 of 10')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(second.page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();

  await second.field('Notes').fill('Still wanted');
  await second.save();
  await second.dialog.getByRole('button', { name: 'Keep it, with my changes' }).click();
  await expect(second.dialog).toHaveCount(0);
  await expect(first.episode('pain 4 of 10')).toContainText('Still wanted');
  await expect(second.episode('pain 4 of 10')).toContainText('Still wanted');
});

test('a day’s check-in saved in one window is not overwritten by the other without asking', async ({
  page,
}) => {
  const first = new JournalPage(page);
  await first.open();
  const second = new JournalPage(await page.context().newPage());
  await second.open();
  for (const journal of [first, second]) {
    await journal.page.getByRole('button', { name: 'Check-in', exact: true }).click();
    await journal.page.getByRole('button', { name: 'Today', exact: true }).click();
  }
  await first.page.getByLabel('Notes').fill('From the first window');
  await second.page.getByLabel('Notes').fill('From the second window');
  await first.page.getByRole('button', { name: /^Save check-in/ }).click();
  await expect(first.page.getByRole('status')).toContainText('Check-in for');

  await second.page.getByRole('button', { name: /^Save check-in/ }).click();
  const alert = second.page.getByRole('alert');
  await expect(alert).toHaveText(
    `A check-in for this day was saved in another window at ${PINNED_CLOCK_TIME}, after you opened this one.`,
  );
  await expect(alert).toBeFocused();
  await expect(second.page.getByLabel('Notes')).toHaveValue('From the second window');

  await second.page.getByRole('button', { name: 'Use the other version' }).click();
  await expect(second.page.getByLabel('Notes')).toHaveValue('From the first window');
  await second.page.getByLabel('Notes').fill('From the first window, then the second');
  await second.page.getByRole('button', { name: /^Save check-in/ }).click();
  await expect(second.page.getByRole('status')).toContainText('Check-in for');

  await page.reload();
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('From the first window, then the second');
});

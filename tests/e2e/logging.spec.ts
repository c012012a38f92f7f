import { PINNED_CLOCK_TIME, expect, localTime, test } from './fixtures';
import { JournalPage } from './journalPage';

test(
  'quick log: a number and Ctrl+Enter save an episode that survives a reload',
  { tag: '@time' },
  async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.logPain('7');
    await expect(page.getByRole('status')).toContainText(`Saved: pain 7 at ${PINNED_CLOCK_TIME}.`);
    await expect(journal.episodes).toHaveCount(1);
    await expect(journal.episode('pain 7 of 10 (severe)')).toBeVisible();

    await page.reload();
    await expect(journal.episode('pain 7 of 10 (severe)')).toBeVisible();
    await expect(page.getByTestId('match-count')).toHaveText('1 episode.');
  },
);

test('quick log: 1 then 0 gives 10, and the slider works too', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(journal.dialog.getByText('Chosen: 10 (severe).')).toBeVisible();
  const slider = journal.dialog.getByRole('slider', { name: /Pain slider/ });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(journal.dialog.getByText('Chosen: 8 (severe).')).toBeVisible();
  await journal.save();
  await expect(journal.episode('pain 8 of 10')).toBeVisible();
});

test('quick log: saving without a pain level asks for one', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await journal.save();
  await expect(journal.dialog.getByRole('alert')).toHaveText(/Choose how much it hurts/);
  await page.keyboard.press('3');
  await journal.save();
  await expect(journal.episode('pain 3 of 10 (mild)')).toBeVisible();
});

test('full log: times, regions, triggers with details, remedies with relief, notes', async ({ page }) => {
  // It types times on 20 November 2026: they must be in the past.
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('6');
  await journal.dialog.getByText('Where, what kind').click();
  await journal.toggleRegion('Between the shoulder blades');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await expect(journal.dialog.getByText('Chosen: 6 (moderate).')).toBeVisible();

  await journal.field('Started').fill('2026-11-20T18:15');
  await journal.field(/^Ended/).fill('2026-11-20T19:45');
  await journal.toggle('Stiff or tight');
  await journal.toggle('Workout or hard exercise');
  await journal.field('Type of workout').selectOption({ label: 'Rowing or rows' });
  await journal.field('Effort (0-10)').fill('8');
  await journal.field('Add something you tried').selectOption({ label: 'Heat' });
  await journal.dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await journal.field('Pain before (0-10)').fill('6');
  await journal.field('Pain after (0-10)').fill('3');
  await journal.field('Minutes after').fill('30');
  await journal.field('Notes').fill('Rowed 5 km, then sat for hours');
  await journal.save();

  const card = journal.episode('pain 6 of 10');
  await expect(card).toContainText('lasted 1 h 30 min');
  await expect(card).toContainText('Between the shoulder blades');
  await expect(card).toContainText('Stiff or tight');
  await expect(card).toContainText('Workout or hard exercise');
  await expect(card).toContainText('Heat (6 → 3 after 30 min)');
  await expect(card).toContainText('Rowed 5 km, then sat for hours');
  await expect(page.getByRole('heading', { name: /Friday,? 20 November 2026/ })).toBeVisible();

  await page.reload();
  await expect(journal.episode('pain 6 of 10')).toContainText('6 → 3 after 30 min');
});

test('edit an episode', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.logPain('4');
  await journal.episode('pain 4 of 10').getByRole('button', { name: /^Edit/ }).click();
  await expect(journal.dialog.getByRole('heading', { name: 'Edit episode' })).toBeVisible();
  await page.keyboard.press('9');
  await journal.field('Notes').fill('Worse after lifting boxes');
  await journal.save();
  await expect(page.getByRole('status')).toContainText('updated');
  await expect(journal.episodes).toHaveCount(1);
  await expect(journal.episode('pain 9 of 10')).toContainText('Worse after lifting boxes');
  await page.reload();
  await expect(journal.episode('pain 9 of 10')).toBeVisible();
});

test('delete shows an Undo notice, and Undo brings the episode back', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  for (const key of ['2', '5']) {
    await journal.logPain(key);
  }
  await expect(journal.episodes).toHaveCount(2);

  await journal
    .episode('pain 5 of 10')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(journal.episodes).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('deleted');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(journal.episodes).toHaveCount(2);
  await page.reload();
  await expect(journal.episodes).toHaveCount(2);

  await journal
    .episode('pain 5 of 10')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(journal.episodes).toHaveCount(1);
  await page.reload();
  await expect(journal.episodes).toHaveCount(1);
  await expect(journal.episode('pain 2 of 10')).toBeVisible();
});

test('invalid input is refused at the field and nothing typed is lost', async ({ page }) => {
  // It types times on 20 November 2026: they must be in the past.
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('5');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  await journal.field('Started').fill('2026-11-20T10:00');
  await journal.field(/^Ended/).fill('2026-11-20T09:00');
  await journal.toggle('Stress or anxiety');
  await journal.field('Stress level (0-10)').fill('12');
  await journal.field('Notes').fill('Typed carefully, must not vanish');
  await journal.save();

  await expect(journal.dialog.getByText('2 things need a look')).toBeVisible();
  await expect(journal.dialog.getByText('The pain can’t end before it started.')).toBeVisible();
  await expect(journal.dialog.getByText('Use a whole number from 0 to 10, or leave it empty.')).toBeVisible();
  await expect(journal.field(/^Ended/)).toHaveAttribute('aria-invalid', 'true');
  await expect(journal.field('Notes')).toHaveValue('Typed carefully, must not vanish');
  await expect(journal.field('Stress level (0-10)')).toHaveValue('12');
  await expect(journal.field('Started')).toHaveValue('2026-11-20T10:00');

  await journal.field(/^Ended/).fill('2026-11-20T11:00');
  await journal.field('Stress level (0-10)').fill('8');
  await journal.save();
  await expect(journal.dialog).toHaveCount(0);
  await expect(journal.episode('pain 5 of 10')).toContainText('Typed carefully, must not vanish');
});

test('a start time in the future is refused', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('5');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  await journal.field('Started').fill('2099-01-01T10:00');
  await journal.save();
  await expect(journal.dialog.getByText('That time is still to come.')).toBeVisible();
  await expect(journal.episodes).toHaveCount(0);
});

test('closing a form with entries asks first; an untouched form closes at once', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('Escape');
  await expect(journal.dialog).toHaveCount(0);

  await journal.openQuickLog();
  await page.keyboard.press('8');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  await journal.field('Notes').fill('Half-written note');
  await page.keyboard.press('Escape');
  await expect(journal.dialog.getByText('Close without saving?')).toBeVisible();
  await expect(journal.dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(journal.field('Notes')).toHaveValue('Half-written note');

  await journal.dialog.getByRole('button', { name: 'Cancel' }).click();
  await journal.dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(journal.dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
});

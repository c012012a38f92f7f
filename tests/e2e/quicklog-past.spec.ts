import { formatClockTime } from '../../src/shared/dates';
import { laterRatingNote } from '../../src/shared/quickRemedies';
import { DEFAULT_REMINDER_PREFERENCES } from '../../src/shared/settings';
import { E2E_LOCALE, E2E_NOW, E2E_TIME_ZONE } from '../fixtures/e2eTime';
import { expect, test } from './fixtures';
import { JournalPage } from './journalPage';

const thirtyMinutesBefore = new Date(E2E_NOW.getTime() - 30 * 60_000);
/** The pinned moment less 30 minutes, as the app writes a clock time ("10:00" by default). */
const STARTED = formatClockTime(thirtyMinutesBefore, { locale: E2E_LOCALE, timeZone: E2E_TIME_ZONE });
/** What the form says about an unrated remedy, with the default settings ("… in an hour" by default). */
const LATER_NOTE = laterRatingNote({
  startedAt: thirtyMinutesBefore.toISOString(),
  intensity: 7,
  now: E2E_NOW,
  timeZone: E2E_TIME_ZONE,
  reminders: DEFAULT_REMINDER_PREFERENCES,
});

test('quick log: "30 min ago" in one key, and a remedy rated in the same form', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await expect(journal.dialog.getByRole('radio', { name: 'now', exact: true })).toBeChecked();

  await page.keyboard.press('7');
  await page.keyboard.press('t');
  await expect(journal.dialog.getByRole('radio', { name: '30 min ago', exact: true })).toBeChecked();
  await expect(journal.dialog.getByText(`Started ${STARTED}.`)).toBeVisible();

  await journal.dialog.getByText('Where, what kind').click();
  await journal.toggle('Heat');
  await expect(journal.dialog.getByText(LATER_NOTE)).toBeVisible();

  // Typed into the fields, letters and digits are text: neither the start nor the pain changes. These
  // two are refused, and the form keeps them.
  await journal.field('Pain after (0-10)').click();
  await page.keyboard.type('12');
  await journal.field('After how many minutes').click();
  await page.keyboard.type('20m');
  await journal.save();
  await expect(journal.dialog.getByText('Use a whole number from 0 to 10, or leave it empty.')).toBeVisible();
  await expect(journal.dialog.getByText(/^Use minutes from 0 to/)).toBeVisible();
  await expect(journal.field('Pain after (0-10)')).toHaveValue('12');
  await expect(journal.field('After how many minutes')).toHaveValue('20m');
  await expect(journal.dialog.getByRole('radio', { name: '30 min ago', exact: true })).toBeChecked();
  await expect(journal.dialog.getByText('Chosen: 7 (severe).')).toBeVisible();

  await journal.field('Pain after (0-10)').fill('3');
  await journal.field('After how many minutes').fill('20');
  await expect(journal.dialog.getByText(LATER_NOTE)).toHaveCount(0);
  await journal.save();
  await expect(journal.dialog).toHaveCount(0);

  const card = journal.episode('pain 7 of 10');
  await expect(card.getByRole('heading')).toContainText(`${STARTED} · pain 7 of 10`);
  await expect(card).toContainText('Heat (7 → 3 after 20 min)');
  await page.reload();
  await expect(journal.episode('pain 7 of 10').getByRole('heading')).toContainText(STARTED);
  await expect(journal.episode('pain 7 of 10')).toContainText('Heat (7 → 3 after 20 min)');
});

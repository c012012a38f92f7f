import { expect, localTime, test } from './fixtures';
import type { Episode } from '../../src/shared/model';
import { EMERGENCY_ACTION, RED_FLAGS } from '../../src/shared/taxonomy/redFlags';
import { JournalPage } from './journalPage';

test('a recorded red flag shows its advice at once and stays on the episode after reload', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('6');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  // Choosing the numbness quality ticks the matching red flag.
  await journal.toggle('Numbness or tingling');
  await expect(
    journal.dialog.getByRole('button', { name: 'Numbness or tingling in arms, hands or feet', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await journal.toggle('Night pain, or pain not eased by rest or changing position');
  await journal.save();

  const notice = page.getByRole('dialog', { name: 'Please take note' });
  await expect(notice).toContainText('Numbness or tingling in arms, hands or feet · See a doctor soon');
  await expect(notice).toContainText('Contact your doctor (GP)');
  await notice.getByRole('button', { name: 'I understand' }).click();

  await page.reload();
  const card = journal.episode('pain 6 of 10');
  await expect(card.getByTestId('red-flag-advice')).toContainText('Warning signs noted with this episode');
  await expect(card.getByTestId('red-flag-advice')).toContainText('Night pain, or pain not eased by rest');
});

test('an emergency sign says to get help now', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.logWithWarningSigns('5', ['Difficulty breathing']);
  const notice = page.getByRole('alertdialog', { name: 'Get help now' });
  await expect(notice).toContainText('Difficulty breathing · Get help now');
  await expect(notice).toContainText(
    'Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department now.',
  );
  await expect(page.getByRole('dialog', { name: 'Please take note' })).toHaveCount(0);
});

test('with both kinds of sign, the urgent one comes first in an urgent alert; routine ones stay calm', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.logWithWarningSigns('5', ['Fever or chills', 'Difficulty breathing']);
  const notice = page.getByRole('alertdialog', { name: 'Get help now' });
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  const act = text.indexOf('Call your local emergency number');
  const urgent = text.indexOf('Difficulty breathing · Get help now');
  const routine = text.indexOf('Fever or chills · See a doctor soon');
  expect(act).toBeGreaterThanOrEqual(0);
  expect(urgent).toBeGreaterThan(act);
  expect(routine).toBeGreaterThan(urgent);
  // The urgent frame is the danger colour, not the calm border the routine notice uses.
  const frame = await notice.evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(frame).toBe('3px');
  await notice.getByRole('button', { name: 'I understand' }).click();
  await expect(notice).toHaveCount(0);
});

test('pain of 8 or more on three days in a row raises a notice', async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  const days = ['2026-11-18', '2026-11-19', '2026-11-20'];
  const episodes: Episode[] = days.map((day, index) => ({
    id: `5e5e5e5e-0000-4000-8000-00000000000${index}`,
    startedAt: `${day}T09:00:00.000Z`,
    endedAt: null,
    intensity: 8 + (index % 2),
    regions: [],
    qualities: [],
    triggers: [],
    remedies: [],
    redFlags: [],
    notes: '',
    createdAt: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    deletedAt: null,
    followUp: null,
    followUpSnoozedUntil: null,
    followUpDismissedAt: null,
  }));
  await journal.seed(episodes);
  const flag = page.getByTestId('automatic-flag');
  await expect(flag).toContainText('Severe pain several days in a row · See a doctor soon');
  await expect(flag).toContainText('18 to 20 November');

  // The report lists the streak and does not then say there were no warning signs.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const report = page.getByTestId('report-document');
  await expect(report).toContainText('Severe pain 3 days in a row');
  await expect(report).toContainText('No warning signs were ticked on an episode in this period.');
  await expect(report).not.toContainText('None recorded in this period.');
});

test('Help lists every warning sign the forms ask about, under the urgency its notice gives', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Help' }).click();
  const now = page.getByRole('list', { name: 'Get help now' });
  const soon = page.getByRole('list', { name: 'See a doctor soon' });
  await expect(now.getByRole('listitem')).toHaveText([
    'Difficulty breathing',
    'Chest pain, or pain on effort with breathlessness, sweating or nausea',
    'Loss of bladder or bowel control, or numb buttocks or genitals',
  ]);
  await expect(soon.getByRole('listitem')).toHaveCount(RED_FLAGS.length - 3);
  for (const flag of RED_FLAGS.filter((f) => f.urgency === 'soon'))
    await expect(soon.getByText(flag.label, { exact: true })).toBeVisible();
  await expect(page.getByText(EMERGENCY_ACTION, { exact: true })).toBeVisible();
  await expect(page.getByText(/\bcauses\b/)).toHaveCount(0);
});

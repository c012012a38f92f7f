import { expect, localTime, test } from './fixtures';
import { checkIn, ownFactor } from '../fixtures/builders';
import { JournalPage } from './journalPage';

// 20:30 on Saturday 21 November 2026, wherever the suite runs: after the default 19:00 check-in reminder.
const EVENING = localTime('2026-11-21T20:30');

test(
  'a check-in filled by keyboard only, with fields left not recorded, shows them so after reload',
  { tag: '@time' },
  async ({ page }) => {
    await page.clock.setFixedTime(EVENING);
    const journal = new JournalPage(page);
    await journal.open();

    // The evening prompt leads to today's check-in.
    await expect(page.getByTestId('check-in-prompt')).toContainText('Today’s check-in is still empty');
    await page.getByRole('button', { name: 'Fill in today’s check-in' }).click();
    await expect(page.getByRole('heading', { name: /Saturday,? 21 November 2026/ })).toBeVisible();

    // Keyboard only: the first field has focus; Tab moves on; Ctrl+Enter saves.
    await expect(page.getByLabel('Overall pain today (0-10)')).toBeFocused();
    await page.keyboard.type('0'); // no pain today: 0, which is not the same as not recorded
    await page.keyboard.press('Tab');
    await page.keyboard.type('6.5'); // sleep hours
    await page.keyboard.press('Tab'); // sleep quality: leave not recorded
    await page.keyboard.press('Tab');
    await page.keyboard.type('8'); // water, glasses
    await page.keyboard.press('Tab');
    await page.keyboard.type('7'); // stress
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('status')).toContainText('Check-in for');

    await page.reload();
    await page.getByRole('button', { name: 'Check-in', exact: true }).click();
    const row = page.getByTestId('check-in-table').getByRole('row', { name: /21 Nov 2026/ });
    await expect(row.getByRole('cell')).toHaveText([
      '0/10',
      '6.5 h',
      '8 glasses',
      '7/10',
      'Not recorded', // mood
      'Not recorded', // energy
      'Not recorded',
      'Not recorded',
      'Not recorded',
      'Edit',
    ]);
    await expect(page.getByLabel('Overall pain today (0-10)')).toHaveValue('0');
    await expect(page.getByLabel('Desk or screen hours')).toHaveValue('');

    // With today's check-in done, the journal no longer asks for it.
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    await expect(page.getByTestId('check-in-prompt')).toHaveCount(0);
  },
);

test('a refused check-in keeps what was typed and says why', async ({ page }) => {
  await page.clock.setFixedTime(EVENING);
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByLabel('Overall pain today (0-10)').fill('12');
  await page.getByLabel('Workout effort (0-10)').fill('5');
  await page.getByLabel('Notes').fill('Long day');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('2 things need a look')).toBeVisible();
  await expect(page.getByText('Choose the kind of workout first, or clear the effort.')).toBeVisible();
  await expect(page.getByLabel('Notes')).toHaveValue('Long day');
  await page.getByLabel('Overall pain today (0-10)').fill('4');
  await page.getByLabel('Workout', { exact: true }).selectOption({ label: 'Rowing or rows' });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('check-in-table').getByRole('row', { name: /21 Nov 2026/ })).toContainText(
    'Rowing or rows, effort 5/10',
  );
});

test(
  'after midnight the check-in opens on yesterday when yesterday is missing',
  { tag: '@time' },
  async ({ page }) => {
    await page.clock.setFixedTime(localTime('2026-11-22T00:40'));
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'Check-in', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Saturday,? 21 November 2026/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yesterday' })).toHaveAttribute('aria-pressed', 'true');
  },
);

test('a withdrawal period fills in the day number in the check-in and shows on the timeline', async ({
  page,
}) => {
  await page.clock.setFixedTime(EVENING);
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Substance').selectOption({ label: 'Alcohol' });
  await page.getByLabel('Day you stopped').fill('2026-11-12');
  await page.getByRole('button', { name: 'Add period' }).click();
  await expect(page.getByText('Alcohol: stopped 2026-11-12, ongoing')).toBeVisible();

  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await expect(page.getByLabel('Withdrawal day')).toHaveValue('10');
  await expect(page.getByLabel('Stopping a substance')).toHaveValue('alcohol');
  await page.getByLabel('Overall pain today (0-10)').fill('5');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('saved');

  await page.getByRole('button', { name: 'Withdrawal' }).click();
  await expect(page.getByTestId('withdrawal-period-summary')).toHaveText(
    'Day 10 of this period, with pain ratings on 1 day, averaging 5 out of 10. After two weeks this compares the first week with the latest.',
  );
  const chart = page.getByTestId('withdrawal-period').getByRole('application');
  await expect(chart).toBeVisible();
  // One rated day, so one dot: the check-in's pain on day 10.
  await expect(chart.locator('.recharts-line-dot')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show as table' }).click();
  const rows = page.getByTestId('withdrawal-period-table').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.last()).toContainText('2026-11-21');
  await expect(rows.last()).toContainText('5');
});

test('the recent check-ins show mood, energy and factors of your own, with a blank kept apart from 0', async ({
  page,
}) => {
  await page.clock.setFixedTime(EVENING);
  const journal = new JournalPage(page);
  await journal.open();
  const phone = ownFactor('c4ecc4ec-0000-4000-8000-000000000001', 'Hours on the phone', 'number', {
    unit: 'hours',
  });
  const backpack = ownFactor('c4ecc4ec-0000-4000-8000-000000000002', 'Backpack', 'yes-no');
  await journal.seed(
    [],
    [
      checkIn('2026-11-20', { mood: 0, energy: null, ownValues: { [phone.id]: 3, [backpack.id]: 1 } }),
      checkIn('2026-11-19', { mood: null, energy: 6, ownValues: { [backpack.id]: 0 } }),
    ],
    [phone, backpack],
  );
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  const table = page.getByTestId('check-in-table');
  await expect(table.getByRole('row')).toHaveCount(3);
  const headers = await table.getByRole('columnheader').allTextContents();
  const cellOf = async (day: string, column: string) =>
    (
      await table
        .getByRole('row', { name: new RegExp(day) })
        .locator('th, td')
        .allTextContents()
    )[headers.indexOf(column)];
  expect([await cellOf('20 Nov 2026', 'Mood'), await cellOf('20 Nov 2026', 'Energy')]).toEqual([
    '0/10',
    'Not recorded',
  ]);
  expect([await cellOf('19 Nov 2026', 'Mood'), await cellOf('19 Nov 2026', 'Energy')]).toEqual([
    'Not recorded',
    '6/10',
  ]);
  expect([
    await cellOf('20 Nov 2026', 'Hours on the phone'),
    await cellOf('20 Nov 2026', 'Backpack'),
  ]).toEqual(['3 hours', 'Yes']);
  expect([
    await cellOf('19 Nov 2026', 'Hours on the phone'),
    await cellOf('19 Nov 2026', 'Backpack'),
  ]).toEqual(['Not recorded', 'No']);
});

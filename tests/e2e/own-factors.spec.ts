import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, localTime, test } from './fixtures';
import { JournalPage } from './journalPage';

/** The same WCAG 2 A/AA scan as accessibility.spec.ts, on the new section and fields. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

// 20:30 on Saturday 21 November 2026.
const EVENING = localTime('2026-11-21T20:30');

test('factors of your own: added in Settings, filled in through the check-in, renamed and archived', async ({
  page,
}) => {
  await page.clock.setFixedTime(EVENING);
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();

  const add = page.getByRole('form', { name: 'Add a factor of your own' });
  await add.getByLabel('Factor name').fill('Cups of coffee');
  await add.getByLabel('How you record it').selectOption({ label: 'A number' });
  await add.getByLabel('Unit (optional)').fill('cups');
  await add.getByRole('button', { name: 'Add factor' }).click();
  // Typed straight away, while the first may still be saving: the save clears only what it sent.
  await add.getByLabel('Factor name').fill('Carried a backpack');
  await add.getByLabel('How you record it').selectOption({ label: 'Yes or no' });
  await expect(add.getByLabel('Unit (optional)')).toHaveCount(0);
  await expect(add.getByLabel('Factor name')).toHaveValue('Carried a backpack');
  await add.getByRole('button', { name: 'Add factor' }).click();
  await expect(add.getByLabel('Factor name')).toHaveValue('');
  // A name already in use is refused and stays typed.
  await add.getByLabel('Factor name').fill('cups of COFFEE');
  await add.getByLabel('How you record it').selectOption({ label: '0 to 10' });
  await add.getByRole('button', { name: 'Add factor' }).click();
  await expect(add.getByText('You already track “Cups of coffee”. Choose another name.')).toBeVisible();
  await expect(add.getByLabel('Factor name')).toHaveValue('cups of COFFEE');
  await expect(page.getByTestId('own-factors-capacity')).toHaveText(
    'No check-ins to compare yet, so nothing can be tested so far. You track 2 of your own.',
  );

  // Yesterday's check-in, through the form.
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByRole('button', { name: 'Yesterday' }).click();
  await page.getByLabel('Overall pain yesterday (0-10)').fill('4');
  await page.getByLabel('Mood (0 = very low, 10 = very good)').fill('0');
  await page.getByLabel('Energy (0 = exhausted, 10 = full of energy)').fill('7');
  await page.getByLabel('Cups of coffee (cups)').fill('2.5');
  await page.getByLabel('Carried a backpack').selectOption({ label: 'Yes' });
  await expectNoViolations(page);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('saved');

  // Rename in Settings: the value stays with the factor.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Rename Cups of coffee' }).click();
  await page.getByLabel('New name for Cups of coffee').fill('Coffee');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Archive Carried a backpack' }).click();
  await expect(page.getByText('Archived (1)')).toBeVisible();
  await page.getByText('Archived (1)').click();
  await expect(page.getByText('Everything you recorded for them is kept.')).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByRole('button', { name: 'Yesterday' }).click();
  await expect(page.getByLabel('Coffee (cups)')).toHaveValue('2.5');
  await expect(page.getByLabel('Mood (0 = very low, 10 = very good)')).toHaveValue('0');
  await expect(page.getByLabel('Carried a backpack')).toHaveCount(0);
});

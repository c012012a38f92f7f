import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { testCapacity } from '../../src/shared/analysis/capacity';
import { capacitySentence } from '../../src/shared/analysis/wording';
import { parseCsv } from '../../src/shared/csv/parse';
import { addCalendarDays } from '../../src/shared/dates';
import { expect, localTime, newPinnedContext, test } from './fixtures';
import { JournalPage } from './journalPage';

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

  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByRole('button', { name: 'Yesterday' }).click();
  await expect(page.getByLabel('Coffee (cups)')).toHaveValue('2.5');
  await expect(page.getByLabel('Mood (0 = very low, 10 = very good)')).toHaveValue('0');
  await expect(page.getByLabel('Carried a backpack')).toHaveCount(0);
});

async function download(page: Page, button: RegExp): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile(await (await downloading).path(), 'utf8');
}

async function addFactor(page: Page, name: string, kind: string, unit?: string): Promise<void> {
  const add = page.getByRole('form', { name: 'Add a factor of your own' });
  await add.getByLabel('Factor name').fill(name);
  await add.getByLabel('How you record it').selectOption({ label: kind });
  if (unit !== undefined) await add.getByLabel('Unit (optional)').fill(unit);
  await add.getByRole('button', { name: 'Add factor' }).click();
  await expect(page.getByRole('status')).toContainText(`“${name}” added to your check-in.`);
}

/** The 30 days up to and including 21 November, oldest first, and what is typed for each. */
const DAYS = Array.from({ length: 30 }, (_, i) => {
  const phone = [0.5, 1, 1.5, 2, 4.5, 6][i % 6] ?? 0;
  return {
    day: addCalendarDays('2026-10-23', i),
    phone: String(phone),
    pain: String(phone > 3 ? 5 : 2 + (i % 2)),
  };
});

test('a factor of your own, filled in for 30 days through the check-in, shows in Trends and Insights, exports and restores', async ({
  page,
  browser,
}) => {
  // 30 check-ins typed, two downloads and a restore: about 20 s alone, past the 30 s default when the
  // 2-core machine runs other specs beside it.
  test.slow();
  await page.clock.setFixedTime(EVENING);
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await addFactor(page, 'Hours on the phone', 'A number', 'hours');
  await addFactor(page, 'Carried a bag', 'Yes or no');
  await page.getByRole('button', { name: 'Archive Carried a bag' }).click();
  await expect(page.getByText('Archived (1)')).toBeVisible();

  // Each day picked in the check-in's own day field, then only the factor and the day's pain.
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  for (const { day, phone, pain } of DAYS) {
    await page.getByLabel('Day', { exact: true }).fill(day);
    const form = page.getByRole('form', { name: `Check-in for ${day}` });
    await expect(page.getByText('not filled in yet')).toBeVisible();
    await form.getByLabel(/^Overall pain .*\(0-10\)$/).fill(pain);
    await form.getByLabel('Hours on the phone (hours)').fill(phone);
    await form.getByLabel('Hours on the phone (hours)').press('Control+Enter');
    await expect(page.getByText('saved, you can change it')).toBeVisible();
  }

  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hours on the phone and pain' })).toBeVisible();
  const summary = page.locator('[data-testid^="context-own-"][data-testid$="-summary"]');
  await expect(summary).toHaveCount(1);
  await expect(summary).toContainText('30 days with both recorded');
  await expect(summary).toContainText('Hours on the phone');

  // 30 rated days; the family is the 4 built-in factors defined without other fields (workouts the same
  // and the next day, water, sleep) and both factors of your own, the archived one too.
  const honest = capacitySentence(testCapacity(30, 6));
  await page.getByRole('button', { name: 'Insights' }).click();
  await expect(page.getByTestId('test-capacity')).toHaveText(honest);
  // 10 of the 30 days are its top third (4.5 and 6 hours), so it is tested; the archived one is not shown.
  await expect(
    page
      .getByTestId('factor-list')
      .getByTestId('factor')
      .filter({ hasText: '“Hours on the phone” is a factor you chose to track' }),
  ).toHaveCount(1);
  await expect(page.getByText(/Carried a bag/)).toHaveCount(0);
  await expect(page.getByText(/\bcaus/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('own-factors-capacity')).toContainText(honest);
  const csv = parseCsv(await download(page, /^Save check-ins as CSV \(30\)/));
  const column = csv.headers.indexOf('Hours on the phone (hours)');
  expect(column).toBeGreaterThan(0);
  expect(csv.headers).toContain('Carried a bag');
  expect(csv.rows.map((row) => [row[0], row[column]])).toEqual(DAYS.map(({ day, phone }) => [day, phone]));
  const backup = await download(page, /^Save backup$/);

  // A fresh profile: an empty journal, the backup restored into it.
  const context = await newPinnedContext(browser);
  const other = await context.newPage();
  await other.clock.setFixedTime(EVENING);
  await new JournalPage(other).open();
  await other.getByRole('button', { name: 'Settings' }).click();
  await other.getByLabel('Restore from a backup file…').setInputFiles({
    name: 'journal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup, 'utf8'),
  });
  await other.getByLabel(/^Replace/).check();
  await other.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(other.getByRole('status')).toContainText('Restored');
  await expect(other.getByRole('list', { name: 'Your factors' }).getByRole('listitem')).toHaveText([
    /^Hours on the phone \(a number, in hours\)/,
  ]);
  await expect(other.getByText('Archived (1)')).toBeVisible();
  await other.getByText('Archived (1)').click();
  await expect(other.getByRole('list', { name: 'Archived factors' })).toContainText(
    'Carried a bag (yes or no)',
  );
  await expect(other.getByTestId('own-factors-capacity')).toContainText(honest);
  await expect(other.getByRole('button', { name: /^Save check-ins as CSV \(30\)/ })).toBeVisible();
  const restored = parseCsv(await download(other, /^Save check-ins as CSV/));
  expect(restored.rows.map((row) => [row[0], row[column]])).toEqual(
    DAYS.map(({ day, phone }) => [day, phone]),
  );

  await other.getByRole('button', { name: 'Check-in', exact: true }).click();
  await other.getByLabel('Day', { exact: true }).fill('2026-11-01');
  await expect(
    other.getByRole('form', { name: 'Check-in for 2026-11-01' }).getByLabel('Hours on the phone (hours)'),
  ).toHaveValue(DAYS.find((d) => d.day === '2026-11-01')?.phone ?? 'missing');
  await context.close();
});

test('a name typed while the previous factor is still saving is kept', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const add = page.getByRole('form', { name: 'Add a factor of your own' });
  await add.getByLabel('Factor name').fill('Hours on the phone');
  await add.getByLabel('How you record it').selectOption({ label: 'A number' });
  await add.getByLabel('Unit (optional)').fill('hours');

  // Hold the factors' store in a transaction of our own, so the save waits until it is let go: a slow
  // disk, made certain.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('ownFactors', 'readwrite').objectStore('ownFactors');
          const hold = (): void => {
            if ((window as { letGo?: boolean }).letGo) return db.close();
            store.count().onsuccess = hold;
          };
          hold();
          resolve();
        };
      }),
  );
  await add.getByRole('button', { name: 'Add factor' }).click();
  await add.getByLabel('Factor name').fill('Carried a bag');
  await expect(page.getByRole('status')).not.toContainText('added to your check-in');
  await expect(add.getByLabel('Factor name')).toHaveValue('Carried a bag');
  await page.evaluate(() => {
    (window as { letGo?: boolean }).letGo = true;
  });

  await expect(page.getByRole('status')).toContainText('“Hours on the phone” added to your check-in.');
  await expect(page.getByRole('list', { name: 'Your factors' })).toContainText('Hours on the phone');
  await expect(add.getByLabel('Factor name')).toHaveValue('Carried a bag');
  // What was sent with it is emptied: the next factor is chosen afresh.
  await expect(add.getByLabel('How you record it')).toHaveValue('');
});

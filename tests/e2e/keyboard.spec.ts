import { expect, test, type Page } from './fixtures';
import { JournalPage } from './journalPage';

test('More details… puts focus on the chosen pain, not on 0 where an arrow key would change it', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('7');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await expect(journal.dialog.getByRole('radio', { name: '7' })).toBeFocused();
  await expect(journal.dialog.getByText('Chosen: 7 (severe).')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(journal.dialog.getByText('Chosen: 7 (severe).')).toBeVisible();
});

test('arrow keys in “Add something you tried” add nothing; Enter or Add adds one', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('5');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  const picker = journal.dialog.getByLabel('Add something you tried');
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(journal.dialog.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(journal.dialog.getByRole('button', { name: /^Remove / })).toHaveCount(1);
  await picker.selectOption({ label: 'Water' });
  await journal.dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(journal.dialog.getByRole('button', { name: 'Remove Water' })).toHaveCount(1);
  await expect(journal.dialog.getByRole('button', { name: /^Remove / })).toHaveCount(2);
});

test('no field reached with Tab is hidden behind the Save bar in a small window', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('4');
  await journal.dialog.getByRole('button', { name: 'More details…' }).click();
  const bar = journal.dialog.locator('.dialog-actions');
  const hidden: string[] = [];
  // Tab forward from the pain scale to Notes, the last field above the bar, checking each stop.
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await bar.evaluate((el) => el.contains(document.activeElement))) break;
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.tagName;
      return { name: label.trim(), bottom: box.bottom };
    });
    const barTop = (await bar.boundingBox())?.y ?? 0;
    if (stop.bottom > barTop + 1) hidden.push(stop.name);
  }
  await expect(journal.field('Notes')).not.toBeFocused();
  expect(hidden).toEqual([]);
});

/** Key presses as a person makes them: a chord such as Control+Enter is one press, typing "10" is two. */
class CountedKeys {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.count += text.length;
    await this.page.keyboard.type(text);
  }
}

test('a full entry by keyboard alone takes at most 25 key presses', async ({ page }) => {
  const journal = new JournalPage(page);
  const keys = new CountedKeys(page);
  await journal.open();

  await keys.press('Control+Shift+L');
  await expect(journal.dialog.getByRole('heading', { name: 'Log pain' })).toBeVisible();
  await keys.type('6');
  await keys.press('Alt+D'); // More details…
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();

  await keys.press('Alt+B'); // Where: the body figure
  await expect(journal.region('Neck')).toBeFocused();
  for (const key of ['ArrowDown', 'Space', 'ArrowUp', 'ArrowLeft', 'Space']) await keys.press(key);
  await keys.press('Tab'); // on to what it feels like
  await keys.press('Space');
  await expect(journal.dialog.getByRole('button', { name: 'Dull ache' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await keys.press('Alt+G'); // What was going on
  await keys.press('Space');
  await keys.press('Tab');
  await expect(journal.field('Type of workout')).toBeFocused();
  await keys.type('w'); // the first letter picks weightlifting
  await keys.press('Tab');
  await keys.type('7');

  await keys.press('Alt+T'); // What you tried
  await expect(journal.field('Add something you tried')).toBeFocused();
  await keys.type('h');
  await keys.press('Enter');
  await expect(journal.field('Pain before (0-10)')).toBeFocused();
  await keys.type('6');
  await keys.press('Tab');
  await keys.type('3');
  await keys.press('Control+Enter');
  await expect(journal.dialog).toHaveCount(0);

  test.info().annotations.push({ type: 'key presses', description: String(keys.count) });
  expect(keys.count).toBeLessThanOrEqual(25);

  await page.reload();
  const card = journal.episode('pain 6 of 10');
  await expect(card).toContainText('Where: Between the shoulder blades; Upper trapezius, left');
  await expect(card).toContainText('Felt: Dull ache');
  await expect(card).toContainText(
    'Going on: Workout or hard exercise (Weightlifting or strength training, effort 7/10)',
  );
  await expect(card).toContainText('Tried: Heat (6 → 3)');

  await card.getByRole('button', { name: /^Edit/ }).click();
  await expect(journal.region('Between the shoulder blades')).toBeChecked();
  await expect(journal.region('Upper trapezius, left')).toBeChecked();
  await expect(journal.region('Neck')).not.toBeChecked();
  await expect(journal.field('Type of workout').locator('option:checked')).toHaveText(
    'Weightlifting or strength training',
  );
  await expect(journal.field('Effort (0-10)')).toHaveValue('7');
  await expect(journal.field('Pain before (0-10)')).toHaveValue('6');
  await expect(journal.field('Pain after (0-10)')).toHaveValue('3');
});

test('the Alt keys are shown where they lead, work in the quick log too, and are listed in Help', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  const moreDetails = journal.dialog.getByRole('button', { name: 'More details…', exact: true });
  await expect(moreDetails).toHaveAttribute('aria-keyshortcuts', 'Alt+D');
  await expect(moreDetails.locator('kbd')).toHaveText('Alt+D');

  // The closed details say which key opens them, and Alt+B opens them and lands on the figure; the hint is
  // then also by the legend.
  const optional = journal.dialog.locator('summary', { hasText: 'Where, what kind' });
  await expect(optional).toHaveAttribute('aria-keyshortcuts', 'Alt+B');
  await expect(optional.locator('kbd')).toHaveText('Alt+B');
  await page.keyboard.press('Alt+B');
  await expect(journal.region('Neck')).toBeFocused();
  await expect(journal.region('Neck')).toHaveAttribute('aria-keyshortcuts', 'Alt+B');
  await expect(journal.dialog.locator('.body-picker-legend kbd')).toHaveText('Alt+B');
  // A row of toggles is one stop: Tab from the figure goes to the first feeling, Tab again leaves the row.
  await page.keyboard.press('Tab');
  const dullAche = journal.dialog.getByRole('button', { name: 'Dull ache' });
  await expect(dullAche).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(journal.dialog.getByRole('button', { name: 'Sharp or stabbing' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(journal.dialog.getByRole('button', { name: 'Workout or hard exercise' })).toBeFocused();
  // Shift+Tab comes back to where focus was in the row.
  await page.keyboard.press('Shift+Tab');
  await expect(journal.dialog.getByRole('button', { name: 'Sharp or stabbing' })).toBeFocused();

  await page.keyboard.press('Alt+T');
  await expect(journal.dialog.getByRole('button', { name: 'Heat' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Alt+K');
  await expect(journal.dialog.getByRole('button', { name: 'Sharp or stabbing' })).toBeFocused();
  // Alt+T is not T, the start letter for 30 minutes ago.
  await expect(journal.dialog.getByRole('radio', { name: 'now', exact: true })).toBeChecked();

  await page.keyboard.press('3');
  await page.keyboard.press('Alt+D');
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await expect(journal.dialog.getByRole('button', { name: 'Remove Heat' })).toBeVisible();
  await page.keyboard.press('Alt+T');
  await expect(journal.field('Add something you tried')).toBeFocused();
  await expect(journal.field('Add something you tried')).toHaveAttribute('aria-keyshortcuts', 'Alt+T');
  await page.keyboard.press('Alt+G');
  await expect(journal.dialog.getByRole('button', { name: 'Workout or hard exercise' })).toBeFocused();
  await page.keyboard.press('Escape');
  await journal.dialog.getByRole('button', { name: 'Discard' }).click();

  await page.getByRole('button', { name: 'Help' }).click();
  const keys = page.getByRole('table', { name: 'Keyboard shortcuts' });
  const rows: readonly (readonly [string, string])[] = [
    ['Alt+D', 'More details…'],
    ['Alt+B', 'Where'],
    ['Alt+K', 'What it feels like'],
    ['Alt+G', 'What was going on'],
    ['Alt+T', 'What you tried'],
  ];
  for (const [key, what] of rows) {
    await expect(keys.getByRole('row').filter({ hasText: key })).toContainText(what);
  }
});

test('after a form or its notice closes, focus is on Log pain, so the next Tab does not start from the top', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  const logPain = page.getByRole('button', { name: /^Log pain/ });

  // Opened by its shortcut (focus was nowhere), saved by keyboard.
  await page.keyboard.press('Control+Shift+L');
  await page.keyboard.press('5');
  await page.keyboard.press('Control+Enter');
  await expect(journal.dialog).toHaveCount(0);
  await expect(logPain).toBeFocused();

  // The quick log led to the full form, and the quick log is gone when the full form closes.
  await page.keyboard.press('Control+Shift+L');
  await page.keyboard.press('4');
  await page.keyboard.press('Alt+D');
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(journal.dialog).toHaveCount(0);
  await expect(logPain).toBeFocused();

  // A warning sign's notice, read and closed.
  await page.keyboard.press('Control+Shift+L');
  await page.keyboard.press('6');
  await journal.dialog.getByText('Where, what kind').click();
  await journal.dialog.getByRole('button', { name: 'Difficulty breathing', exact: true }).click();
  await page.keyboard.press('Control+Enter');
  const alert = page.getByRole('alertdialog', { name: 'Get help now' });
  await alert.getByRole('button', { name: 'I understand' }).click();
  await expect(alert).toHaveCount(0);
  await expect(logPain).toBeFocused();
});

test('each screen opens at its top, not where the last one was scrolled to', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.setViewportSize({ width: 1024, height: 600 });
  const nav = page.getByRole('navigation', { name: 'Main' });
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  // Both screens are long, so a kept scroll position would show (a short one is always at its top).
  for (const [from, to] of [
    ['Help', 'Settings'],
    ['Settings', 'Help'],
  ] as const) {
    await nav.getByRole('button', { name: from, exact: true }).click();
    await expect.poll(pageHeight).toBeGreaterThan(1500);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    await nav.getByRole('button', { name: to, exact: true }).click();
    await expect.poll(pageHeight).toBeGreaterThan(1500);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }
});

test('Enter in a field of the full form does not save it half-filled; Ctrl+Enter does', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('6');
  await page.keyboard.press('Alt+D');
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await journal.field('Notes').fill('Stiff after the gym');
  await page.keyboard.press('Alt+G');
  await page.keyboard.press('Space'); // the first of what was going on: a workout
  const effort = journal.field('Effort (0-10)');
  await effort.fill('7');
  await effort.press('Enter');
  await expect(journal.dialog.getByRole('heading', { name: 'New episode' })).toBeVisible();
  await expect(effort).toHaveValue('7');
  await expect(journal.episodes).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(journal.dialog).toHaveCount(0);
  await expect(journal.episode('pain 6 of 10')).toContainText('effort 7/10');
});

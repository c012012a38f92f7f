import { mkdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage } from './journalPage';

const SHOTS = '/tmp/shots-keys';

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at ${size.width}×${size.height} (${colorScheme}) every screen sits on one line in the side bar`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      const journal = new JournalPage(page);
      await journal.open();
      const nav = page.getByRole('navigation', { name: 'Main' });
      const entries = nav.getByRole('button');
      await expect(entries).toHaveCount(10);
      const lineHeight = await entries
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
      const boxes = await entries.evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return {
            x: box.x,
            inner: box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 2,
          };
        }),
      );
      expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
      for (const box of boxes) expect(box.inner).toBeLessThan(lineHeight * 1.5);
      await expect(nav.getByRole('button', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');

      // A long page: Help. After scrolling to its foot, Log pain is still on screen.
      await nav.getByRole('button', { name: 'Help' }).click();
      await expect(nav.getByRole('button', { name: 'Help' })).toHaveAttribute('aria-current', 'page');
      await page.mouse.wheel(0, 5000);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const logPain = page.getByRole('button', { name: /^Log pain/ });
      await expect(logPain).toBeInViewport();
      // Its shortcut is shown whole, not cut off at the side bar's edge.
      expect(await logPain.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/help-${size.width}-${colorScheme}.png` });
      await nav.getByRole('button', { name: 'Journal' }).click();
      await journal.openQuickLog();
      await page.screenshot({ path: `${SHOTS}/quicklog-${size.width}-${colorScheme}.png` });
    });
  }
}

test('at 800 px the side bar becomes a compact top bar that still reaches every screen', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const journal = new JournalPage(page);
  await journal.open();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'About & privacy' }).click();
  await expect(nav.getByRole('button', { name: 'About & privacy' })).toHaveAttribute('aria-current', 'page');
  const header = await page.locator('.app-header').boundingBox();
  expect(header?.width).toBeGreaterThan(700);
  await page.screenshot({ path: `${SHOTS}/about-800-light.png` });
});

/** The box's top and bottom edges, so "in view" and "clear of the Save bar" read plainly below. */
async function edges(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return { top: box?.y ?? NaN, bottom: (box?.y ?? NaN) + (box?.height ?? NaN) };
}

test('at 1280×800, with "Where, what kind" open, the quick log shows the pain scale, the whole figure and Save', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await journal.dialog.getByText('Where, what kind').click();
  const figure = journal.dialog.getByRole('group', { name: /^Where/ }).locator('svg');
  const save = journal.dialog.getByRole('button', { name: /^Save/ });
  await expect(figure).toBeInViewport({ ratio: 1 });
  await expect(save).toBeInViewport({ ratio: 1 });
  await expect(journal.dialog.getByRole('radiogroup', { name: 'Pain from 0 to 10' })).toBeInViewport({
    ratio: 1,
  });
  // In view is not enough: the sticky Save bar could cover the figure's lower half.
  const bar = await edges(journal.dialog.locator('.dialog-actions'));
  expect((await edges(figure)).bottom).toBeLessThanOrEqual(bar.top);
  expect(bar.bottom).toBeLessThanOrEqual(800);
});

// The desktop quick-log window is 460×600 (src/main/quickLogWindow.ts) including its title bar.
test('in the quick-log window, opening "Where, what kind" brings the whole figure into view above Save', async ({
  page,
}) => {
  await page.setViewportSize({ width: 460, height: 570 });
  await page.goto('/#quick-log');
  const dialog = page.getByRole('dialog', { name: 'Log pain' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('4');
  await dialog.getByText('Where, what kind').click();
  const figure = dialog.getByRole('group', { name: /^Where/ }).locator('svg');
  await expect(figure).toBeInViewport({ ratio: 1 });
  const bar = await edges(dialog.locator('.dialog-actions'));
  expect((await edges(figure)).bottom).toBeLessThanOrEqual(bar.top);
  expect(bar.bottom).toBeLessThanOrEqual(570);
  // Cancel keeps its word whole however tight the bar is: its words sit on one line.
  const cancelLines = await dialog.getByRole('button', { name: 'Cancel' }).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(cancelLines).toBe(1);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/quicklog-window-where.png` });
});

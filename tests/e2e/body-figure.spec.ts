import { expect, localTime, test, type Page } from './fixtures';
import { episode } from '../fixtures/builders';
import { JournalPage } from './journalPage';

// The size the quick log must fit: a common laptop screen.
test.use({ viewport: { width: 1280, height: 800 } });

async function openQuickLogDetails(journal: JournalPage, level: string) {
  await journal.openQuickLog();
  await journal.page.keyboard.press(level);
  await journal.dialog.getByText('Where, what kind').click();
}

async function smallestTargetSide(page: Page): Promise<number> {
  const boxes = await page
    .getByRole('group', { name: 'Where' })
    .getByRole('checkbox')
    .evaluateAll((targets) => targets.map((t) => t.getBoundingClientRect()));
  return Math.min(...boxes.map((b) => Math.min(b.width, b.height)));
}

test('an episode logged by clicking the body figure keeps its regions, shown on the history card', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await openQuickLogDetails(journal, '6');

  const where = journal.dialog.getByRole('group', { name: 'Where' });
  await expect(where.getByRole('checkbox')).toHaveCount(14);
  await expect(where).toContainText('None chosen yet.');
  expect(await smallestTargetSide(page)).toBeGreaterThanOrEqual(24);
  // The figure and the Save bar both fit on the screen.
  await expect(journal.dialog.getByRole('button', { name: /^Save/ })).toBeInViewport();

  await journal.toggleRegion('Between the shoulder blades');
  await journal.toggleRegion('Upper trapezius, left');
  await journal.toggleRegion('Chest');
  await journal.toggleRegion('Upper trapezius, left');
  await expect(journal.region('Upper trapezius, left')).not.toBeChecked();
  await expect(journal.region('Between the shoulder blades')).toBeChecked();
  await expect(where).toContainText('Chosen: Between the shoulder blades; Chest.');
  await journal.save();
  await expect(journal.dialog).toHaveCount(0);

  const card = journal.episode('pain 6 of 10');
  await expect(card).toContainText('Where: Between the shoulder blades; Chest');
  const thumbnail = card.getByTestId('body-thumbnail');
  await expect(thumbnail).toHaveAttribute('aria-hidden', 'true');
  await expect(thumbnail.locator('.figure-body')).toHaveCount(4); // a head and a body in each view
  await expect(thumbnail.locator('[data-region]')).toHaveCount(2);
  await expect(thumbnail.locator('[data-region="chest"]')).toHaveCount(1);

  // The full editor shows the same choice on the same figure.
  await card.getByRole('button', { name: /^Edit/ }).click();
  await expect(journal.region('Between the shoulder blades')).toBeChecked();
  await expect(journal.region('Chest')).toBeChecked();
  await expect(journal.region('Neck')).not.toBeChecked();
});

test('by keyboard alone the figure is one tab stop: arrows move between neighbours, Space and Enter tick', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.openQuickLog();
  await page.keyboard.press('4');
  await journal.dialog.locator('.quick-more summary').focus();

  const keys = [
    'Enter', // open the optional details
    'Tab', // onto the figure: the neck
    'ArrowDown', // between the shoulder blades
    'Space',
    'ArrowLeft', // the left shoulder blade (the person's left, on the viewer's left)
    'Space',
    'ArrowRight',
    'ArrowRight', // the right shoulder blade
    'ArrowRight', // the right shoulder
    'ArrowRight', // the chest, on the front view
    'Enter',
  ];
  for (const key of keys.slice(0, 2)) await page.keyboard.press(key);
  await expect(journal.region('Neck')).toBeFocused();
  for (const key of keys.slice(2)) await page.keyboard.press(key);
  expect(keys).toHaveLength(11);

  await expect(journal.region('Chest')).toBeFocused();
  await expect(journal.region('Chest')).toBeChecked();
  await expect(journal.region('Shoulder blade, left')).toBeChecked();
  await expect(journal.region('Between the shoulder blades')).toBeChecked();
  await expect(journal.region('Shoulder blade, right')).not.toBeChecked();
  // Enter ticked rather than saved the form.
  await expect(journal.dialog).toHaveCount(1);
  // Focus shows on the shape itself.
  await expect(journal.dialog.locator('[data-region="chest"] .figure-region')).toHaveCSS(
    'stroke-width',
    '4px',
  );

  // Only one region is a tab stop: Tab leaves the figure, Shift+Tab comes back to where it was.
  await page.keyboard.press('Tab');
  await expect(journal.dialog.getByRole('checkbox', { name: 'Chest' })).not.toBeFocused();
  await expect(page.locator(':focus')).not.toHaveAttribute('role', 'checkbox');
  await page.keyboard.press('Shift+Tab');
  await expect(journal.region('Chest')).toBeFocused();

  await journal.save();
  await expect(journal.dialog).toHaveCount(0);
  await expect(journal.episode('pain 4 of 10')).toContainText(
    'Where: Between the shoulder blades; Shoulder blade, left; Chest',
  );
});

test('the Trends body map and the report draw the whole outline, shaded where it hurt', async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed([
    episode('2026-11-20T09:00:00.000Z', 6, { regions: ['neck', 'chest'] }),
    episode('2026-11-19T09:00:00.000Z', 4, { regions: ['neck'] }),
  ]);

  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
  const map = page.getByTestId('body-map-chart-chart');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('svg .figure-body')).toHaveCount(4); // a head and a body in each view
  await expect(map.locator('svg text')).toHaveText(['Back', 'Left', 'Right', 'Front', 'Right', 'Left']);
  await expect(map.locator('[data-testid="region"]')).toHaveCount(14);
  await expect(map.locator('[data-testid="region"][data-level="0"]')).toHaveCount(12);
  await expect(map.locator('[data-testid="region"]').filter({ hasText: 'Neck: 2 episodes' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const report = page.getByTestId('report-document').locator('.report-body-map');
  await expect(report.locator('.figure-body')).toHaveCount(4);
  // Every region is drawn; only the two that hurt are shaded and titled.
  await expect(report.locator('.figure-region')).toHaveCount(14);
  await expect(report.locator('[data-testid="region"]')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(report.locator('svg')).toBeVisible();
  await expect(report.locator('.figure-body').first()).toHaveCSS('stroke', 'rgb(85, 85, 85)');
});

test('the History filter "Where" offers the figure’s regions by the same names, and finds what the figure chose', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await openQuickLogDetails(journal, '5');
  const onFigure = await journal.dialog
    .getByRole('group', { name: 'Where' })
    .getByRole('checkbox')
    .evaluateAll((targets) => targets.map((t) => t.getAttribute('aria-label') ?? ''));
  await journal.toggleRegion('Shoulder blade, right');
  await journal.save();
  await expect(journal.dialog).toHaveCount(0);
  await journal.logPain('3');

  const where = page.getByRole('search', { name: 'Filter episodes' }).getByLabel('Where');
  const inFilter = await where.locator('option').allTextContents();
  expect(inFilter[0]).toBe('Anywhere');
  expect(inFilter.slice(1).sort()).toEqual([...onFigure].sort());
  expect(onFigure).toHaveLength(14);

  await where.selectOption({ label: 'Shoulder blade, right' });
  await expect(journal.episode('pain 5 of 10')).toBeVisible();
  await expect(journal.episode('pain 3 of 10')).toHaveCount(0);
});

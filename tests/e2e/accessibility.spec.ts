import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ownFactor } from '../fixtures/builders';
import { expect, localTime, test, type Page } from './fixtures';
import { threeWeekJournal } from '../fixtures/threeWeekJournal';
import { syntheticEpisodes } from '../fixtures/syntheticJournal';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';
import { chooseCsv, openImport, TWO_NOTES_CSV } from './csvImportSteps';

const BEARABLE_SAMPLE = readFileSync(join(__dirname, '../fixtures/csv/bearable.csv'), 'utf8');

const a11yId = (n: number) => `a11ya11y-0000-4000-8000-00000000000${n}`;
/** One of each kind, and one archived. */
const OWN_FACTORS = [
  ownFactor(a11yId(1), 'Carried a backpack', 'yes-no'),
  ownFactor(a11yId(2), 'Neck tension', 'rating'),
  ownFactor(a11yId(3), 'Hours on the phone', 'number', { unit: 'hours' }),
  ownFactor(a11yId(4), 'Cups of coffee', 'number', { unit: 'cups', archivedAt: '2026-11-10T09:00:00.000Z' }),
];

/** Every control labelled, contrast sufficient, structure sound: axe's WCAG 2 A and AA rules. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('a screen that could not be opened passes an accessibility scan', async ({ page }) => {
      await page.route(/\/assets\/HelpScreen-[^/]+\.js$/, (route) => route.abort());
      const journal = new JournalPage(page);
      await journal.open();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Help', exact: true })
        .click();
      await expect(page.getByRole('heading', { name: 'This screen couldn’t be opened' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('the urgent "Get help now" alert, with a routine sign beneath it, passes an accessibility scan', async ({
      page,
    }) => {
      const journal = new JournalPage(page);
      await journal.open();
      await journal.logWithWarningSigns('5', ['Fever or chills', 'Difficulty breathing']);
      await expect(page.getByRole('alertdialog', { name: 'Get help now' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('the report, and its "Did it print?" question after printing, pass an accessibility scan', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        window.print = () => undefined;
      });
      const journal = new JournalPage(page);
      await journal.open();
      const data = threeWeekJournal((wallTime) => localTime(wallTime).toISOString());
      await journal.seed(data.episodes, data.checkIns, [], {
        measures: data.measures,
        psfsActivities: data.psfsActivities,
        withdrawalPeriods: data.withdrawalPeriods,
      });
      await page.getByRole('button', { name: 'Report', exact: true }).click();
      await expect(page.getByTestId('report-document')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Print or save as PDF…' }).click();
      await expect(page.getByRole('dialog', { name: 'Did it print?' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'No', exact: true })).toBeFocused();
      await expectNoViolations(page);
    });

    test('empty journal, quick log, editor, history and about pass an accessibility scan', async ({
      page,
    }) => {
      // Seventeen axe scans of 1-4 s each on a 2-core machine: about 20 s alone, but past 90 s when the
      // machine is busy with another run (seen in the time matrix), so it gets a generous budget of its own.
      test.setTimeout(240_000);
      const journal = new JournalPage(page);
      await journal.open();
      await expectNoViolations(page);

      await journal.openQuickLog();
      await page.keyboard.press('5');
      await journal.dialog.getByText('Where, what kind').click();
      // The body picker is part of this scan: its targets must be named checkboxes in a labelled group.
      await expect(journal.dialog.getByRole('group', { name: 'Where', exact: true })).toBeVisible();
      await expectNoViolations(page);

      await journal.dialog.getByRole('button', { name: 'More details…' }).click();
      await journal.toggle('Workout or hard exercise');
      await journal.toggle('Posture or position');
      await journal.field('Add something you tried').selectOption({ label: 'Heat' });
      await journal.dialog.getByRole('button', { name: 'Add', exact: true }).click();
      await journal.field('Effort (0-10)').fill('99');
      await expect(journal.dialog.getByRole('group', { name: 'Where', exact: true })).toBeVisible();
      await journal.save();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await journal.dialog.getByRole('button', { name: 'Discard' }).click();

      await journal.seed(
        syntheticEpisodes({ seed: 3, episodes: 40, until: new Date('2026-11-20T20:00:00Z'), days: 30 }),
      );
      await expect(journal.episodes.first()).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'About & privacy' }).click();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Substance').selectOption({ label: 'Alcohol' });
      await page.getByLabel('Day you stopped').fill('2026-11-01');
      await page.getByRole('button', { name: 'Add period' }).click();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Check-in', exact: true }).click();
      // The form asks about "yesterday" when it opens on yesterday (after midnight, yesterday still empty):
      // the time matrix runs this scan at 03:00.
      const overallPain = page.getByLabel(/^Overall pain (today|yesterday) \(0-10\)$/);
      await overallPain.fill('15');
      await page.keyboard.press('Control+Enter');
      await expectNoViolations(page);
      await overallPain.fill('5');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByTestId('check-in-table')).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Measures' }).click();
      await expectNoViolations(page);
      await page.getByLabel('Activity 1').fill('Lifting');
      await page.getByLabel('Activity 2').fill('Sitting');
      await page.getByLabel('Activity 3').fill('Sleeping');
      await page.getByRole('button', { name: 'Save activities' }).click();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Report', exact: true }).click();
      await expect(page.getByTestId('report-document')).toBeVisible();
      await page.getByLabel('From', { exact: true }).fill('2026-12-01');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Trends' }).click();
      await expect(page.getByTestId('trends-ready')).toBeVisible();
      await expectNoViolations(page);
      await page.getByTestId('pain-chart').getByRole('button', { name: 'Show as table' }).click();
      await expectNoViolations(page);
      // A period before the journal began: the notice with its "Show all" button.
      await page.getByRole('button', { name: 'Custom' }).click();
      await page.getByLabel('From', { exact: true }).fill('2020-01-01');
      await page.getByLabel('To', { exact: true }).fill('2020-01-31');
      await expect(page.getByTestId('empty-period')).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Insights' }).click();
      await expect(page.getByRole('heading', { name: 'What goes with your pain' })).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'How this works' }).click();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Withdrawal' }).click();
      await expect(page.getByTestId('withdrawal-period')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Show as table' }).click();
      await expectNoViolations(page);
    });

    test('factors of your own in Settings (one archived) and in the check-in pass an accessibility scan', async ({
      page,
    }) => {
      const journal = new JournalPage(page);
      await journal.open();
      await journal.seed([], [], OWN_FACTORS);

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByText('Archived (1)').click();
      await expect(page.getByRole('list', { name: 'Archived factors' })).toContainText('Cups of coffee');
      await page.getByRole('button', { name: 'Rename Neck tension' }).click();
      await page.getByLabel('New name for Neck tension').fill('Carried a backpack');
      await page.keyboard.press('Enter');
      await expect(
        page.getByText('You already track “Carried a backpack”. Choose another name.'),
      ).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Check-in', exact: true }).click();
      await expect(page.getByLabel('Carried a backpack')).toBeVisible();
      await page.getByLabel('Neck tension (0-10)').fill('12');
      await page.getByLabel('Hours on the phone (hours)').fill('2.5');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByLabel('Neck tension (0-10)')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page);
    });

    test('a CSV chosen in Restore and the CSV import’s day-or-month question pass an accessibility scan', async ({
      page,
    }) => {
      const journal = new JournalPage(page);
      await journal.open();
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Restore from a backup file…').setInputFiles({
        name: 'diary.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Date,Time,Pain\n03/11/2026,09:00,5\n04/11/2026,6:30 PM,3\n'),
      });
      await expect(page.getByTestId('restore-csv')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Import it as CSV' }).click();
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect(page.getByTestId('csv-date-question')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: /^Month first/ }).click();
      await expect(page.getByTestId('csv-preview')).toBeVisible();
      await expectNoViolations(page);
    });

    test('the CSV import: columns and values to choose, a preset, the preview and its problems pass a scan', async ({
      page,
    }) => {
      await openImport(page);
      await chooseCsv(page, 'diary.csv', TWO_NOTES_CSV);
      await expect(page.getByTestId('csv-not-imported')).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect(page.getByTestId('csv-preview-row')).toHaveCount(2);
      await expectNoViolations(page);

      await chooseCsv(page, 'gaps.csv', 'Date,Time,Pain level\n2026-11-10,08:30,7\n2026-11-11,09:00,\n');
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect(page.getByTestId('csv-problems')).toBeVisible();
      await expect(page.getByTestId('csv-left-out')).toBeVisible();
      await expectNoViolations(page);

      await chooseCsv(page, 'bearable.csv', BEARABLE_SAMPLE);
      await expect(page.getByTestId('csv-preset')).toBeVisible();
      await expectNoViolations(page);
    });

    test('the desktop extras pass too: help, shortcut and reminder settings, the quick-log window', async ({
      page,
    }) => {
      await installFakeDesktop(page);
      const journal = new JournalPage(page);
      await journal.open();
      await page.getByRole('button', { name: 'Help' }).click();
      await expect(page.getByRole('heading', { name: 'Help', level: 2 })).toBeVisible();
      await expectNoViolations(page);

      // The help's own "Settings" link goes where the navigation's button does.
      await page.getByRole('main').getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Change shortcut…' }).click();
      await page.keyboard.press('Control+Alt+K');
      await page.getByRole('button', { name: 'Use this shortcut' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page);

      // A changed hash alone does not reload the page; the desktop opens this address in a new window.
      await page.goto('/#quick-log');
      await page.reload();
      await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();
      await expectNoViolations(page);
      await page.keyboard.press('3');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Saved: pain 3' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test('everything is reachable by keyboard: log, edit and delete without a mouse', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.logPain('4');
  await expect(journal.episodes).toHaveCount(1);

  // Tab from the top of the page to the episode's Edit button.
  const edit = journal.episode('pain 4 of 10').getByRole('button', { name: /^Edit/ });
  for (let i = 0; i < 30 && !(await edit.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('6');
  await journal.save();
  await expect(journal.episode('pain 6 of 10')).toBeVisible();

  const remove = journal.episode('pain 6 of 10').getByRole('button', { name: /^Delete/ });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(journal.episodes).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(journal.episodes).toHaveCount(1);
});

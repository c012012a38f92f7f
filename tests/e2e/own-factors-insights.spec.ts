import { expect, localTime, test } from './fixtures';
import type { CheckIn } from '../../src/shared/checkIns';
import { addCalendarDays } from '../../src/shared/dates';
import type { OwnFactor } from '../../src/shared/ownFactors';
import { checkIn } from '../fixtures/builders';
import { createRandom } from '../fixtures/syntheticJournal';
import { JournalPage } from './journalPage';

const BACKPACK = 'b0b0b0b0-0000-4000-8000-000000000001';
const COFFEE = 'b0b0b0b0-0000-4000-8000-000000000002';
const made = '2026-07-01T09:00:00.000Z';
const OWN_FACTORS: OwnFactor[] = [
  {
    id: BACKPACK,
    name: 'Carried a backpack',
    kind: 'yes-no',
    unit: null,
    createdAt: made,
    updatedAt: made,
    archivedAt: null,
  },
  {
    id: COFFEE,
    name: 'Cups of coffee',
    kind: 'number',
    unit: 'cups',
    createdAt: '2026-07-01T09:01:00.000Z',
    updatedAt: made,
    archivedAt: null,
  },
];

/**
 * 120 days of check-ins up to 20 November: pain 2.5 points higher on backpack days (planted); coffee,
 * mood and energy recorded (with blanks) but moving nothing.
 */
function journal(): CheckIn[] {
  const random = createRandom(11);
  return Array.from({ length: 120 }, (_, index) => {
    const backpack = random() < 0.4 ? 1 : 0;
    const noise = (random() - 0.5) * 2;
    const ownValues: Record<string, number> = {};
    if (random() > 0.1) ownValues[BACKPACK] = backpack;
    if (random() > 0.1) ownValues[COFFEE] = Math.floor(random() * 5);
    return checkIn(addCalendarDays('2026-07-24', index), {
      overallPain: Math.max(0, Math.min(10, Math.round(3 + 2.5 * backpack + noise))),
      stress: Math.floor(random() * 11),
      sleepHours: 6 + Math.floor(random() * 3),
      mood: random() > 0.1 ? Math.floor(random() * 11) : null,
      energy: random() > 0.1 ? Math.floor(random() * 11) : null,
      ownValues,
    });
  });
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journalPage = new JournalPage(page);
  await journalPage.open();
  await journalPage.seed([], journal(), OWN_FACTORS);
});

test('Insights names a planted factor of your own, says it is one you track, and does not flag the other', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Insights' }).click();
  const backpack = page
    .getByTestId('factor')
    .filter({ hasText: 'is a factor you chose to track' })
    .filter({ hasText: 'Days you had “Carried a backpack”' });
  await expect(backpack).toContainText(/(Likely|Possible) contributing factor/);
  await expect(backpack).toContainText(
    /Days you had “Carried a backpack” went with more pain: about \d(\.\d)? points higher/,
  );
  await expect(backpack).toContainText('“Carried a backpack” is a factor you chose to track.');
  const coffee = page
    .getByTestId('factor')
    .filter({ hasText: '“Cups of coffee” is a factor you chose to track' });
  await expect(coffee).not.toContainText(/(Likely|Possible) contributing factor|goes with less pain/);
  // A number factor in its own words and unit, with one bracket: no "(your top third) (22 days…".
  await expect(coffee).toContainText(
    /Days with more “Cups of coffee” went with .*\(95% range [^()]*; your top third, \d+ or more cups; \d+ days with it, \d+ days without\)/,
  );
  await expect(coffee).toContainText('the back-pain guidance this journal draws on doesn’t mention it');
  await expect(
    page
      .getByTestId('factor')
      .filter({ hasText: /Days with low mood went with .*your bottom third, \d+ or less/ }),
  ).toHaveCount(1);
  await expect(page.getByTestId('test-capacity')).toContainText(
    /Your 120 days of check-ins can test about 12 factors together honestly/,
  );
  await expect(page.getByText(/\bcauses\b/)).toHaveCount(0);

  // Settings says the same capacity, in the same words, and what the factors tested are.
  const insightsSays = (await page.getByTestId('test-capacity').textContent()) ?? '';
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('own-factors-capacity')).toHaveText(
    `${insightsSays} That is 7 built in and 2 of your own.`,
  );
});

test('Trends charts mood, energy and each factor of your own against pain, each with a summary', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-ready')).toBeVisible();
  for (const id of ['context-mood', 'context-energy', `context-own-${BACKPACK}`, `context-own-${COFFEE}`]) {
    await expect(page.getByTestId(`${id}-summary`), id).toContainText(/\d+ days with both recorded/);
  }
  await expect(page.getByRole('heading', { name: 'Carried a backpack and pain' })).toBeVisible();
  await expect(page.getByTestId(`context-own-${BACKPACK}-summary`)).toContainText(
    /What Insights says: (Likely|Possible) contributing factor/,
  );
  const panel = page.getByTestId('context-mood');
  await panel.getByRole('button', { name: 'Show as table' }).click();
  await expect(panel.getByRole('button', { name: 'Show as chart' })).toBeVisible();
  await expect(panel.getByTestId('context-mood-table')).toBeVisible();
});

test('the report’s context lists mood, energy and the factors you track', async ({ page }) => {
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const report = page.getByTestId('report-document');
  await expect(report).toContainText('Mood (0-10), average');
  await expect(report).toContainText('Energy (0-10), average');
  await expect(report).toContainText('Carried a backpack (tracked by the patient)');
  await expect(report).toContainText(/yes on \d+ days of \d+ recorded/);
  await expect(report).toContainText('Cups of coffee, average (tracked by the patient)');
});

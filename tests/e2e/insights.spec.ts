import { expect, localTime, test } from './fixtures';
import { emptyTables, serializeBackup } from '../../src/shared/backup';
import { DAYS_PER_FACTOR } from '../../src/shared/analysis/capacity';
import { MIN_DAYS_EACH } from '../../src/shared/analysis/factors';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../fixtures/insightsJournal';
import { JournalPage } from './journalPage';

test('a journal imported as a backup shows its planted factor first, with what the documents say', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const { checkIns, episodes } = syntheticJournalForInsights(
    { ...BASE_SCENARIO, days: 90, workoutNextDayEffect: 2.5, baseline: 3 },
    7,
  );
  const backup = serializeBackup(
    { ...emptyTables(), checkIns, episodes },
    { appVersion: 'test', exportedAt: '2026-11-21T09:00:00.000Z' },
  );
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Restore from a backup file…').setInputFiles({
    name: 'synthetic.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await page.getByLabel(/^Replace/).check();
  await page.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Restored: ${episodes.length} episodes and 90 check-ins`,
  );

  await page.getByRole('button', { name: 'Insights' }).click();
  const first = page.getByTestId('factor').first();
  await expect(first).toContainText('Likely contributing factor');
  await expect(first).toContainText(
    /Days after a workout went with more pain: about \d(\.\d)? points higher \(95% range [\d.]+ to [\d.]+;/,
  );
  await expect(first).toContainText('This is a pattern in your records, not proof.');
  await first.getByText('What the back-pain guidance says about this').click();
  await expect(first.getByTestId('cause-explanation')).toContainText('Overuse');
  await expect(page.getByText(/\bcauses\b/)).toHaveCount(0);

  await page.getByRole('button', { name: 'How this works' }).click();
  await expect(page.getByRole('heading', { name: 'How insights work' })).toBeVisible();
  const ownFactors = page.getByRole('heading', { name: 'Mood, energy and factors of your own' });
  await expect(ownFactors).toBeVisible();
  const method = page.getByRole('region', { name: 'How insights work' });
  await expect(method).toContainText('from the day you create it, never chosen after looking');
  await expect(method).toContainText('One you archive is hidden here but stays in the group');
  await expect(method).toContainText(
    `at least ${MIN_DAYS_EACH} check-in days with it and ${MIN_DAYS_EACH} without`,
  );
  await expect(method).toContainText(`about ${DAYS_PER_FACTOR} days of check-ins for each factor`);
  await expect(page.getByText(/\bcauses\b/)).toHaveCount(0);
});

test('a journal with too little data says how many more days each comparison needs', async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const { checkIns, episodes } = syntheticJournalForInsights({ ...BASE_SCENARIO, days: 6 }, 3);
  const journal = new JournalPage(page);
  await journal.open();
  await page.evaluate(
    async ({ checkIns: rows, episodes: eps }) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['checkIns', 'episodes'], 'readwrite');
          for (const row of rows) tx.objectStore('checkIns').put(row);
          for (const { triggers: _t, remedies: _r, ...row } of eps) tx.objectStore('episodes').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { checkIns, episodes },
  );
  await page.reload();
  await page.getByRole('button', { name: 'Insights' }).click();
  await expect(page.getByTestId('insights-empty')).toContainText('You have 6 check-ins so far');
  await expect(page.getByTestId('more-days-needed')).toContainText(
    /Not enough check-ins yet to compare days with a workout with other days: about \d+ days? more with it/,
  );
});

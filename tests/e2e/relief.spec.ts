/**
 * What a remedy adds beyond pain easing by itself, with numbers worked out by hand: heat was rated on 5
 * episodes (6 → 3, 3, 2, 4, 3 an hour later: 3 points on average) and 10 follow-ups where nothing was tried
 * went 6 → 5, 5, 4, 6, 5, 5, 4, 6, 5, 5 (1 point on average). Every rating starts at 6 and comes an hour
 * later, so the comparison is plain: about 2 points more relief than when nothing was tried. Insights and
 * the report say it in the same sentence.
 */
import type { Episode } from '../../src/shared/model';
import { episode } from '../fixtures/builders';
import { expect, localTime, test } from './fixtures';
import { JournalPage } from './journalPage';

function answeredAt(day: string, after: number, remedies: Episode['remedies'] = []): Episode {
  const logged = `${day}T14:00:00.000Z`;
  const later = `${day}T15:00:00.000Z`;
  return episode(logged, 6, {
    createdAt: logged,
    remedies,
    followUp: { at: later, pain: after, stopped: false, painBefore: 6, minutesAfter: 60, answeredAt: later },
  });
}

const HEAT_AFTER = [3, 3, 2, 4, 3];
const NOTHING_AFTER = [5, 5, 4, 6, 5, 5, 4, 6, 5, 5];

const journalEpisodes: Episode[] = [
  ...HEAT_AFTER.map((after, i) =>
    answeredAt(`2026-11-0${i + 1}`, after, [
      {
        id: `0f0f0f0f-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        kind: 'heat',
        medicationName: null,
        dose: null,
        painBefore: 6,
        painAfter: after,
        minutesAfter: 60,
      },
    ]),
  ),
  ...NOTHING_AFTER.map((after, i) => answeredAt(`2026-11-${String(i + 6).padStart(2, '0')}`, after)),
];

test('a remedy’s relief beyond natural easing, the same in Insights and the report', async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(journalEpisodes);

  await page.getByRole('button', { name: 'Insights', exact: true }).click();
  await expect(page.getByTestId('natural-course')).toHaveText(
    'When nothing was tried, pain was on average 1 point lower at the follow-up (10 follow-ups).',
  );
  const heat = page
    .getByTestId('remedy-list')
    .getByRole('listitem')
    .filter({ hasText: /^Heat:/ });
  await expect(heat).toContainText('Heat: about 2 points more relief than when you tried nothing (95% range');
  await expect(heat).toContainText('from 5 rated uses and 10 follow-ups without anything');
  await expect(heat).toContainText('Before that comparison, pain was on average 3 points lower afterwards');
  const sentence = await heat.textContent();

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByTestId('report-document')).toBeVisible();
  await expect(page.getByTestId('report-document')).toContainText(sentence ?? 'missing');
});

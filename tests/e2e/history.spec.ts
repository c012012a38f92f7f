import { expect, test } from './fixtures';
import { syntheticEpisodes } from '../fixtures/syntheticJournal';
import { JournalPage } from './journalPage';
import { groupEpisodesByDay } from '../../src/shared/history';
import { E2E_TIME_ZONE } from '../fixtures/e2eTime';

const fixture = syntheticEpisodes({
  seed: 42,
  episodes: 500,
  until: new Date('2026-11-20T20:00:00Z'),
  days: 400,
});

test('a journal of 500 episodes browses and filters', { tag: '@time' }, async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(fixture);
  await expect(page.getByTestId('match-count')).toHaveText('500 episodes.');

  // The newest day comes first, with its episodes newest first.
  const newest = fixture[0];
  if (!newest) throw new Error('empty fixture');
  await expect(page.getByTestId('day').first()).toContainText(`worst`);
  await expect(page.getByTestId('day')).toHaveCount(30);
  await page.getByRole('button', { name: /Show older days/ }).click();
  await expect(page.getByTestId('day')).toHaveCount(60);

  const workouts = fixture.filter((e) => e.triggers.some((t) => t.kind === 'workout')).length;
  await page.getByLabel('What was going on').selectOption({ label: 'Workout or hard exercise' });
  await expect(page.getByTestId('match-count')).toHaveText(`${workouts} of 500 episodes match.`);

  const workoutsAtNeck = fixture.filter(
    (e) => e.triggers.some((t) => t.kind === 'workout') && e.regions.includes('neck'),
  ).length;
  await page.getByLabel('Where').selectOption({ label: 'Neck' });
  await expect(page.getByTestId('match-count')).toHaveText(`${workoutsAtNeck} of 500 episodes match.`);

  await page.getByLabel('What was going on').selectOption({ label: 'Anything' });
  await page.getByLabel('Where').selectOption({ label: 'Anywhere' });
  const gym = fixture.filter((e) => e.notes.toLowerCase().includes('gym')).length;
  await page.getByLabel('Search notes').fill('GYM');
  await expect(page.getByTestId('match-count')).toHaveText(`${gym} of 500 episodes match.`);
  await expect(journal.episodes.first()).toContainText('After the gym');
});

test('a long journal opens on its newest days with the count of every episode not deleted', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  // Every 13th episode deleted (kept for Undo): the count, read from the deletedAt index, leaves them out.
  const withDeleted = fixture.map((episode, index) =>
    index % 13 === 5 ? { ...episode, deletedAt: '2026-11-20T21:00:00.000Z' } : episode,
  );
  const live = withDeleted.filter((e) => e.deletedAt === null);
  await journal.seed(withDeleted);
  await page.reload();
  await expect(page.getByTestId('match-count')).toHaveText(`${live.length} episodes.`);
  await expect(page.getByTestId('day')).toHaveCount(30);
  // Each of the first days lists its episodes not deleted, all of them.
  const days = groupEpisodesByDay(live, E2E_TIME_ZONE).slice(0, 3);
  for (const [index, day] of days.entries()) {
    const count = day.episodes.length;
    await expect(page.getByTestId('day').nth(index)).toContainText(
      `${count} ${count === 1 ? 'episode' : 'episodes'}, worst ${day.worstIntensity}`,
    );
    await expect(page.getByTestId('day').nth(index).getByTestId('episode')).toHaveCount(count);
  }

  // Deleting one through the journal counts down at once, and Undo counts it back.
  await journal.episodes
    .first()
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(page.getByTestId('match-count')).toHaveText(`${live.length - 1} episodes.`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('match-count')).toHaveText(`${live.length} episodes.`);
});

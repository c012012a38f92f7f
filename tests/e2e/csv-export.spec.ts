import { readFile } from 'node:fs/promises';
import { expect, localTime, newPinnedContext, test, type Page } from './fixtures';
import { episodesFromJournalCsv } from '../../src/shared/csv/episodesCsv';
import { parseCsv } from '../../src/shared/csv/parse';
import { checkIn, episode } from '../fixtures/builders';
import { JournalPage } from './journalPage';

async function download(page: Page, button: RegExp): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('episodes and check-ins save as CSV: not recorded is empty, 0 is 0, formulas are defused', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const episodes = [
    episode('2026-11-20T09:00:00.000Z', 0, { notes: '=HYPERLINK("x")', regions: ['neck', 'chest'] }),
    episode('2026-11-19T18:30:00.000Z', 7, {
      endedAt: '2026-11-19T19:30:00.000Z',
      remedies: [
        {
          id: '0e0e0e0e-0000-4000-8000-000000000001',
          kind: 'heat',
          medicationName: null,
          dose: null,
          painBefore: 7,
          painAfter: 4,
          minutesAfter: 30,
        },
      ],
    }),
  ];
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(episodes, [checkIn('2026-11-20', { stress: 0, overallPain: 3 })]);
  await page.getByRole('button', { name: 'Settings' }).click();

  const episodesFile = await download(page, /^Save episodes as CSV/);
  expect(episodesFile.name).toBe('upper-back-journal-episodes-2026-11-21.csv');
  expect(episodesFile.text.startsWith('\uFEFFid,started_at,')).toBe(true);
  expect(episodesFile.text).toContain(`'=HYPERLINK`);
  // The journal's own reader gets every field back.
  const back = episodesFromJournalCsv(episodesFile.text);
  expect(back.problems).toEqual([]);
  expect(
    back.episodes.map((e) => [e.intensity, e.notes, e.regions, e.remedies[0]?.painAfter ?? null]),
  ).toEqual([
    [0, '=HYPERLINK("x")', ['neck', 'chest'], null],
    [7, '', [], 4],
  ]);

  const checkInsFile = await download(page, /^Save check-ins as CSV/);
  const parsed = parseCsv(checkInsFile.text);
  expect(parsed.headers.slice(0, 6)).toEqual([
    'day',
    'overall_pain',
    'sleep_hours',
    'sleep_quality',
    'water_litres',
    'stress',
  ]);
  expect(parsed.rows[0]?.slice(0, 6)).toEqual(['2026-11-20', '3', '', '', '', '0']);
});

test('the journal’s own episodes CSV imports back whole into another journal, follow-ups and all', async ({
  page,
  browser,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const answered = episode('2026-11-20T14:05:00.000Z', 6, {
    endedAt: '2026-11-20T15:05:00.000Z',
    followUp: {
      at: '2026-11-20T15:05:00.000Z',
      pain: 0,
      stopped: true,
      painBefore: 6,
      minutesAfter: 60,
      answeredAt: '2026-11-20T15:06:00.000Z',
    },
  });
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed([answered]);
  await page.getByRole('button', { name: 'Settings' }).click();
  const exported = await download(page, /^Save episodes as CSV/);

  const elsewhere = await newPinnedContext(browser);
  const other = await elsewhere.newPage();
  await other.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const otherJournal = new JournalPage(other);
  await otherJournal.open();
  await other.getByRole('button', { name: 'Settings' }).click();
  await other
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name: exported.name, mimeType: 'text/csv', buffer: Buffer.from(exported.text) });
  await expect(other.getByText('is an episodes file exported by this journal')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Check the file' })).toHaveCount(0);
  await other.getByRole('button', { name: 'Import 1 episode' }).click();
  await expect(other.getByRole('status')).toContainText('Imported 1 episode');
  await other.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(otherJournal.episode('pain 6 of 10')).toContainText('Stopped by 15:05');
  await elsewhere.close();
});

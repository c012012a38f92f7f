import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** The cells of the first data row, by header. */
function firstRow(text: string): Record<string, string> {
  const { headers, rows } = parseCsv(text, { formulaGuard: 'keep' });
  return Object.fromEntries(headers.map((header, i) => [header, rows[0]?.[i] ?? '']));
}

test('episodes and check-ins save as CSV: local times with their offset, ids last, not recorded is empty, 0 is 0, formulas are defused', async ({
  page,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  // Wall-clock times in the browser's zone, so the file must show these same clock readings.
  const started = localTime('2026-11-20T09:00').toISOString();
  const summer = localTime('2026-06-24T08:15').toISOString();
  const episodes = [
    episode(started, 0, { notes: '=HYPERLINK("x")', regions: ['neck', 'chest'] }),
    episode(summer, 7, {
      endedAt: localTime('2026-06-24T09:15').toISOString(),
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
  await journal.seed(episodes, [
    checkIn('2026-11-20', {
      stress: 0,
      overallPain: 3,
      createdAt: localTime('2026-11-20T21:05').toISOString(),
    }),
  ]);
  await page.getByRole('button', { name: 'Settings' }).click();

  const episodesFile = await download(page, /^Save episodes as CSV/);
  expect(episodesFile.name).toBe('upper-back-journal-episodes-2026-11-21.csv');
  expect(episodesFile.text.startsWith('\uFEFFstarted_at,ended_at,')).toBe(true);
  expect(parseCsv(episodesFile.text).headers.at(-1)).toBe('id');
  expect(episodesFile.text).toContain(`'=HYPERLINK`);
  const newest = firstRow(episodesFile.text);
  // The clock reading as it was, then the offset that makes it the same instant.
  expect(newest.started_at).toMatch(/^2026-11-20T09:00:00[+-]\d{2}:\d{2}$/);
  expect(Date.parse(newest.started_at ?? '')).toBe(Date.parse(started));
  expect(newest.id).toBe(episodes[0]?.id);
  const { rows, headers } = parseCsv(episodesFile.text);
  const summerStart = rows[1]?.[headers.indexOf('started_at')] ?? '';
  expect(summerStart).toMatch(/^2026-06-24T08:15:00[+-]\d{2}:\d{2}$/);
  expect(Date.parse(summerStart)).toBe(Date.parse(summer));
  // The journal's own reader gets every field back, times as stored.
  const back = episodesFromJournalCsv(episodesFile.text);
  expect(back.problems).toEqual([]);
  expect(
    back.episodes.map((e) => [
      e.startedAt,
      e.intensity,
      e.notes,
      e.regions,
      e.remedies[0]?.painAfter ?? null,
    ]),
  ).toEqual([
    [started, 0, '=HYPERLINK("x")', ['neck', 'chest'], null],
    [summer, 7, '', [], 4],
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
  expect(firstRow(checkInsFile.text).created_at).toMatch(/^2026-11-20T21:05:00[+-]\d{2}:\d{2}$/);
});

test('the journal’s own episodes CSV imports back whole into another journal, follow-ups and all', async ({
  page,
  browser,
}) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  // Local clock times, so "Stopped by 15:05" holds in whatever zone the browser runs.
  const at = (wallTime: string) => localTime(wallTime).toISOString();
  const answered = episode(at('2026-11-20T14:05'), 6, {
    endedAt: at('2026-11-20T15:05'),
    followUp: {
      at: at('2026-11-20T15:05'),
      pain: 0,
      stopped: true,
      painBefore: 6,
      minutesAfter: 60,
      answeredAt: at('2026-11-20T15:06'),
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

test('a file saved by the previous version (UTC times, id first) still imports', async ({ page }) => {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const old = await readFile(join(__dirname, '../fixtures/csv/old-episodes-export.csv'));
  await page
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name: 'upper-back-journal-episodes-2026-10-26.csv', mimeType: 'text/csv', buffer: old });
  await expect(page.getByText('is an episodes file exported by this journal')).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 episodes' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 episodes');
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { chooseCsv, openImport, TWO_NOTES_CSV } from './csvImportSteps';

/** Episodes in the journal's IndexedDB, counted in the browser. */
async function storedEpisodeCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('episodes').objectStore('episodes').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function cellTexts(page: Page, row: number): Promise<string[]> {
  return page.getByTestId('csv-preview-row').nth(row).locator('th, td').allInnerTexts();
}

test('two note columns and a location column: the preview shows exactly what is saved', async ({ page }) => {
  const journal = await openImport(page);
  await chooseCsv(page, 'diary.csv', TWO_NOTES_CSV);
  await expect(page.getByLabel('Where it hurt')).toHaveValue('3');
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('5');
  await expect(page.getByTestId('csv-not-imported')).toHaveText('Not imported: Weather');
  await expect(page.getByLabel('Add “Description” to the notes')).toBeChecked();
  // Each column says what happens to it, and why Description is ticked.
  await expect(page.getByLabel('Add “Description” to the notes')).toHaveAccessibleDescription(
    'Ticked for you because it looks like notes. Added to the notes as “Description: …”.',
  );
  await expect(page.getByLabel('Add “Weather” to the notes')).not.toBeChecked();
  await expect(page.getByLabel('Add “Weather” to the notes')).toHaveAccessibleDescription(
    'Not imported unless ticked.',
  );

  // The value the journal cannot place is shown once, with its count, going to the notes until chosen.
  const t4 = page.getByLabel('T4', { exact: true });
  await expect(t4).toHaveValue('');
  await t4.selectOption({ label: 'Middle of the upper back (thoracic spine)' });
  await page.getByRole('button', { name: 'Check the file' }).click();

  await expect(page.getByTestId('csv-preview-row')).toHaveCount(2);
  const first = await cellTexts(page, 0);
  const second = await cellTexts(page, 1);
  expect(first).toEqual([
    '2',
    '10 Nov 2026, 08:30',
    '7 of 10',
    'Between the shoulder blades; Shoulder, left',
    '—',
    '—',
    '—',
    'After rowing\nDescription: Woke up stiff',
  ]);
  // The date and the pain number are kept on one line each.
  const cells = page.getByTestId('csv-preview-row').first().locator('td');
  await expect(cells.nth(0)).toHaveCSS('white-space', 'nowrap');
  await expect(cells.nth(1)).toHaveCSS('white-space', 'nowrap');
  expect(second[3]).toBe('Middle of the upper back (thoracic spine)');
  expect(second[7]).toBe('Description: Long desk day');

  await page.getByRole('button', { name: 'Import 2 episodes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 episodes' })).toBeVisible();
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByTestId('match-count')).toHaveText('2 episodes.');
  expect(await storedEpisodeCount(page)).toBe(2);

  // What the history shows is what the preview said.
  const card = journal.episode('pain 7 of 10');
  await expect(card.getByRole('heading')).toContainText(first[1]?.split(', ').pop() ?? 'no time');
  await expect(card).toContainText(`Where: ${first[3]}`);
  expect(await card.locator('.notes').innerText()).toBe(first[7]);
  await expect(journal.episode('pain 4 of 10')).toContainText(`Where: ${second[3]}`);

  // And so does the editor.
  await card.getByRole('button', { name: /^Edit episode/ }).click();
  await expect(journal.dialog.getByLabel('Notes', { exact: true })).toHaveValue(first[7] ?? '');
});

test('cancelling after the preview imports nothing', async ({ page }) => {
  await openImport(page);
  await chooseCsv(page, 'diary.csv', TWO_NOTES_CSV);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-preview-row')).toHaveCount(2);
  await page.getByTestId('csv-preview').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('csv-info')).toHaveText(
    'Nothing was imported; your journal has not been changed.',
  );
  await expect(page.getByTestId('csv-preview')).toHaveCount(0);
  // Nothing was written: the journal's own database holds no episodes.
  expect(await storedEpisodeCount(page)).toBe(0);
});

test('a row with an empty pain level is named with the file’s column, in plain words', async ({ page }) => {
  await openImport(page);
  await chooseCsv(page, 'gaps.csv', 'Date,Time,Pain level\n2026-11-10,08:30,7\n2026-11-11,09:00,\n');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-problems')).toHaveText(
    "Row 3: 'Pain level' is empty; every entry needs a pain number.",
  );
  await expect(page.getByTestId('csv-preview-row')).toHaveCount(1);
  // Nothing is imported by default: only the explicit choice to leave the row out.
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await expect(page.getByTestId('csv-preview-heading')).toHaveText(
    'The 1 episode that can be read, as it would be saved:',
  );
});

const SOME_BAD_CSV = [
  'Date,Time,Pain level,Notes',
  '2026-11-10,08:30,7,Desk morning',
  '2026-11-11,09:00,,No number',
  '2026-11-12,10:00,5,',
  '31/02/2026,10:00,4,Not a date',
  '2026-11-13,18:00,3,Evening walk',
].join('\n');

test('rows with problems can be left out, on an explicit choice, and the rest imported', async ({ page }) => {
  await openImport(page);
  await chooseCsv(page, 'some-bad.csv', SOME_BAD_CSV);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-preview').getByRole('alert')).toContainText(
    '2 rows have problems, so nothing is imported yet.',
  );
  await expect(page.getByTestId('csv-preview-heading')).toHaveText(
    'The 3 episodes that can be read, as they would be saved:',
  );
  await expect(page.getByTestId('csv-preview-row')).toHaveCount(3);
  await expect(page.getByTestId('csv-left-out')).toContainText('leaves out rows 3 and 5.');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  expect(await storedEpisodeCount(page)).toBe(0);

  await page
    .getByRole('button', { name: 'Import the 3 rows that can be read and leave out the 2 with problems' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 episodes' })).toContainText(
    'Imported 3 episodes from the CSV file. 2 rows with problems were left out (rows 3 and 5).',
  );
  expect(await storedEpisodeCount(page)).toBe(3);
});

test('a trigger column’s own words are kept with the trigger they name', async ({ page }) => {
  const journal = await openImport(page);
  await chooseCsv(
    page,
    'words.csv',
    [
      'Date,Time,Pain level,Description,Notes',
      '2026-11-10,08:30,6,after desk day,long meeting',
      '2026-11-11,19:00,4,"after gym, Stress or anxiety",',
    ].join('\n'),
  );
  await page.getByLabel('Triggers').selectOption({ label: 'Description' });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('csv-preview-row')).toHaveCount(2);
  const first = await cellTexts(page, 0);
  const second = await cellTexts(page, 1);
  expect([first[5], first[7]]).toEqual(['Posture or position (after desk day)', 'long meeting']);
  expect([second[5], second[7]]).toEqual(['Workout or hard exercise (after gym); Stress or anxiety', '—']);

  await page.getByRole('button', { name: 'Import 2 episodes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 episodes' })).toBeVisible();
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(journal.episode('pain 6 of 10')).toContainText('Posture or position (after desk day)');
  await expect(journal.episode('pain 4 of 10')).toContainText('Workout or hard exercise (after gym)');
});

const PRESETS = [
  ['privacy-friendly-pain-diary-de.csv', 'Privacy Friendly Pain Diary', 3, 'pain 7 of 10', 'Neck'],
  ['flaredown.csv', 'Flaredown', 3, 'pain 10 of 10', 'Workout or hard exercise'],
  ['bearable.csv', 'Bearable', 3, 'pain 8 of 10', 'Neck'],
] as const;

for (const [fileName, name, count, painText, detail] of PRESETS) {
  test(`a ${name} export is recognised and imports`, async ({ page }) => {
    const journal = await openImport(page);
    const text = await readFile(join(__dirname, '../fixtures/csv', fileName), 'utf8');
    await chooseCsv(page, fileName, text);
    await expect(page.getByTestId('csv-preset')).toContainText(`Recognised as a ${name} export`);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByTestId('csv-preview-row')).toHaveCount(count);
    await page.getByRole('button', { name: `Import ${count} episodes` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Imported ${count} episodes` })).toBeVisible();
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    await expect(page.getByTestId('match-count')).toHaveText(`${count} episodes.`);
    await expect(journal.episode(painText)).toContainText(detail);
  });
}

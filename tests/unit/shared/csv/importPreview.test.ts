import { describe, expect, it } from 'vitest';
import {
  countText,
  describeCsvImport,
  importButtonText,
  importedText,
  importReadableButtonText,
  otherColumnHint,
  previewHeading,
  problemRows,
  rowsText,
} from '../../../../src/shared/csv/importPreview';

describe('the CSV import preview’s words', () => {
  it.each([
    [1, '1 row'],
    [0, '0 rows'],
    [2, '2 rows'],
  ])('counts %i as "%s"', (count, text) => {
    expect(countText(count, 'row', 'rows')).toBe(text);
  });

  it.each([
    [1, 0, '1 episode on 13 February, added to your journal as a new entry.'],
    [3, 0, '3 episodes on 13 February, added to your journal as new entries.'],
    [0, 1, '1 episode on 13 February: 1 already in your journal, so there is nothing new to import.'],
    [0, 2, '2 episodes on 13 February: 2 already in your journal, so there is nothing new to import.'],
    [1, 2, '3 episodes on 13 February: 1 new, and 2 already in your journal (left as they are).'],
    [0, 0, 'There are no episodes in this file.'],
  ])('describes %i new and %i already there', (newCount, alreadyCount, text) => {
    expect(describeCsvImport({ newCount, alreadyCount }, ' on 13 February')).toBe(text);
  });

  it.each([
    [
      0,
      13,
      1,
      '13 episodes on 13 February: 12 already in your journal and 1 you deleted (it stays deleted), so there is nothing new to import.',
    ],
    [
      0,
      2,
      2,
      '2 episodes on 13 February: 2 you deleted (they stay deleted), so there is nothing new to import.',
    ],
    [1, 1, 1, '2 episodes on 13 February: 1 new, and 1 you deleted (it stays deleted).'],
  ])(
    'tells %i new, %i already there and %i of those deleted apart',
    (newCount, alreadyCount, deletedCount, text) => {
      expect(describeCsvImport({ newCount, alreadyCount, deletedCount }, ' on 13 February')).toBe(text);
    },
  );

  it.each([
    [1, 'Import 1 episode'],
    [2, 'Import 2 episodes'],
  ])('labels the button for %i', (count, text) => {
    expect(importButtonText(count)).toBe(text);
  });
});

describe('the preview rows', () => {
  it('shows the saved episodes in words, by the rows they came from, in the given zone and locale', async () => {
    const { mapRowsToEpisodes } = await import('../../../../src/shared/csv/importMapping');
    const { parseCsv } = await import('../../../../src/shared/csv/parse');
    const { previewRows } = await import('../../../../src/shared/csv/importPreview');
    const mapped = mapRowsToEpisodes(
      parseCsv(
        'When,Pain,Where,Triggers,Tried,Notes\n,,,,,\n2026-07-13 08:30,6,"neck, left shoulder","gym, long drive","heat, ibuprofen",Stiff\n',
      ),
      { time: 0, intensity: 1, regions: [2], trigger: 3, remedy: 4, notes: 5, intensityScale: 10 },
      { timeZone: 'Europe/London', now: new Date('2026-11-25T10:30:00Z') },
    );
    expect(previewRows(mapped, { timeZone: 'Europe/London', locale: 'en-GB' })).toEqual([
      {
        row: 3,
        when: '13 Jul 2026, 08:30',
        pain: '6 of 10',
        regions: 'Neck; Shoulder, left',
        qualities: '',
        triggers: 'Workout or hard exercise (gym); Something else (long drive)',
        remedies: 'Heat, Over-the-counter pain reliever (e.g. ibuprofen, naproxen, acetaminophen): ibuprofen',
        notes: 'Stiff',
      },
    ]);
  });

  it('stops at 20 rows', async () => {
    const { previewRows } = await import('../../../../src/shared/csv/importPreview');
    const { mapRowsToEpisodes } = await import('../../../../src/shared/csv/importMapping');
    const { parseCsv } = await import('../../../../src/shared/csv/parse');
    const rows = Array.from({ length: 25 }, (_, i) => `2026-07-${String(i + 1).padStart(2, '0')} 08:30,5`);
    const mapped = mapRowsToEpisodes(
      parseCsv(['When,Pain', ...rows].join('\n')),
      { time: 0, intensity: 1, notes: null, trigger: null, remedy: null, intensityScale: 10 },
      { timeZone: 'UTC', now: new Date('2026-11-25T10:30:00Z') },
    );
    expect(previewRows(mapped, { timeZone: 'UTC' })).toHaveLength(20);
  });
});

describe('what is left out', () => {
  it('names the columns not imported by their headers', async () => {
    const { notImportedText, unusedColumns } = await import('../../../../src/shared/csv/importPreview');
    const headers = ['Date', 'Pain', 'Weather', 'Mood'];
    expect(notImportedText(headers, unusedColumns(4, [0, 1, null]))).toBe('Not imported: Weather, Mood');
    expect(notImportedText(headers, unusedColumns(4, [0, 1, [2, 3]]))).toBeNull();
  });

  it('counts rows left out on purpose', async () => {
    const { describeSkippedRows } = await import('../../../../src/shared/csv/importPreview');
    expect(describeSkippedRows({ withoutPain: 0, notPain: 0 }, "'Pain'")).toBeNull();
    expect(describeSkippedRows({ withoutPain: 1, notPain: 0 }, "'Back pain'")).toBe(
      "1 row has no number in 'Back pain': it is left out.",
    );
    expect(describeSkippedRows({ withoutPain: 2, notPain: 3 }, "'Pain'")).toBe(
      "3 rows are not pain entries (mood, factors, medication and the like), and 2 rows have no number in 'Pain': they are left out.",
    );
  });
});

describe('importing the rows that can be read', () => {
  it.each([
    [[4], 'row 4'],
    [[9, 3, 5, 3], 'rows 3, 5 and 9'],
    [[3, 4, 5, 6, 9, 11, 12], 'rows 3–6, 9, 11 and 12'],
  ])('lists rows %j as "%s"', (rows, text) => {
    expect(rowsText(rows)).toBe(text);
  });

  it('counts each row with a problem once', () => {
    const problems = [
      { row: 7, message: 'Row 7: a' },
      { row: 3, message: 'Row 3: b' },
      { row: 7, message: 'Row 7: c' },
    ];
    expect(problemRows(problems)).toEqual([3, 7]);
  });

  it.each([
    [
      { newCount: 6, alreadyCount: 0 },
      4,
      'Import the 6 rows that can be read and leave out the 4 with problems',
    ],
    [
      { newCount: 1, alreadyCount: 0 },
      1,
      'Import the 1 row that can be read and leave out the 1 with a problem',
    ],
    [
      { newCount: 2, alreadyCount: 3 },
      1,
      'Import the 2 new rows that can be read and leave out the 1 with a problem',
    ],
  ])('names the button for %j with %i problem rows', (counts, problems, text) => {
    expect(importReadableButtonText(counts, problems)).toBe(text);
  });

  it('says after the import how many rows were left out, and which', () => {
    expect(importedText(6, [3, 5, 8, 11])).toBe(
      'Imported 6 episodes from the CSV file. 4 rows with problems were left out (rows 3, 5, 8 and 11).',
    );
    expect(importedText(1, [2])).toBe(
      'Imported 1 episode from the CSV file. 1 row with a problem was left out (row 2).',
    );
    expect(importedText(2, [])).toBe('Imported 2 episodes from the CSV file.');
  });

  it('says "would be saved" while problems block the import', () => {
    expect(previewHeading(1, 1, false)).toBe('The episode, as it will be saved:');
    expect(previewHeading(1, 1, true)).toBe('The 1 episode that can be read, as it would be saved:');
    expect(previewHeading(6, 6, true)).toBe('The 6 episodes that can be read, as they would be saved:');
    expect(previewHeading(20, 30, false)).toBe('The first 20 of 30 episodes, as they will be saved:');
    expect(previewHeading(20, 30, true)).toBe(
      'The first 20 of 30 episodes that can be read, as they would be saved:',
    );
  });
});

describe('the other columns', () => {
  it('says what happens to each: added to the notes, labelled, or not imported', () => {
    expect(otherColumnHint('Description', true, true)).toBe(
      'Ticked for you because it looks like notes. Added to the notes as “Description: …”.',
    );
    expect(otherColumnHint('Weather', true, false)).toBe('Added to the notes as “Weather: …”.');
    expect(otherColumnHint('Weather', false, false)).toBe('Not imported unless ticked.');
    expect(otherColumnHint('Description', false, true)).toBe('Not imported unless ticked.');
  });
});

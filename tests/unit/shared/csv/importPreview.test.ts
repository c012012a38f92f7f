import { describe, expect, it } from 'vitest';
import { countText, describeCsvImport, importButtonText } from '../../../../src/shared/csv/importPreview';

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

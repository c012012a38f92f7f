import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapRowsToEpisodes, parseCsv, type ColumnChoice } from '../../../src/shared/csv';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { readAllTables } from '../../../src/renderer/src/journal/backup';
import { importCsvEpisodes, planCsvImport } from '../../../src/renderer/src/journal/csvImport';
import { openRestorePoints, type RestorePoints } from '../../../src/renderer/src/journal/restorePoint';

const FILE = 'Date,Pain,Notes,Triggers\n2026-02-13 10:00,7,Bad day,stress\n2026-02-14 09:00,4,,\n';
const CHOICE: ColumnChoice = {
  time: 0,
  intensity: 1,
  notes: 2,
  trigger: 3,
  remedy: null,
  intensityScale: 10,
};
const desktop = {
  supportsAutomaticBackups: async () => false,
  writeAutomaticBackup: async () => {
    throw new Error('not on the desktop');
  },
};

let db: JournalDatabase;
let restorePoints: RestorePoints;
beforeEach(async () => {
  db = new JournalDatabase(`csv-import-${Math.random()}`);
  await db.open();
  restorePoints = openRestorePoints(`csv-rp-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
  await restorePoints.delete();
});

/** Check the file, then import it, as the CSV import section does. */
async function importFile(now: string) {
  const { episodes } = mapRowsToEpisodes(parseCsv(FILE), CHOICE, { timeZone: 'UTC', now: new Date(now) });
  const plan = await planCsvImport(db, episodes);
  const info = { appVersion: '0.1.0', exportedAt: now };
  await importCsvEpisodes({ db, restorePoints, desktop, info }, plan, 'pain.csv');
  return plan;
}

describe('importing the same CSV file twice', () => {
  it('adds nothing the second time, and the preview counts them as already in the journal', async () => {
    const first = await importFile('2026-03-01T12:00:00.000Z');
    expect([first.newCount, first.alreadyCount]).toEqual([2, 0]);
    const before = await readAllTables(db);

    const second = await importFile('2026-03-02T12:00:00.000Z');
    expect([second.newCount, second.alreadyCount]).toEqual([0, 2]);
    expect(await db.episodes.count()).toBe(2);
    expect(await db.episodeTriggers.count()).toBe(1);
    // Left exactly as they were (they may have been edited in the journal since).
    expect(await readAllTables(db)).toEqual(before);
  });

  it('adds only the rows that are new when the file has grown', async () => {
    await importFile('2026-03-01T12:00:00.000Z');
    const grown = `${FILE}2026-02-15 18:30,5,,\n`;
    const { episodes } = mapRowsToEpisodes(parseCsv(grown), CHOICE, {
      timeZone: 'UTC',
      now: new Date('2026-03-02T12:00:00.000Z'),
    });
    const plan = await planCsvImport(db, episodes);
    expect([plan.newCount, plan.alreadyCount]).toEqual([1, 2]);
  });
});

/**
 * Item 1 of issue 20: a restore from the recovery screen keeps the old journal until the backup is stored,
 * finishes whenever it is cut short, and waits (without claiming nothing happened) while another window
 * holds the journal open. Real IndexedDB semantics from fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyTables, serializeBackup, type BackupTables } from '../../../src/shared/backup';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { readRawJournal } from '../../../src/renderer/src/db/rawJournal';
import { readAllTables } from '../../../src/renderer/src/journal/backup';
import { saveEpisode } from '../../../src/renderer/src/journal/episodes';
import {
  deleteDatabase,
  fillFromStaging,
  finishPendingSwap,
  isSwapPending,
  markSwapPending,
  stageBackup,
  stagingName,
} from '../../../src/renderer/src/journal/journalSwap';
import { replaceWithBackup } from '../../../src/renderer/src/journal/recovery';
import { syntheticEpisodes } from '../../fixtures/syntheticJournal';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };
const accepting = { saveFile: async () => ({ saved: true as const, location: 'Downloads' }) };

function backupTables(): BackupTables {
  return {
    ...emptyTables(),
    episodes: syntheticEpisodes({ seed: 9, episodes: 5, until: new Date('2026-11-20T12:00:00Z'), days: 10 }),
  };
}

async function journalWithOneEpisode(name: string): Promise<void> {
  const db = new JournalDatabase(name);
  await db.open();
  await saveEpisode(
    db,
    {
      startedAt: '2026-11-20T09:00:00.000Z',
      endedAt: null,
      intensity: 7,
      regions: ['neck'],
      qualities: [],
      triggers: [],
      remedies: [],
      redFlags: [],
      notes: 'The old journal',
    },
    { now: new Date('2026-11-20T09:05:00Z'), newId: () => '0c0c0c0c-0000-4000-8000-000000000001' },
  );
  db.close();
}

async function notesInJournal(name: string): Promise<string[]> {
  const raw = await readRawJournal(name);
  return (raw.stores.episodes ?? []).map((row) => (row as { notes: string }).notes).sort();
}

/** A connection of another window that does not let go when asked (an older version, say). */
function holdOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const backupNotes = backupTables()
  .episodes.map((e) => e.notes)
  .sort();

describe('replacing an unopenable journal with a backup', () => {
  it('waits while another window holds the journal, keeping the old data until it lets go', async () => {
    const name = `swap-blocked-${Math.random()}`;
    await journalWithOneEpisode(name);
    const other = await holdOpen(name);
    let blocked = 0;
    let done = false;
    const restoring = replaceWithBackup(
      name,
      serializeBackup(backupTables(), info),
      accepting,
      info,
      '2026-11-21',
      () => (blocked += 1),
    ).then((result) => {
      done = true;
      return result;
    });
    await expect.poll(() => blocked).toBe(1);
    expect(done).toBe(false);
    // The old journal is all there, read through the other window's connection...
    const stillThere = await new Promise<number>((resolve) => {
      const count = other.transaction('episodes').objectStore('episodes').count();
      count.onsuccess = () => resolve(count.result);
    });
    expect(stillThere).toBe(1);
    // ...and the backup is stored whole beside it, with the swap noted.
    expect(await isSwapPending(name)).toBe(true);
    expect(await notesInJournal(stagingName(name))).toEqual(backupNotes);

    other.close();
    expect(await restoring).toEqual({ status: 'done' });
    expect(await notesInJournal(name)).toEqual(backupNotes);
    expect(await isSwapPending(name)).toBe(false);
  });

  // The app can be closed between any two steps; the next start must end with the old or the new journal.
  const steps = [
    { stoppedAfter: 'nothing', expected: 'old' },
    { stoppedAfter: 'staging', expected: 'old' },
    { stoppedAfter: 'noting the swap', expected: 'new' },
    { stoppedAfter: 'deleting the old journal', expected: 'new' },
    { stoppedAfter: 'filling the new journal', expected: 'new' },
  ] as const;

  for (const [index, step] of steps.entries()) {
    it(`stopped after ${step.stoppedAfter}, the next start has the ${step.expected} journal whole`, async () => {
      const name = `swap-cut-${index}-${Math.random()}`;
      await journalWithOneEpisode(name);
      const run = [
        () => stageBackup(name, backupTables()),
        () => markSwapPending(name, new Date(info.exportedAt)),
        () => deleteDatabase(name),
        () => fillFromStaging(name),
      ].slice(0, index);
      for (const part of run) await part();

      // The next start.
      expect(await finishPendingSwap(name)).toBe(step.expected === 'new');
      expect(await notesInJournal(name)).toEqual(step.expected === 'new' ? backupNotes : ['The old journal']);
      expect(await isSwapPending(name)).toBe(false);
      const db = new JournalDatabase(name);
      await db.open();
      expect((await readAllTables(db)).episodes).toHaveLength(step.expected === 'new' ? 5 : 1);
      db.close();
    });
  }

  it('an earlier attempt cut short before the swap was noted is thrown away, not restored', async () => {
    const name = `swap-stale-${Math.random()}`;
    await journalWithOneEpisode(name);
    await stageBackup(name, { ...emptyTables() });
    expect(await finishPendingSwap(name)).toBe(false);
    expect(
      await replaceWithBackup(name, serializeBackup(backupTables(), info), accepting, info, 'd'),
    ).toEqual({ status: 'done' });
    expect(await notesInJournal(name)).toEqual(backupNotes);
  });
});

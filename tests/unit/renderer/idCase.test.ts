/**
 * An id is the same id whatever the case of its letters: a backup edited by another program may write
 * "0A0A…" for the journal's "0a0a…". Every id is kept in lower case, so such a file updates the entry
 * instead of adding it a second time.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canImport,
  emptyTables,
  previewImport,
  readBackup,
  serializeBackup,
} from '../../../src/shared/backup';
import type { Episode } from '../../../src/shared/model';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { applyImport, existingKeys, readAllTables } from '../../../src/renderer/src/journal/backup';
import { episodeToRows, saveEpisode } from '../../../src/renderer/src/journal/episodes';
import { episode } from '../../fixtures/builders';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };
const ID = '0f0f0f0f-aaaa-4bbb-8ccc-dddddddddddd';

const mine: Episode = episode('2026-11-18T09:00:00.000Z', 5, {
  id: ID,
  notes: 'in the journal',
  triggers: [{ id: 'abcdef01-0000-4000-8000-00000000000a', kind: 'stress', note: '', level: 4 }],
});

function upperCased(e: Episode): Episode {
  return {
    ...e,
    id: e.id.toUpperCase(),
    notes: 'from the file',
    triggers: e.triggers.map((t) => ({ ...t, id: t.id.toUpperCase() })),
  };
}

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(`id-case-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function mergeFile(episodes: Episode[]) {
  const reading = readBackup(serializeBackup({ ...emptyTables(), episodes }, info));
  if (!canImport(reading)) throw new Error('not importable');
  const preview = previewImport(reading.tables, await existingKeys(db), 'UTC');
  await applyImport(db, reading.tables, 'merge');
  return preview.tables.find((t) => t.table === 'episodes');
}

describe('ids that differ only in letter case', () => {
  it('are read in lower case', () => {
    const reading = readBackup(serializeBackup({ ...emptyTables(), episodes: [upperCased(mine)] }, info));
    if (!canImport(reading)) throw new Error('not importable');
    expect(reading.tables.episodes[0]?.id).toBe(ID);
    expect(reading.tables.episodes[0]?.triggers[0]?.id).toBe(mine.triggers[0]?.id);
  });

  it('a backup with the upper-case id of a journal episode merges as "Updated 1", not "New 1"', async () => {
    await applyImport(db, { ...emptyTables(), episodes: [mine] }, 'replace');
    expect(await mergeFile([upperCased(mine)])).toMatchObject({ added: 0, updated: 1 });
    const after = (await readAllTables(db)).episodes;
    expect(after.map((e) => [e.id, e.notes, e.triggers.length])).toEqual([[ID, 'from the file', 1]]);
    expect(await db.episodeTriggers.count()).toBe(1);
  });

  it('an episode stored in upper case by an older version is updated, not duplicated', async () => {
    const legacy = episodeToRows(upperCased(mine));
    await db.episodes.put(legacy.row);
    await db.episodeTriggers.bulkPut(legacy.triggers);
    expect(await mergeFile([{ ...mine, notes: 'merged' }])).toMatchObject({ added: 0, updated: 1 });
    const after = (await readAllTables(db)).episodes;
    expect(after.map((e) => [e.id, e.notes, e.triggers.length])).toEqual([[ID, 'merged', 1]]);
    expect(await db.episodeTriggers.count()).toBe(1);
  });

  it('saving an episode stored in upper case keeps one episode, in lower case', async () => {
    const legacy = episodeToRows(upperCased(mine));
    await db.episodes.put(legacy.row);
    await db.episodeTriggers.bulkPut(legacy.triggers);
    const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = upperCased(mine);
    await saveEpisode(db, input, { now: new Date('2026-11-19T10:00:00Z'), newId: () => ID });
    const after = (await readAllTables(db)).episodes;
    expect(after.map((e) => [e.id, e.notes, e.createdAt])).toEqual([[ID, 'from the file', mine.createdAt]]);
    expect(await db.episodeTriggers.count()).toBe(1);
  });
});

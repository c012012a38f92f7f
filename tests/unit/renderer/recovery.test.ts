import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyTables, readBackup, serializeBackup } from '../../../src/shared/backup';
import { JOURNAL_SCHEMA_VERSION, JournalDatabase } from '../../../src/renderer/src/db/database';
import { openJournal } from '../../../src/renderer/src/db/openJournal';
import { readRawJournal } from '../../../src/renderer/src/db/rawJournal';
import { readAllTables } from '../../../src/renderer/src/journal/backup';
import { saveEpisode } from '../../../src/renderer/src/journal/episodes';
import { replaceWithBackup, saveWhatCanBeRead } from '../../../src/renderer/src/journal/recovery';
import { syntheticEpisodes } from '../../fixtures/syntheticJournal';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };

/** A future version of the app whose upgrade fails part-way: the kind of failure the recovery screen is for. */
class BrokenUpgrade extends JournalDatabase {
  constructor(name: string) {
    super(name);
    this.version(JOURNAL_SCHEMA_VERSION + 1)
      .stores({})
      .upgrade(() => {
        throw new Error('upgrade step failed');
      });
  }
}

async function journalWithOneEpisode(name: string) {
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
      triggers: [{ id: '0c0c0c0c-0000-4000-8000-000000000002', kind: 'stress', note: '', level: 8 }],
      remedies: [],
      redFlags: [],
      notes: 'Before the upgrade',
    },
    { now: new Date('2026-11-20T09:05:00Z'), newId: () => '0c0c0c0c-0000-4000-8000-000000000001' },
  );
  db.close();
}

describe('a failing upgrade', () => {
  it('shows the recovery screen and leaves the old data readable', async () => {
    const name = `broken-${Math.random()}`;
    await journalWithOneEpisode(name);
    const result = await openJournal(name, (n) => new BrokenUpgrade(n));
    expect(result.status).toBe('failed');
    const raw = await readRawJournal(name);
    expect(raw.version).toBe(JOURNAL_SCHEMA_VERSION * 10);
    expect(raw.stores.episodes).toHaveLength(1);
  });

  it('saves what can be read as a backup that imports back whole', async () => {
    const name = `broken-${Math.random()}`;
    await journalWithOneEpisode(name);
    let saved = '';
    const desktop = {
      saveFile: async (_name: string, content: string) => {
        saved = content;
        return { saved: true as const, location: 'Downloads' };
      },
    };
    expect(await saveWhatCanBeRead(name, desktop, info, '2026-11-21')).toBe(true);
    const reading = readBackup(saved);
    expect(reading.status === 'readable' && reading.problems).toEqual([]);
    expect(reading.status === 'readable' && reading.tables.episodes[0]).toMatchObject({
      notes: 'Before the upgrade',
      triggers: [{ kind: 'stress', level: 8 }],
    });
  });

  it('replaces the journal with a backup only after what can be read is saved', async () => {
    const name = `broken-${Math.random()}`;
    await journalWithOneEpisode(name);
    const backup = serializeBackup(
      {
        ...emptyTables(),
        episodes: syntheticEpisodes({
          seed: 4,
          episodes: 6,
          until: new Date('2026-11-20T12:00:00Z'),
          days: 10,
        }),
      },
      info,
    );
    const cancelled = { saveFile: async () => ({ saved: false as const }) };
    expect(await replaceWithBackup(name, backup, cancelled, info, '2026-11-21')).toEqual({
      status: 'cancelled',
    });
    expect((await readRawJournal(name)).stores.episodes).toHaveLength(1);

    const accepting = { saveFile: async () => ({ saved: true as const, location: 'Downloads' }) };
    expect(await replaceWithBackup(name, 'not a backup', accepting, info, '2026-11-21')).toMatchObject({
      status: 'refused',
    });
    expect(await replaceWithBackup(name, backup, accepting, info, '2026-11-21')).toEqual({ status: 'done' });
    const db = new JournalDatabase(name);
    await db.open();
    expect((await readAllTables(db)).episodes).toHaveLength(6);
    db.close();
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION, JournalDatabase } from '../../../src/renderer/src/db/database';
import { listEpisodes } from '../../../src/renderer/src/journal/episodes';

/**
 * Schema version 1 exactly as released, frozen here: a journal written by that build must open with
 * today's code with every row intact.
 */
function openVersion1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    episodes: 'id, startedAt, updatedAt',
    episodeTriggers: 'id, episodeId, kind',
    remediesTried: 'id, episodeId, kind',
  });
  return v1;
}

const EPISODE_ID = '0f0f0f0f-0000-4000-8000-000000000001';
const v1Episode = {
  id: EPISODE_ID,
  startedAt: '2026-10-01T08:00:00.000Z',
  endedAt: null,
  intensity: 7,
  regions: ['neck'],
  qualities: ['stiffness'],
  notes: 'Written by version 1',
  createdAt: '2026-10-01T08:05:00.000Z',
  updatedAt: '2026-10-01T08:05:00.000Z',
  deletedAt: null,
};
const v1Trigger = {
  id: '0f0f0f0f-0000-4000-8000-000000000002',
  episodeId: EPISODE_ID,
  kind: 'stress',
  note: '',
  level: 6,
};
const v1Remedy = {
  id: '0f0f0f0f-0000-4000-8000-000000000003',
  episodeId: EPISODE_ID,
  kind: 'heat',
  medicationName: null,
  dose: null,
  painBefore: 7,
  painAfter: 4,
  minutesAfter: 30,
};

describe('schema migrations', () => {
  it('the current schema version is 2', () => {
    expect(JOURNAL_SCHEMA_VERSION).toBe(2);
  });

  it('opens a version 1 journal and keeps every row, adding an empty red-flag list to episodes', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = openVersion1(name);
    await v1.table('episodes').add(v1Episode);
    await v1.table('episodeTriggers').add(v1Trigger);
    await v1.table('remediesTried').add(v1Remedy);
    v1.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await listEpisodes(db)).toEqual([
      {
        ...v1Episode,
        redFlags: [],
        triggers: [{ id: v1Trigger.id, kind: 'stress', note: '', level: 6 }],
        remedies: [
          {
            id: v1Remedy.id,
            kind: 'heat',
            medicationName: null,
            dose: null,
            painBefore: 7,
            painAfter: 4,
            minutesAfter: 30,
          },
        ],
      },
    ]);
    expect(await db.checkIns.count()).toBe(0);
    db.close();
  });
});

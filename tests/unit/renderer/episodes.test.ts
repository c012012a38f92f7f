import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import {
  deleteEpisode,
  getEpisode,
  listEpisodes,
  listLatestEpisodes,
  saveEpisode,
  undoDeleteEpisode,
} from '../../../src/renderer/src/journal/episodes';
import type { EpisodeInput } from '../../../src/shared/model';

let db: JournalDatabase;
let idCounter = 0;
const newId = () => {
  idCounter += 1;
  return `aaaaaaaa-0000-4000-8000-${String(idCounter).padStart(12, '0')}`;
};
const T1 = 'bbbbbbbb-0000-4000-8000-000000000001';
const R1 = 'cccccccc-0000-4000-8000-000000000001';
const R2 = 'cccccccc-0000-4000-8000-000000000002';

function input(patch: Partial<EpisodeInput> = {}): EpisodeInput {
  return {
    startedAt: '2026-11-20T09:00:00.000Z',
    endedAt: '2026-11-20T10:30:00.000Z',
    intensity: 6,
    regions: ['between-shoulder-blades'],
    qualities: ['dull-ache'],
    triggers: [{ id: T1, kind: 'workout', note: '', workoutType: 'rowing', effort: 8 }],
    remedies: [
      {
        id: R1,
        kind: 'heat',
        medicationName: null,
        dose: null,
        painBefore: 6,
        painAfter: 3,
        minutesAfter: 30,
      },
      {
        id: R2,
        kind: 'otc-pain-reliever',
        medicationName: 'Ibuprofen',
        dose: '200 mg',
        painBefore: 6,
        painAfter: 4,
        minutesAfter: 60,
      },
    ],
    redFlags: [],
    notes: 'After rowing',
    ...patch,
  };
}

const now = new Date('2026-11-21T12:00:00.000Z');

beforeEach(async () => {
  db = new JournalDatabase(`test-${Math.random()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('saveEpisode', () => {
  it('stores the episode with its triggers and remedies and reads it back whole', async () => {
    const saved = await saveEpisode(db, input(), { now, newId });
    expect(saved.createdAt).toBe(now.toISOString());
    expect(await getEpisode(db, saved.id)).toEqual(saved);
    expect(await db.episodeTriggers.where('episodeId').equals(saved.id).count()).toBe(1);
    expect(await db.remediesTried.where('episodeId').equals(saved.id).count()).toBe(2);
  });

  it('saves nothing at all when the second write fails', async () => {
    db.remediesTried.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveEpisode(db, input(), { now, newId })).rejects.toThrow('disk full');
    expect(await db.episodes.count()).toBe(0);
    expect(await db.episodeTriggers.count()).toBe(0);
    expect(await db.remediesTried.count()).toBe(0);
  });

  it('keeps the previous version of an edited episode when the edit fails', async () => {
    const saved = await saveEpisode(db, input(), { now, newId });
    db.remediesTried.hook('creating', () => {
      throw new Error('disk full');
    });
    const [heat] = input().remedies;
    if (!heat) throw new Error('fixture has a remedy');
    await expect(
      saveEpisode(db, input({ id: saved.id, intensity: 2, remedies: [{ ...heat, id: newId() }] }), {
        now: new Date('2026-11-21T13:00:00.000Z'),
        newId,
      }),
    ).rejects.toThrow('disk full');
    expect(await getEpisode(db, saved.id)).toEqual(saved);
  });

  it('refuses an invalid episode without writing anything', async () => {
    await expect(saveEpisode(db, input({ intensity: 11 }), { now, newId })).rejects.toThrow();
    await expect(
      saveEpisode(db, input({ endedAt: '2026-11-20T08:00:00.000Z' }), { now, newId }),
    ).rejects.toThrow(/ends before it starts/);
    expect(await db.episodes.count()).toBe(0);
  });

  it('edits in place: same id, creation time kept, triggers and remedies replaced', async () => {
    const saved = await saveEpisode(db, input(), { now, newId });
    const later = new Date('2026-11-21T18:00:00.000Z');
    const edited = await saveEpisode(db, input({ id: saved.id, intensity: 3, triggers: [], remedies: [] }), {
      now: later,
      newId,
    });
    expect(edited).toMatchObject({
      id: saved.id,
      intensity: 3,
      createdAt: saved.createdAt,
      updatedAt: later.toISOString(),
    });
    expect(await db.episodes.count()).toBe(1);
    expect(await db.episodeTriggers.count()).toBe(0);
    expect(await db.remediesTried.count()).toBe(0);
  });

  it('stores instants in one format so that the index sorts by time', async () => {
    const saved = await saveEpisode(db, input({ startedAt: '2026-11-20T10:00:00+01:00', endedAt: null }), {
      now,
      newId,
    });
    expect(saved.startedAt).toBe('2026-11-20T09:00:00.000Z');
  });
});

describe('listEpisodes', () => {
  it('lists episodes newest first, each with its own triggers and remedies', async () => {
    const older = await saveEpisode(db, input({ startedAt: '2026-11-01T09:00:00.000Z', endedAt: null }), {
      now,
      newId,
    });
    const newer = await saveEpisode(
      db,
      input({ startedAt: '2026-11-19T09:00:00.000Z', endedAt: null, triggers: [], remedies: [] }),
      { now, newId },
    );
    const listed = await listEpisodes(db);
    expect(listed.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(listed[0]?.remedies).toEqual([]);
    expect(listed[1]?.remedies.map((r) => r.kind)).toEqual(['heat', 'otc-pain-reliever']);
  });
});

describe('listLatestEpisodes', () => {
  it('gives the newest episodes, as the whole list orders them, and counts all but the deleted', async () => {
    const starts = ['2026-11-03', '2026-11-19', '2026-11-07', '2026-11-19', '2026-11-12'];
    const saved = [];
    for (const day of starts)
      saved.push(
        await saveEpisode(db, input({ startedAt: `${day}T09:00:00.000Z`, endedAt: null }), { now, newId }),
      );
    // The newest of all is deleted: it is neither shown nor counted.
    await deleteEpisode(db, saved[1]?.id ?? '', now);

    const latest = await listLatestEpisodes(db, 2);
    const all = await listEpisodes(db);
    expect(latest.total).toBe(4);
    expect(all).toHaveLength(4);
    expect(latest.episodes).toEqual(all.slice(0, 2));
    expect(latest.episodes.map((e) => e.startedAt.slice(0, 10))).toEqual(['2026-11-19', '2026-11-12']);
    expect(latest.episodes[0]?.remedies.map((r) => r.kind)).toEqual(['heat', 'otc-pain-reliever']);
    expect(latest.episodes[0]?.triggers.map((t) => t.kind)).toEqual(['workout']);

    await undoDeleteEpisode(db, saved[1]?.id ?? '');
    expect((await listLatestEpisodes(db, 2)).total).toBe(5);
  });

  it('says 0 for an empty journal', async () => {
    expect(await listLatestEpisodes(db, 200)).toEqual({ episodes: [], total: 0 });
  });
});

describe('delete and undo', () => {
  it('hides a deleted episode but keeps it, and Undo brings it back unchanged', async () => {
    const saved = await saveEpisode(db, input(), { now, newId });
    await deleteEpisode(db, saved.id, now);
    expect(await listEpisodes(db)).toEqual([]);
    expect((await db.episodes.get(saved.id))?.deletedAt).toBe(now.toISOString());
    expect(await db.remediesTried.count()).toBe(2);

    await undoDeleteEpisode(db, saved.id);
    expect(await listEpisodes(db)).toEqual([saved]);
  });

  it('says so when the episode does not exist', async () => {
    await expect(deleteEpisode(db, 'missing', now)).rejects.toThrow(/No episode/);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { EpisodeConflict, isSameVersion } from '../../../src/renderer/src/journal/episodeConflict';
import {
  deleteEpisode,
  getEpisode,
  saveEpisode,
  undoDeleteEpisode,
} from '../../../src/renderer/src/journal/episodes';
import { conflictWords } from '../../../src/renderer/src/features/log/conflictMessage';
import type { Episode, EpisodeInput } from '../../../src/shared/model';

let db: JournalDatabase;
let idCounter = 0;
const newId = () => {
  idCounter += 1;
  return `aaaaaaaa-0000-4000-8000-${String(idCounter).padStart(12, '0')}`;
};

function input(patch: Partial<EpisodeInput> = {}): EpisodeInput {
  return {
    startedAt: '2026-11-20T09:00:00.000Z',
    endedAt: null,
    intensity: 6,
    regions: ['between-shoulder-blades'],
    qualities: [],
    triggers: [{ id: 'bbbbbbbb-0000-4000-8000-000000000001', kind: 'stress', note: '', level: 7 }],
    remedies: [],
    redFlags: [],
    notes: 'As first logged',
    ...patch,
  };
}

const opened = new Date('2026-11-21T10:00:00.000Z');
const later = new Date('2026-11-21T10:42:00.000Z');

/** The episode as a form would load it, saved once. */
async function stored(): Promise<Episode> {
  return saveEpisode(db, input(), { now: opened, newId });
}

async function conflictOf(promise: Promise<unknown>): Promise<EpisodeConflict> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof EpisodeConflict)) throw new Error(`expected a conflict, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  db = new JournalDatabase(`test-${Math.random()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('saveEpisode with basedOn', () => {
  it('saves an edit made on the stored version', async () => {
    const loaded = await stored();
    const saved = await saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), {
      now: later,
      newId,
      basedOn: loaded,
    });
    expect(saved.notes).toBe('Mine');
    expect(await getEpisode(db, loaded.id)).toEqual(saved);
  });

  it('refuses, writing nothing, an edit made on a version changed since', async () => {
    const loaded = await stored();
    const theirs = await saveEpisode(db, input({ id: loaded.id, notes: 'Theirs' }), {
      now: later,
      newId,
      basedOn: loaded,
    });
    const conflict = await conflictOf(
      saveEpisode(db, input({ id: loaded.id, notes: 'Mine', triggers: [] }), {
        now: later,
        newId,
        basedOn: loaded,
      }),
    );
    expect(conflict.kind).toBe('changed');
    expect(conflict.stored).toEqual(theirs);
    expect(conflict.basedOn).toEqual(loaded);
    expect(await getEpisode(db, loaded.id)).toEqual(theirs);
    expect(await db.episodeTriggers.count()).toBe(1);
  });

  it('notices a change saved in the same millisecond, when the times cannot tell', async () => {
    const loaded = await stored();
    await saveEpisode(db, input({ id: loaded.id, notes: 'Theirs' }), { now: opened, newId, basedOn: loaded });
    const conflict = await conflictOf(
      saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), { now: opened, newId, basedOn: loaded }),
    );
    expect(conflict.kind).toBe('changed');
    expect((await getEpisode(db, loaded.id))?.notes).toBe('Theirs');
  });

  it('writes over the other version once the person chooses to', async () => {
    const loaded = await stored();
    await saveEpisode(db, input({ id: loaded.id, notes: 'Theirs' }), { now: later, newId, basedOn: loaded });
    const conflict = await conflictOf(
      saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), { now: later, newId, basedOn: loaded }),
    );
    const mine = await saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), {
      now: later,
      newId,
      basedOn: conflict.stored,
    });
    expect((await getEpisode(db, loaded.id))?.notes).toBe('Mine');
    expect(mine.createdAt).toBe(opened.toISOString());
  });

  it('never brings back a deleted episode unless the person chooses to', async () => {
    const loaded = await stored();
    await deleteEpisode(db, loaded.id, later);
    const conflict = await conflictOf(
      saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), { now: later, newId, basedOn: loaded }),
    );
    expect(conflict.kind).toBe('deleted');
    expect(conflict.stored?.deletedAt).toBe(later.toISOString());
    expect((await getEpisode(db, loaded.id))?.deletedAt).toBe(later.toISOString());
    expect((await getEpisode(db, loaded.id))?.notes).toBe('As first logged');

    const kept = await saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), {
      now: later,
      newId,
      basedOn: conflict.stored,
    });
    expect(kept.deletedAt).toBeNull();
    expect((await getEpisode(db, loaded.id))?.notes).toBe('Mine');
  });

  it('says when the episode is no longer stored, and can keep it as chosen', async () => {
    const loaded = await stored();
    await db.episodes.delete(loaded.id);
    const conflict = await conflictOf(
      saveEpisode(db, input({ id: loaded.id }), { now: later, newId, basedOn: loaded }),
    );
    expect(conflict.kind).toBe('missing');
    expect(conflict.stored).toBeNull();
    expect(await db.episodes.count()).toBe(0);

    await saveEpisode(db, input({ id: loaded.id }), { now: later, newId, basedOn: null });
    expect(await db.episodes.count()).toBe(1);
  });

  it('finds no conflict once a delete has been undone and nothing else changed', async () => {
    const loaded = await stored();
    await deleteEpisode(db, loaded.id, later);
    await undoDeleteEpisode(db, loaded.id);
    const saved = await saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), {
      now: later,
      newId,
      basedOn: loaded,
    });
    expect(saved.notes).toBe('Mine');
  });

  it('never holds a new episode (no id) to a version', async () => {
    const loaded = await stored();
    const fresh = await saveEpisode(db, input(), { now: later, newId, basedOn: loaded });
    expect(fresh.id).not.toBe(loaded.id);
    expect(await db.episodes.count()).toBe(2);
  });

  it('saves as before when no version is given', async () => {
    const loaded = await stored();
    await saveEpisode(db, input({ id: loaded.id, notes: 'Theirs' }), { now: later, newId });
    const saved = await saveEpisode(db, input({ id: loaded.id, notes: 'Mine' }), { now: later, newId });
    expect(saved.notes).toBe('Mine');
  });
});

describe('isSameVersion', () => {
  it('ignores the order triggers and remedies were read in, and nothing else', async () => {
    const loaded = await saveEpisode(
      db,
      input({
        triggers: [
          { id: 'bbbbbbbb-0000-4000-8000-000000000002', kind: 'injury', note: '' },
          { id: 'bbbbbbbb-0000-4000-8000-000000000001', kind: 'stress', note: '', level: 7 },
        ],
      }),
      { now: opened, newId },
    );
    expect(isSameVersion(loaded, { ...loaded, triggers: [...loaded.triggers].reverse() })).toBe(true);
    expect(isSameVersion(loaded, { ...loaded, notes: 'else' })).toBe(false);
    expect(isSameVersion(loaded, { ...loaded, deletedAt: later.toISOString() })).toBe(false);
    expect(isSameVersion(loaded, { ...loaded, updatedAt: later.toISOString() })).toBe(false);
  });
});

describe('undoDeleteEpisode', () => {
  it('takes back only its own delete', async () => {
    const loaded = await stored();
    await deleteEpisode(db, loaded.id, opened);
    // Another window kept it, then deleted it again.
    await saveEpisode(db, input({ id: loaded.id }), {
      now: later,
      newId,
      basedOn: (await getEpisode(db, loaded.id)) ?? null,
    });
    await deleteEpisode(db, loaded.id, later);
    expect(await undoDeleteEpisode(db, loaded.id, opened.toISOString())).toBe(false);
    expect((await getEpisode(db, loaded.id))?.deletedAt).toBe(later.toISOString());
    expect(await undoDeleteEpisode(db, loaded.id, later.toISOString())).toBe(true);
    expect((await getEpisode(db, loaded.id))?.deletedAt).toBeNull();
  });
});

describe('conflictWords', () => {
  const base = { updatedAt: opened.toISOString() } as Episode;
  it('names the time of a later change in the person’s zone', () => {
    const words = conflictWords(
      { kind: 'changed', stored: { ...base, updatedAt: later.toISOString() }, basedOn: base },
      'Europe/Paris',
      'en-GB',
    );
    expect(words.message).toBe('This episode was changed in another window at 11:42, after you opened it.');
    expect([words.keepMine, words.other]).toEqual(['Save my version', 'Use the other version']);
  });

  it('names no time for an older version put back', () => {
    const words = conflictWords(
      { kind: 'changed', stored: { ...base, updatedAt: '2026-01-01T00:00:00.000Z' }, basedOn: base },
      'UTC',
      'en-GB',
    );
    expect(words.message).toBe('This episode was changed in another window after you opened it.');
  });

  it('offers to keep a deleted episode or leave it deleted', () => {
    const words = conflictWords({ kind: 'deleted', stored: base, basedOn: base }, 'UTC', 'en-GB');
    expect(words.message).toBe('This episode was deleted in another window.');
    expect([words.keepMine, words.other]).toEqual(['Keep it, with my changes', 'Leave it deleted']);
  });
});

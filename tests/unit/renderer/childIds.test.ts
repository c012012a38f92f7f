/**
 * Triggers and remedies are stored in tables of their own, keyed by their id. Two with the same id would
 * be one row, and the later would silently take the place of the earlier: these tests check that no
 * restore or merge ever takes a trigger or remedy away from an episode.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canImport,
  emptyTables,
  readBackup,
  serializeBackup,
  type BackupTables,
} from '../../../src/shared/backup';
import type { Episode, RemedyTried, Trigger } from '../../../src/shared/model';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { applyImport, readAllTables } from '../../../src/renderer/src/journal/backup';
import { saveEpisode } from '../../../src/renderer/src/journal/episodes';
import { episode } from '../../fixtures/builders';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };
const SHARED_TRIGGER_ID = '0c0c0c0c-0000-4000-8000-000000000001';
const SHARED_REMEDY_ID = '0c0c0c0c-0000-4000-8000-000000000002';

function stress(id: string, note: string): Trigger {
  return { id, kind: 'stress', note, level: 6 };
}

function heat(id: string, painAfter: number): RemedyTried {
  return {
    id,
    kind: 'heat',
    medicationName: null,
    dose: null,
    painBefore: 7,
    painAfter,
    minutesAfter: 30,
  };
}

/** What each episode holds, by episode id, ignoring the children's ids (a merge may give fresh ones). */
function contents(episodes: readonly Episode[]) {
  return Object.fromEntries(
    episodes.map((e) => [
      e.id,
      {
        triggers: e.triggers.map(({ id: _id, ...rest }) => rest).sort((a, b) => a.note.localeCompare(b.note)),
        remedies: e.remedies
          .map(({ id: _id, ...rest }) => rest)
          .sort((a, b) => (a.painAfter ?? 0) - (b.painAfter ?? 0)),
      },
    ]),
  );
}

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(`child-ids-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const first = episode('2026-11-18T09:00:00.000Z', 5, {
  triggers: [stress(SHARED_TRIGGER_ID, 'deadline')],
  remedies: [heat(SHARED_REMEDY_ID, 3)],
});
const second = episode('2026-11-19T09:00:00.000Z', 6, {
  triggers: [stress(SHARED_TRIGGER_ID, 'moving house')],
  remedies: [heat(SHARED_REMEDY_ID, 4)],
});

describe('a backup whose episodes share a trigger or remedy id', () => {
  it('is refused, with one plain message per repeat naming both episodes', () => {
    const reading = readBackup(serializeBackup({ ...emptyTables(), episodes: [first, second] }, info));
    expect(canImport(reading)).toBe(false);
    if (reading.status !== 'readable') throw new Error('refused outright');
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Episode 2: its trigger 1 (Stress or anxiety) has the same id as trigger 1 of episode 1, so one of them would be lost.',
      'Episode 2: its remedy 1 (Heat) has the same id as remedy 1 of episode 1, so one of them would be lost.',
    ]);
  });

  it('is refused when one episode lists the same trigger id twice', () => {
    const twice = episode('2026-11-18T09:00:00.000Z', 5, {
      triggers: [stress(SHARED_TRIGGER_ID, 'a'), stress(SHARED_TRIGGER_ID, 'b')],
    });
    const reading = readBackup(serializeBackup({ ...emptyTables(), episodes: [twice] }, info));
    if (reading.status !== 'readable') throw new Error('refused outright');
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Episode 1: its trigger 2 (Stress or anxiety) has the same id as its trigger 1, so one of them would be lost.',
    ]);
  });

  it('never loses a trigger or remedy, even when written without the reader (replace)', async () => {
    const tables: BackupTables = { ...emptyTables(), episodes: [first, second] };
    await applyImport(db, tables, 'replace');
    expect(contents((await readAllTables(db)).episodes)).toEqual(contents([first, second]));
  });
});

describe('merging a file that reuses a trigger or remedy id of the journal', () => {
  it('keeps the journal episode’s trigger and remedy, and adds the incoming ones', async () => {
    await applyImport(db, { ...emptyTables(), episodes: [first] }, 'replace');
    await applyImport(db, { ...emptyTables(), episodes: [second] }, 'merge');
    const after = (await readAllTables(db)).episodes;
    expect(after).toHaveLength(2);
    expect(contents(after)).toEqual(contents([first, second]));
    // The journal's own trigger keeps its id; only the newcomer is renumbered.
    expect(after.find((e) => e.id === first.id)?.triggers[0]?.id).toBe(SHARED_TRIGGER_ID);
    expect(after.find((e) => e.id === first.id)?.remedies[0]?.id).toBe(SHARED_REMEDY_ID);
  });

  it('merging the same file twice still duplicates nothing', async () => {
    await applyImport(db, { ...emptyTables(), episodes: [first] }, 'replace');
    await applyImport(db, { ...emptyTables(), episodes: [second] }, 'merge');
    await applyImport(db, { ...emptyTables(), episodes: [second] }, 'merge');
    expect(await db.episodeTriggers.count()).toBe(2);
    expect(await db.remediesTried.count()).toBe(2);
    expect(contents((await readAllTables(db)).episodes)).toEqual(contents([first, second]));
  });

  it('lets an episode in the file take back its own trigger ids', async () => {
    await applyImport(db, { ...emptyTables(), episodes: [first] }, 'replace');
    const edited = { ...first, triggers: [stress(SHARED_TRIGGER_ID, 'deadline, edited')] };
    await applyImport(db, { ...emptyTables(), episodes: [edited] }, 'merge');
    const [only] = (await readAllTables(db)).episodes;
    expect(only?.triggers).toEqual(edited.triggers);
  });
});

describe('saving an episode whose trigger id another episode uses', () => {
  it('keeps the other episode’s trigger and gives the saved one a fresh id', async () => {
    await applyImport(db, { ...emptyTables(), episodes: [first] }, 'replace');
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = second;
    const saved = await saveEpisode(db, input, {
      now: new Date('2026-11-19T10:00:00Z'),
      newId: (() => {
        let n = 0;
        return () => `0e0e0e0e-0000-4000-8000-00000000000${(n += 1)}`;
      })(),
    });
    expect(saved.triggers[0]?.id).not.toBe(SHARED_TRIGGER_ID);
    expect(contents((await readAllTables(db)).episodes)).toEqual(
      contents([first, { ...second, id: saved.id }]),
    );
  });
});

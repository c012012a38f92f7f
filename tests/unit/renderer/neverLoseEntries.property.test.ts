/**
 * Issue 20's property: any sequence of restores (merge and replace), undos, edits and deletes, each
 * possibly cut short at any write (the app killed mid-way), ends with a journal that equals a state the
 * person confirmed (the one before the action, or the one the action promised), and never loses an
 * entry the person saved.
 *
 * The "kill" makes every IndexedDB write from the chosen one on throw, as if the process had died there:
 * the transaction in flight aborts, committed ones stay, and nothing after it is written. Then the app
 * "restarts": fresh database objects over the same stored data. fake-indexeddb gives real transaction
 * semantics in Node.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyTables,
  fingerprintTables,
  planUndo,
  readBackup,
  rowFingerprint,
  sameFingerprints,
  tablesAfterRestore,
  type BackupTables,
  type ImportMode,
} from '../../../src/shared/backup';
import type { Episode, EpisodeInput } from '../../../src/shared/model';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { readAllTables } from '../../../src/renderer/src/journal/backup';
import { deleteEpisode, saveEpisode } from '../../../src/renderer/src/journal/episodes';
import { restoreBackup, undoLastRestore } from '../../../src/renderer/src/journal/restore';
import {
  getRestorePoint,
  openRestorePoints,
  type RestorePoint,
} from '../../../src/renderer/src/journal/restorePoint';
import { episodeArb, tablesArb } from '../../fixtures/arbitraries';

// --- the kill switch --------------------------------------------------------------------------------

let writesLeft = Number.POSITIVE_INFINITY;
const patched: Array<() => void> = [];

function countWrites(proto: object, methods: string[]): void {
  for (const method of methods) {
    const target = proto as Record<string, (...args: unknown[]) => unknown>;
    const original = target[method];
    if (typeof original !== 'function') continue;
    target[method] = function (this: unknown, ...args: unknown[]) {
      if (writesLeft <= 0) throw new DOMException('The app was closed', 'AbortError');
      writesLeft -= 1;
      return original.apply(this, args);
    };
    patched.push(() => (target[method] = original));
  }
}
countWrites(IDBObjectStore.prototype, ['put', 'add', 'delete', 'clear']);
countWrites(IDBCursor.prototype, ['update', 'delete']);

afterEach(() => {
  writesLeft = Number.POSITIVE_INFINITY;
});

// --- actions ----------------------------------------------------------------------------------------

type Action =
  | { kind: 'save-new'; episode: Episode }
  | { kind: 'edit'; pick: number; intensity: number; notes: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'restore-file'; tables: BackupTables; mode: ImportMode }
  | { kind: 'restore-earlier'; pick: number; mode: ImportMode }
  | { kind: 'undo' };

const modeArb = fc.constantFrom<ImportMode>('merge', 'replace');
const smallTablesArb = tablesArb.map((t) => ({ ...t, episodes: t.episodes.slice(0, 4) }));

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: episodeArb.map((episode) => ({ kind: 'save-new' as const, episode })) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      pick: fc.nat(),
      intensity: fc.integer({ min: 0, max: 10 }),
      notes: fc.string({ maxLength: 20 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('restore-file' as const),
      tables: smallTablesArb,
      mode: modeArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('restore-earlier' as const), pick: fc.nat(), mode: modeArb }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

/** An action, and the write at which the app is killed during it (null: it runs to the end). */
const stepArb = fc.record({ action: actionArb, killAt: fc.option(fc.nat(30), { nil: null }) });

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };
const desktop = {
  supportsAutomaticBackups: async () => false,
  writeAutomaticBackup: async () => ({
    name: '',
    createdAt: '',
    reason: 'before-restore' as const,
    sizeBytes: 0,
  }),
};

function inputOf(episode: Episode): EpisodeInput {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = episode;
  return input;
}

function pickLive(tables: BackupTables, pick: number): Episode | undefined {
  const live = tables.episodes.filter((e) => e.deletedAt === null).sort((a, b) => a.id.localeCompare(b.id));
  return live.length === 0 ? undefined : live[pick % live.length];
}

interface World {
  name: string;
  db: JournalDatabase;
  points: ReturnType<typeof openRestorePoints>;
  clock: number;
  /** Journals the person has had (confirmed states), for "restore an earlier backup". */
  earlier: BackupTables[];
  /** Each episode the person saved or deleted, as they left it, until a restore legitimately replaces it. */
  saved: Map<string, string>;
}

async function restart(world: World): Promise<void> {
  world.db.close();
  world.points.close();
  writesLeft = Number.POSITIVE_INFINITY;
  world.db = new JournalDatabase(world.name);
  await world.db.open();
  world.points = openRestorePoints(`${world.name}-restore-point`);
}

interface Outcome {
  /** The journal the action promises. */
  promised: BackupTables;
  /** The episode the person saved or deleted, if the action was that. */
  touched?: Episode;
}

function restoredTables(world: World, action: Extract<Action, { mode: ImportMode }>): BackupTables {
  return action.kind === 'restore-file'
    ? action.tables
    : (world.earlier[action.pick % world.earlier.length] ?? emptyTables());
}

/** The journal an undo of `point` promises. */
function undoPromise(point: RestorePoint, before: BackupTables): BackupTables {
  const reading = readBackup(point.backup);
  if (reading.status !== 'readable') throw new Error('unreadable restore point');
  return planUndo(reading.tables, point.after ?? null, before).tables;
}

/** Runs one action to its end, or until the kill (then it throws). */
async function run(world: World, action: Action, before: BackupTables): Promise<Outcome> {
  const now = new Date(Date.UTC(2026, 10, 21, 12, 0, world.clock++));
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${(world.clock * 1000 + n++).toString().padStart(12, '0')}`;
  const context = {
    db: world.db,
    restorePoints: world.points,
    desktop,
    info: { ...info, exportedAt: now.toISOString() },
  };
  switch (action.kind) {
    case 'save-new': {
      const episode = await saveEpisode(world.db, inputOf({ ...action.episode, id: newId() }), {
        now,
        newId,
      });
      return { promised: { ...before, episodes: [...before.episodes, episode] }, touched: episode };
    }
    case 'edit': {
      const target = pickLive(before, action.pick);
      if (!target) return { promised: before };
      const episode = await saveEpisode(
        world.db,
        { ...inputOf(target), intensity: action.intensity, notes: action.notes },
        { now, newId },
      );
      const episodes = before.episodes.map((e) => (e.id === episode.id ? episode : e));
      return { promised: { ...before, episodes }, touched: episode };
    }
    case 'delete': {
      const target = pickLive(before, action.pick);
      if (!target) return { promised: before };
      await deleteEpisode(world.db, target.id, now);
      const deleted = { ...target, deletedAt: now.toISOString() };
      const episodes = before.episodes.map((e) => (e.id === target.id ? deleted : e));
      return { promised: { ...before, episodes }, touched: deleted };
    }
    case 'restore-file':
    case 'restore-earlier': {
      const tables = restoredTables(world, action);
      await restoreBackup(context, tables, action.mode, 'Restored');
      return { promised: tablesAfterRestore(before, tables, action.mode) };
    }
    case 'undo': {
      const point = await getRestorePoint(world.points);
      if (!point) return { promised: before };
      const promised = undoPromise(point, before);
      await undoLastRestore(context);
      return { promised };
    }
  }
}

function isKill(error: unknown): boolean {
  // Dexie wraps the aborted write; its message or inner error names the abort.
  const text =
    error instanceof Error
      ? `${error.name} ${error.message} ${String((error as { inner?: unknown }).inner)}`
      : '';
  return /AbortError|The app was closed/.test(text);
}

describe('never lose an entry (property)', () => {
  it('restores, undos, edits and deletes, each cut short anywhere, end in a confirmed state and keep every saved entry', async () => {
    let journals = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 8 }), async (steps) => {
        const name = `never-lose-${journals++}-${Math.random()}`;
        const world: World = {
          name,
          db: new JournalDatabase(name),
          points: openRestorePoints(`${name}-restore-point`),
          clock: 0,
          earlier: [emptyTables()],
          saved: new Map(),
        };
        await world.db.open();
        try {
          for (const { action, killAt } of steps) {
            const before = await readAllTables(world.db);
            const pointBefore = await getRestorePoint(world.points);
            writesLeft = killAt ?? Number.POSITIVE_INFINITY;
            let outcome: Outcome | null = null;
            try {
              outcome = await run(world, action, before);
            } catch (error) {
              if (!isKill(error)) throw error;
            }
            await restart(world);
            const now = await readAllTables(world.db);
            const state = fingerprintTables(now);

            const isBefore = sameFingerprints(state, fingerprintTables(before));
            // A restore or undo cut short may still have landed: its last step (writing or forgetting the
            // restore point) follows the commit.
            const promised =
              outcome?.promised ??
              (action.kind === 'restore-file' || action.kind === 'restore-earlier'
                ? tablesAfterRestore(before, restoredTables(world, action), action.mode)
                : action.kind === 'undo' && pointBefore
                  ? undoPromise(pointBefore, before)
                  : null);
            const isAfter = promised !== null && sameFingerprints(state, fingerprintTables(promised));
            const label = `${action.kind} ${outcome === null ? `killed at write ${killAt}` : 'ran to the end'}`;
            expect(isBefore || isAfter, label).toBe(true);
            if (outcome !== null) expect(isAfter, label).toBe(true);

            // A restore point (the "Replaced with …" notice and its Undo) only ever speaks of a restore that landed.
            const pointAfter = await getRestorePoint(world.points);
            if (pointAfter !== undefined && pointAfter.createdAt !== pointBefore?.createdAt) {
              expect(action.kind === 'restore-file' || action.kind === 'restore-earlier', label).toBe(true);
              expect(isAfter, `${label}: the restore point speaks of a restore that landed`).toBe(true);
            }

            if (isAfter && (action.kind === 'restore-file' || action.kind === 'restore-earlier')) {
              // A restore the person confirmed may replace what they saved: from here the journal is what it says.
              if (action.mode === 'replace') world.saved.clear();
              for (const episode of restoredTables(world, action).episodes) world.saved.delete(episode.id);
            }
            if (outcome?.touched)
              world.saved.set(outcome.touched.id, rowFingerprint('episodes', outcome.touched));
            world.earlier.push(now);

            // Never lose an entry the person saved: it is there as they left it.
            const stored = new Map(now.episodes.map((e) => [e.id, rowFingerprint('episodes', e)]));
            for (const [id, print] of world.saved) {
              expect(stored.get(id), `saved episode ${id} after ${action.kind}`).toBe(print);
            }
          }
        } finally {
          world.db.close();
          world.points.close();
        }
      }),
      { numRuns: 120, seed: 20_2026 },
    );
  }, 120_000);
});

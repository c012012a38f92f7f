import { describe, expect, it } from 'vitest';
import {
  emptyTables,
  fingerprintTables,
  planUndo,
  rowFingerprint,
  sameFingerprints,
  tablesAfterRestore,
  type BackupTables,
} from '../../../../src/shared/backup';
import { checkIn, episode } from '../../../fixtures/builders';

const mine = episode('2026-11-01T09:00:00.000Z', 6, { notes: 'mine' });
const theirs = episode('2026-11-02T09:00:00.000Z', 3, { notes: 'from the file' });
const mineInTheFile = { ...mine, intensity: 2, notes: 'the file’s version of mine' };

function journal(patch: Partial<BackupTables>): BackupTables {
  return { ...emptyTables(), ...patch };
}

function notes(tables: BackupTables): string[] {
  return tables.episodes.map((e) => e.notes).sort();
}

describe('what a restore leaves', () => {
  it('Replace leaves the file; Merge overlays the file on the journal by id', () => {
    const before = journal({ episodes: [mine], checkIns: [checkIn('2026-11-01')] });
    const file = journal({ episodes: [theirs, mineInTheFile] });
    expect(tablesAfterRestore(before, file, 'replace')).toBe(file);
    const merged = tablesAfterRestore(before, file, 'merge');
    expect(notes(merged)).toEqual(['from the file', 'the file’s version of mine']);
    expect(merged.checkIns).toHaveLength(1);
  });
});

describe('undoing a restore', () => {
  const before = journal({ episodes: [mine] });
  const file = journal({ episodes: [theirs, mineInTheFile] });
  const after = tablesAfterRestore(before, file, 'merge');
  const restored = fingerprintTables(after);

  it('with nothing done since, puts the journal back exactly', () => {
    const plan = planUndo(before, restored, after);
    expect(sameFingerprints(fingerprintTables(plan.tables), fingerprintTables(before))).toBe(true);
    expect(plan.reverted.episodes).toBe(2); // mine comes back, theirs goes
    expect(plan.kept.episodes).toBe(0);
  });

  it('keeps an entry added since the restore', () => {
    const later = episode('2026-11-03T09:00:00.000Z', 8, { notes: 'logged after the restore' });
    const now = { ...after, episodes: [...after.episodes, later] };
    const plan = planUndo(before, restored, now);
    expect(notes(plan.tables)).toEqual(['logged after the restore', 'mine']);
    expect(plan.kept.episodes).toBe(1);
  });

  it('keeps an edit made since the restore to an episode the restore brought, and a check-in added since', () => {
    const edited = { ...theirs, notes: 'edited after the restore', updatedAt: '2026-11-03T10:00:00.000Z' };
    const now = {
      ...after,
      episodes: after.episodes.map((e) => (e.id === theirs.id ? edited : e)),
      checkIns: [checkIn('2026-11-03')],
    };
    const plan = planUndo(before, restored, now);
    expect(notes(plan.tables)).toEqual(['edited after the restore', 'mine']);
    expect(plan.tables.checkIns.map((c) => c.day)).toEqual(['2026-11-03']);
    expect(plan.kept).toMatchObject({ episodes: 1, checkIns: 1 });
  });

  it('leaves deleted what was deleted since the restore', () => {
    const deleted = { ...mineInTheFile, deletedAt: '2026-11-03T10:00:00.000Z' };
    const now = { ...after, episodes: [theirs, deleted] };
    const plan = planUndo(before, restored, now);
    expect(plan.tables.episodes).toEqual([deleted]);
  });

  it('a restore point from an earlier version (no fingerprints) puts everything back, and says nothing is kept', () => {
    const later = episode('2026-11-03T09:00:00.000Z', 8, { notes: 'logged after the restore' });
    const plan = planUndo(before, null, { ...after, episodes: [...after.episodes, later] });
    expect(notes(plan.tables)).toEqual(['mine']);
    expect(plan.kept.episodes).toBe(0);
    expect(plan.reverted.episodes).toBe(3);
  });

  it('undoing twice (the app closed before the restore point was cleared) changes nothing more', () => {
    const later = episode('2026-11-03T09:00:00.000Z', 8, { notes: 'logged after the restore' });
    const once = planUndo(before, restored, { ...after, episodes: [...after.episodes, later] }).tables;
    const twice = planUndo(before, restored, once).tables;
    expect(sameFingerprints(fingerprintTables(twice), fingerprintTables(once))).toBe(true);
  });
});

describe('row fingerprints', () => {
  it('ignore trigger and remedy ids and their order, key order and case of the episode id, but see any edit', () => {
    const withChildren = episode('2026-11-01T09:00:00.000Z', 5, {
      triggers: [
        { id: '11111111-1111-4111-8111-111111111111', kind: 'stress', note: '', level: 4 },
        { id: '22222222-2222-4222-8222-222222222222', kind: 'stress', note: 'work', level: 7 },
      ],
    });
    const renumbered = {
      ...withChildren,
      id: withChildren.id.toUpperCase(),
      triggers: [...withChildren.triggers]
        .reverse()
        .map((t, i) => ({ ...t, id: `0000000${i}-0000-4000-8000-000000000000` })),
    };
    expect(rowFingerprint('episodes', renumbered)).toBe(rowFingerprint('episodes', withChildren));
    expect(rowFingerprint('episodes', { ...withChildren, intensity: 6 })).not.toBe(
      rowFingerprint('episodes', withChildren),
    );
    const reordered = Object.fromEntries(Object.entries(withChildren).reverse()) as typeof withChildren;
    expect(rowFingerprint('episodes', reordered)).toBe(rowFingerprint('episodes', withChildren));
  });
});

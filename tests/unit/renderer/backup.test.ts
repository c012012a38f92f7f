import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canImport,
  emptyTables,
  readBackup,
  serializeBackup,
  tablesChecksum,
  type BackupTables,
} from '../../../src/shared/backup';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import {
  applyImport,
  existingKeys,
  exportBackup,
  readAllTables,
} from '../../../src/renderer/src/journal/backup';
import { restoreBackup, undoLastRestore } from '../../../src/renderer/src/journal/restore';
import { getRestorePoint, openRestorePoints } from '../../../src/renderer/src/journal/restorePoint';
import { saveEpisode } from '../../../src/renderer/src/journal/episodes';
import { createOwnFactor } from '../../../src/renderer/src/journal/ownFactors';
import { checkIn } from '../../fixtures/builders';
import { tablesArb } from '../../fixtures/arbitraries';
import { syntheticEpisodes } from '../../fixtures/syntheticJournal';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };
let db: JournalDatabase;

async function freshDb(): Promise<JournalDatabase> {
  const fresh = new JournalDatabase(`backup-${Math.random()}`);
  await fresh.open();
  return fresh;
}

function sortTables(tables: BackupTables): BackupTables {
  const by =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    episodes: [...tables.episodes].sort(by((e) => e.id)),
    checkIns: [...tables.checkIns].sort(by((c) => c.day)),
    measures: [...tables.measures].sort(by((m) => m.id)),
    psfsActivities: [...tables.psfsActivities].sort(by((a) => a.id)),
    withdrawalPeriods: [...tables.withdrawalPeriods].sort(by((p) => p.id)),
    ownFactors: [...tables.ownFactors].sort(by((f) => f.id)),
    settings: tables.settings,
  };
}

function withSortedChildren(tables: BackupTables): BackupTables {
  return {
    ...tables,
    episodes: tables.episodes.map((e) => ({
      ...e,
      triggers: [...e.triggers].sort((a, b) => a.id.localeCompare(b.id)),
      remedies: [...e.remedies].sort((a, b) => a.id.localeCompare(b.id)),
    })),
  };
}

beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('export, wipe, import', () => {
  it('any journal comes back exactly (property, real IndexedDB in Node)', async () => {
    await fc.assert(
      fc.asyncProperty(tablesArb, async (tables) => {
        const target = await freshDb();
        try {
          await applyImport(target, tables, 'replace');
          const text = await exportBackup(target, info);
          await applyImport(target, emptyTables(), 'replace');
          expect(await readAllTables(target)).toEqual(emptyTables());
          const reading = readBackup(text);
          if (!canImport(reading)) throw new Error('export not readable');
          await applyImport(target, reading.tables, 'replace');
          expect(withSortedChildren(sortTables(await readAllTables(target)))).toEqual(
            withSortedChildren(sortTables(tables)),
          );
        } finally {
          await target.delete();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('importing the same file again changes nothing', async () => {
    const episodes = syntheticEpisodes({
      seed: 5,
      episodes: 120,
      until: new Date('2026-11-20T12:00:00Z'),
      days: 90,
    });
    await applyImport(db, { ...emptyTables(), episodes }, 'replace');
    const before = await exportBackup(db, info);
    const reading = readBackup(before);
    if (!canImport(reading)) throw new Error('export not readable');
    await applyImport(db, reading.tables, 'merge');
    await applyImport(db, reading.tables, 'merge');
    expect(await exportBackup(db, info)).toBe(before);
  });

  it('merge adds new entries and updates overlapping ones by id, never duplicating', async () => {
    const all = syntheticEpisodes({
      seed: 9,
      episodes: 30,
      until: new Date('2026-11-20T12:00:00Z'),
      days: 30,
    });
    await applyImport(db, { ...emptyTables(), episodes: all.slice(0, 20) }, 'replace');
    const incoming = all.slice(10).map((e) => ({ ...e, notes: 'from the backup' }));
    const keys = await existingKeys(db);
    expect(incoming.filter((e) => keys.episodes.has(e.id))).toHaveLength(10);
    const counts = await applyImport(db, { ...emptyTables(), episodes: incoming }, 'merge');
    expect(counts.episodes).toBe(20);
    const after = await readAllTables(db);
    expect(after.episodes).toHaveLength(30);
    expect(after.episodes.filter((e) => e.notes === 'from the backup')).toHaveLength(20);
    const triggerCount = await db.episodeTriggers.count();
    expect(triggerCount).toBe(all.reduce((n, e) => n + e.triggers.length, 0));
  });

  it('writes all or nothing: a failure part-way leaves the journal as it was', async () => {
    const episodes = syntheticEpisodes({
      seed: 2,
      episodes: 10,
      until: new Date('2026-11-20T12:00:00Z'),
      days: 10,
    });
    await applyImport(db, { ...emptyTables(), episodes: episodes.slice(0, 5) }, 'replace');
    const before = await exportBackup(db, info);
    db.checkIns.hook('creating', () => {
      throw new Error('disk full');
    });
    const checkIn = {
      day: '2026-11-19',
      sleepHours: 7,
      sleepQuality: 3,
      waterLitres: null,
      stress: 4,
      deskHours: 8,
      workout: null,
      workoutEffort: null,
      withdrawalSubstance: null,
      withdrawalDay: null,
      overallPain: 3,
      mood: null,
      energy: null,
      ownValues: {},
      notes: '',
      createdAt: '2026-11-19T20:00:00.000Z',
      updatedAt: '2026-11-19T20:00:00.000Z',
    };
    await expect(
      applyImport(db, { ...emptyTables(), episodes, checkIns: [checkIn] }, 'replace'),
    ).rejects.toThrow('disk full');
    expect(await exportBackup(db, info)).toBe(before);
  });
});

describe('an older backup', () => {
  it('restores the frozen schema 2 file into the journal with every row, follow-ups null', async () => {
    const text = readFileSync(resolve(__dirname, '../../fixtures/backups/schema-2.json'), 'utf8');
    const reading = readBackup(text);
    if (!canImport(reading)) throw new Error('the schema 2 file is not readable');
    await applyImport(db, reading.tables, 'replace');
    const stored = sortTables(await readAllTables(db));
    expect(stored).toEqual(sortTables(reading.tables));
    expect(stored.episodes.map((e) => e.followUp)).toEqual([null, null, null]);
    expect(stored.episodes.map((e) => e.notes)).toEqual([
      'Stiff after rowing – better with heat.',
      '',
      'Logged by mistake',
    ]);
  });
});

describe('a corpus of bad files', () => {
  it('refuses each one and leaves the journal byte-for-byte unchanged', async () => {
    await saveEpisode(
      db,
      {
        startedAt: '2026-11-20T09:00:00.000Z',
        endedAt: null,
        intensity: 6,
        regions: ['neck'],
        qualities: [],
        triggers: [],
        remedies: [],
        redFlags: [],
        notes: 'Keep me',
      },
      { now: new Date('2026-11-20T09:05:00Z'), newId: () => '0b0b0b0b-0000-4000-8000-000000000001' },
    );
    const before = await exportBackup(db, info);
    const good = serializeBackup(
      {
        ...emptyTables(),
        episodes: (await readAllTables(db)).episodes.map((e) => ({ ...e, notes: 'Changed' })),
      },
      info,
    );
    const withRows = (rows: unknown[]) => {
      const tables = { episodes: rows };
      return JSON.stringify({
        format: 'upper-back-journal-backup',
        formatVersion: 1,
        schemaVersion: 2,
        appVersion: '0.1.0',
        exportedAt: info.exportedAt,
        tables,
        checksum: { algorithm: 'SHA-256', value: tablesChecksum(tables) },
      });
    };
    const [episode] = (await readAllTables(db)).episodes;
    const corpus = [
      good.slice(0, -25), // truncated
      'not json at all',
      `\uFEFF\uFEFF${good}`, // two byte-order marks (one alone is taken off and the file read)
      good.replace('upper-back-journal-backup', 'something-else'),
      good.replace('"formatVersion":1', '"formatVersion":9'),
      good.replace('Changed', 'Tampered'), // checksum mismatch
      withRows([episode]).replace('"notes"', '"__proto__":{"polluted":true},"notes"'),
      withRows([{ ...episode, startedAt: 'last Tuesday' }]),
      withRows([{ ...episode, intensity: 42 }]),
      withRows([{ ...episode, intensity: 'six' }]),
      withRows([{ ...episode, notes: 'x'.repeat(100_000) }]),
      withRows([episode, episode]),
    ];
    for (const text of corpus) {
      const reading = readBackup(text);
      expect(canImport(reading)).toBe(false);
      if (canImport(reading)) await applyImport(db, reading.tables, 'replace');
    }
    expect(await exportBackup(db, info)).toBe(before);
  });
});

describe('restore and undo', () => {
  it('keeps a restore point first, and undo puts the journal back exactly', async () => {
    const restorePoints = openRestorePoints(`rp-${Math.random()}`);
    const written: string[] = [];
    const desktop = {
      supportsAutomaticBackups: async () => true,
      writeAutomaticBackup: async (content: string) => {
        written.push(content);
        return {
          name: 'x.json',
          createdAt: info.exportedAt,
          reason: 'before-restore' as const,
          sizeBytes: content.length,
        };
      },
    };
    const mine = syntheticEpisodes({
      seed: 11,
      episodes: 15,
      until: new Date('2026-11-20T12:00:00Z'),
      days: 20,
    });
    await applyImport(db, { ...emptyTables(), episodes: mine }, 'replace');
    const before = await exportBackup(db, info);

    const theirs = syntheticEpisodes({
      seed: 12,
      episodes: 4,
      until: new Date('2026-11-20T12:00:00Z'),
      days: 20,
    });
    const counts = await restoreBackup(
      { db, restorePoints, desktop, info },
      { ...emptyTables(), episodes: theirs },
      'replace',
      'Replaced with a backup',
    );
    expect(counts.episodes).toBe(4);
    expect((await readAllTables(db)).episodes).toHaveLength(4);
    expect(written).toEqual([before]);
    expect((await getRestorePoint(restorePoints))?.backup).toBe(before);

    expect((await undoLastRestore({ db, restorePoints }))?.reverted.episodes).toBe(19);
    expect(await exportBackup(db, info)).toBe(before);
    expect(await getRestorePoint(restorePoints)).toBeUndefined();
    expect(await undoLastRestore({ db, restorePoints })).toBeNull();
    await restorePoints.delete();
  });

  it('a Replace stops, changing nothing, when another window saved an entry while the copy was being kept', async () => {
    const restorePoints = openRestorePoints(`rp-${Math.random()}`);
    await applyImport(
      db,
      {
        ...emptyTables(),
        episodes: syntheticEpisodes({
          seed: 3,
          episodes: 5,
          until: new Date('2026-11-20T12:00:00Z'),
          days: 10,
        }),
      },
      'replace',
    );
    const otherWindow = new JournalDatabase(db.name);
    const desktop = {
      // Called after the copy is kept and before the replace: the moment another window's save would land.
      supportsAutomaticBackups: async () => {
        await saveEpisode(
          otherWindow,
          {
            startedAt: '2026-11-21T08:00:00.000Z',
            endedAt: null,
            intensity: 5,
            regions: [],
            qualities: [],
            triggers: [],
            remedies: [],
            redFlags: [],
            notes: 'saved in the other window',
          },
          { now: new Date('2026-11-21T08:00:00Z'), newId: () => crypto.randomUUID() },
        );
        return false;
      },
      writeAutomaticBackup: async () => {
        throw new Error('not called');
      },
    };
    const file = {
      ...emptyTables(),
      episodes: syntheticEpisodes({
        seed: 4,
        episodes: 2,
        until: new Date('2026-11-20T12:00:00Z'),
        days: 10,
      }),
    };
    await expect(
      restoreBackup({ db, restorePoints, desktop, info }, file, 'replace', 'Replaced with a backup'),
    ).rejects.toMatchObject({ name: 'JournalChangedError' });
    const episodes = (await readAllTables(db)).episodes;
    expect(episodes).toHaveLength(6);
    expect(episodes.some((e) => e.notes === 'saved in the other window')).toBe(true);
    expect(await getRestorePoint(restorePoints)).toBeUndefined();
    otherWindow.close();
    await restorePoints.delete();
  });
});

describe('own factors in a merge', () => {
  it('brings the factor definitions with check-ins whose values use them, keeping the journal’s own', async () => {
    const mine = await createOwnFactor(db, { name: 'Hours on the phone', kind: 'number', unit: 'hours' });
    const coffee = {
      id: '0a0a0a0a-0000-4000-8000-0000000000f1',
      name: 'Cups of coffee',
      kind: 'number' as const,
      unit: 'cups',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      archivedAt: null,
    };
    const theirs = checkIn('2026-11-19', { mood: 6, energy: 0, ownValues: { [coffee.id]: 3 } });
    const reading = readBackup(
      serializeBackup({ ...emptyTables(), ownFactors: [coffee], checkIns: [theirs] }, info),
    );
    if (!canImport(reading)) throw new Error('the backup is not readable');
    const counts = await applyImport(db, reading.tables, 'merge');
    expect(counts.ownFactors).toBe(1);
    const stored = await readAllTables(db);
    expect(stored.ownFactors.map((f) => f.name).sort()).toEqual(['Cups of coffee', mine.name]);
    expect(stored.checkIns).toEqual([
      expect.objectContaining({ mood: 6, energy: 0, ownValues: { [coffee.id]: 3 } }),
    ]);
  });
});

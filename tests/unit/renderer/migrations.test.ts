import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '../../../src/shared/backup';
import { JOURNAL_SCHEMA_VERSION, JournalDatabase } from '../../../src/renderer/src/db/database';
import { readAllTables } from '../../../src/renderer/src/journal/backup';
import { DATABASE_FIXTURES } from '../../fixtures/databases';

/** Writes a fixture the way its own version of the app would have. */
async function createFixtureDatabase(
  name: string,
  fixture: (typeof DATABASE_FIXTURES)[number],
): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('has a frozen fixture for every released schema version', () => {
    expect(DATABASE_FIXTURES.map((f) => f.version)).toEqual(
      Array.from({ length: JOURNAL_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(DATABASE_FIXTURES.map((f) => [f.version, f] as const))(
    'opens a version %i journal with today’s code and every row is there and valid',
    async (_version, fixture) => {
      const name = `fixture-${fixture.version}-${Math.random()}`;
      await createFixtureDatabase(name, fixture);
      const db = new JournalDatabase(name);
      await db.open();
      expect(db.verno).toBe(JOURNAL_SCHEMA_VERSION);
      const tables = await readAllTables(db);

      // Every stored row came through, nothing more.
      expect(tables.episodes).toHaveLength(fixture.rows.episodes?.length ?? 0);
      expect(tables.episodes.flatMap((e) => e.triggers)).toHaveLength(
        fixture.rows.episodeTriggers?.length ?? 0,
      );
      expect(tables.episodes.flatMap((e) => e.remedies)).toHaveLength(
        fixture.rows.remediesTried?.length ?? 0,
      );
      expect(tables.checkIns).toHaveLength(fixture.rows.checkIns?.length ?? 0);
      expect(tables.measures).toHaveLength(fixture.rows.measures?.length ?? 0);
      expect(tables.ownFactors).toHaveLength(fixture.rows.ownFactors?.length ?? 0);
      // And every row is valid at the current schema.
      for (const [table, schema] of Object.entries(ROW_SCHEMAS)) {
        for (const row of tables[table as keyof typeof tables])
          expect(schema.safeParse(row).success).toBe(true);
      }
      // Fields the old version wrote are unchanged.
      for (const original of fixture.rows.episodes ?? []) {
        expect(tables.episodes.find((e) => e.id === original.id)).toMatchObject(original);
      }
      for (const original of fixture.rows.checkIns ?? []) {
        expect(tables.checkIns.find((c) => c.day === original.day)).toMatchObject(original);
      }
      // Check-ins from before version 4 have mood, energy and own factors not recorded (never 0).
      if (fixture.version < 4) {
        for (const checkIn of tables.checkIns) {
          expect(checkIn).toMatchObject({ mood: null, energy: null, ownValues: {} });
        }
      }
      db.close();
    },
  );

  it('gives version 1 episodes an empty red-flag list, deleted ones included', async () => {
    const name = `v1-${Math.random()}`;
    const [v1] = DATABASE_FIXTURES;
    if (!v1) throw new Error('no fixture');
    await createFixtureDatabase(name, v1);
    const db = new JournalDatabase(name);
    await db.open();
    const tables = await readAllTables(db);
    expect(tables.episodes.map((e) => [e.notes, e.redFlags, e.deletedAt !== null])).toEqual([
      ['Written by version 1', [], false],
      ['Deleted in version 1', [], true],
    ]);
    expect(tables.episodes[0]?.triggers).toEqual([
      { id: '0f0f0f0f-0000-4000-8000-000000000002', kind: 'stress', note: '', level: 6 },
    ]);
    db.close();
  });
});

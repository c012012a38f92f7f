import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupFileSchema, readBackup, tablesChecksum } from '../../../../src/shared/backup';

const SCHEMA_FILE = resolve(__dirname, '../../../../docs/backup.schema.json');

/** The JSON Schema in docs/, generated from the same schemas the app validates with. */
function generated(): string {
  const schema = z.toJSONSchema(backupFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://upper-back-journal.local/backup.schema.json',
      title: 'Upper Back Journal backup',
      description:
        'A complete journal backup. See docs/backup-format.md. Dates and times are ISO 8601 instants in UTC; days are yyyy-MM-dd.',
    },
    null,
    2,
  )}\n`;
}

describe('docs/backup.schema.json', () => {
  it('matches the schemas the app validates with (regenerate with UPDATE_DOCS=1 npm run test:unit)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(SCHEMA_FILE, generated());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated());
  });

  /** Every `id` pattern in the schema file, wherever it is (episodes, triggers, remedies). */
  function idPatterns(node: unknown): RegExp[] {
    if (Array.isArray(node)) return node.flatMap(idPatterns);
    if (typeof node !== 'object' || node === null) return [];
    const found: RegExp[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'id' && typeof value === 'object' && value !== null && 'pattern' in value)
        found.push(new RegExp(String(value.pattern)));
      found.push(...idPatterns(value));
    }
    return found;
  }

  it('accepts ids in upper and lower case, as the reader does (which keeps them in lower case)', () => {
    const lower = '0a0a0a0a-0000-4000-8000-00000000000b';
    const upper = lower.toUpperCase();
    const patterns = idPatterns(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    // One for the episode, one for each trigger kind and each remedy.
    expect(patterns.length).toBeGreaterThanOrEqual(3);
    for (const pattern of patterns) {
      expect(pattern.test(lower)).toBe(true);
      expect(pattern.test(upper)).toBe(true);
      expect(pattern.test('0a0a0a0a-0000-4000-8000-00000000000g')).toBe(false);
    }

    const tables = {
      episodes: [
        {
          id: upper,
          startedAt: '2026-11-20T09:00:00.000Z',
          endedAt: null,
          intensity: 6,
          regions: ['neck'],
          qualities: [],
          triggers: [{ id: upper.replace(/B$/, 'C'), kind: 'stress', note: '', level: 4 }],
          remedies: [],
          redFlags: [],
          notes: '',
          createdAt: '2026-11-20T09:00:00.000Z',
          updatedAt: '2026-11-20T09:00:00.000Z',
          deletedAt: null,
        },
      ],
    };
    const reading = readBackup(
      JSON.stringify({
        format: 'upper-back-journal-backup',
        formatVersion: 1,
        schemaVersion: 2,
        appVersion: '0.1.0',
        exportedAt: '2026-11-21T12:00:00.000Z',
        tables,
        checksum: { algorithm: 'SHA-256', value: tablesChecksum(tables) },
      }),
    );
    expect(reading.status === 'readable' && reading.problems).toEqual([]);
    expect(
      reading.status === 'readable' && reading.tables.episodes.map((e) => [e.id, e.triggers[0]?.id]),
    ).toEqual([[lower, lower.replace(/b$/, 'c')]]);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupFileSchema } from '../../../../src/shared/backup';

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
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_SCHEMA_VERSION,
  REFUSALS,
  TABLE_NAMES,
  anyBackupChunks,
  backupChunks,
  canonicalJson,
  emptyTables,
  readBackup,
  serializeBackup,
  tablesChecksum,
  type BackupTables,
} from '../../../../src/shared/backup';
import { DEFAULT_FOLLOW_UP_PREFERENCES, DEFAULT_SETTINGS } from '../../../../src/shared/settings';
import { tablesArb } from '../../../fixtures/arbitraries';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-21T12:00:00.000Z' };

function readable(text: string) {
  const reading = readBackup(text);
  if (reading.status !== 'readable') throw new Error(`refused: ${reading.message}`);
  return reading;
}

const EPISODE = {
  id: '0a0a0a0a-0000-4000-8000-000000000001',
  startedAt: '2026-11-20T09:00:00.000Z',
  endedAt: null,
  intensity: 6,
  regions: ['neck'],
  qualities: [],
  triggers: [],
  remedies: [],
  redFlags: [],
  notes: 'Desk day',
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  deletedAt: null,
  followUp: null,
  followUpSnoozedUntil: null,
  followUpDismissedAt: null,
} satisfies BackupTables['episodes'][number];

/** A file whose tables are given as raw JSON values, with a correct checksum. */
function fileWith(tables: Record<string, unknown[]>, header: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'upper-back-journal-backup',
    formatVersion: 1,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: '0.1.0',
    exportedAt: '2026-11-21T12:00:00.000Z',
    ...header,
    tables,
    checksum: { algorithm: 'SHA-256', value: tablesChecksum(tables) },
  });
}

describe('backup file round trip', () => {
  it('any journal survives writing and reading back exactly (property)', () => {
    fc.assert(
      fc.property(tablesArb, (tables) => {
        const reading = readable(serializeBackup(tables, info));
        expect(reading.problems).toEqual([]);
        expect(reading.tables).toEqual(tables);
      }),
      { numRuns: 150 },
    );
  }, 30_000); // 150 generated journals: about a second alone, several on a busy machine

  it('writes the same text however it is chunked, with keys in sorted order', () => {
    fc.assert(
      fc.property(tablesArb, fc.integer({ min: 1, max: 4 }), (tables, rowsPerChunk) => {
        const text = [...backupChunks(tables, info, rowsPerChunk)].join('');
        const parsed: unknown = JSON.parse(text);
        expect(parsed).toMatchObject({ tables: JSON.parse(JSON.stringify(tables)) });
        expect(text).toBe(serializeBackup(tables, info));
        for (const episode of tables.episodes) expect(text).toContain(canonicalJson(episode));
      }),
      { numRuns: 60 },
    );
  });

  it('reads hex digits of the checksum in either case', () => {
    const tables = { ...emptyTables(), episodes: [EPISODE] };
    const parsed = JSON.parse(serializeBackup(tables, info)) as { checksum: { value: string } };
    parsed.checksum.value = parsed.checksum.value.toUpperCase();
    expect(readable(JSON.stringify(parsed, null, 2)).tables.episodes).toHaveLength(1);
  });

  it('starts with the header that marks it as a journal backup', () => {
    expect(
      serializeBackup(emptyTables(), info).startsWith(
        '{"format":"upper-back-journal-backup","formatVersion":1,',
      ),
    ).toBe(true);
  });
});

describe('refused files', () => {
  const good = serializeBackup({ ...emptyTables(), episodes: [EPISODE] }, info);

  it.each([
    ['an empty file', '', REFUSALS.empty],
    ['a file with only spaces', '  \n', REFUSALS.empty],
    ['two byte-order marks', `\uFEFF\uFEFF${good}`, REFUSALS.bom],
    ['a truncated file', good.slice(0, good.length - 40), REFUSALS.notJson],
    ['a file that is not JSON', 'id,intensity\n1,5', REFUSALS.notJson],
    ['JSON that is not a backup', '{"episodes":[]}', REFUSALS.notBackup],
    ['an array', '[1,2,3]', REFUSALS.notBackup],
    [
      'the wrong format name',
      good.replace('upper-back-journal-backup', 'other-app-backup'),
      REFUSALS.notBackup,
    ],
    ['a newer format version', good.replace('"formatVersion":1', '"formatVersion":2'), REFUSALS.newerFormat],
    [
      'a newer schema version',
      good.replace(`"schemaVersion":${BACKUP_SCHEMA_VERSION}`, '"schemaVersion":99'),
      REFUSALS.newerFormat,
    ],
    [
      'a changed value (checksum mismatch)',
      good.replace('"intensity":6', '"intensity":7'),
      REFUSALS.checksum,
    ],
    ['a missing checksum', good.replace(/,"checksum":\{[^}]*\}/, ''), REFUSALS.header],
    [
      'a "__proto__" key',
      fileWith({ episodes: [{ ...EPISODE }] }).replace('"notes"', '"__proto__":{"x":1},"notes"'),
      REFUSALS.proto,
    ],
    ['an unknown table', fileWith({ episodes: [], secrets: [] }), REFUSALS.tables],
    [
      'tables that are not lists',
      fileWith({ episodes: [] }).replace('"episodes":[]', '"episodes":{}'),
      REFUSALS.tables,
    ],
    ['a bad export date', fileWith({ episodes: [] }, { exportedAt: 'yesterday' }), REFUSALS.header],
  ])('refuses %s', (_name, text, message) => {
    expect(readBackup(text)).toEqual({ status: 'refused', message });
  });
});

describe('a byte-order mark', () => {
  it('is taken off the start of a file, which then reads as if it had none', () => {
    // Some editors add one when saving; the checksum still proves the rows are the ones written.
    const good = serializeBackup({ ...emptyTables(), episodes: [EPISODE] }, info);
    expect(readBackup(`\uFEFF${good}`)).toEqual(readBackup(good));
    expect(readable(`\uFEFF${good}`).tables.episodes).toEqual([EPISODE]);
  });
});

describe('an indented file', () => {
  const compact = serializeBackup({ ...emptyTables(), episodes: [EPISODE] }, info);

  /**
   * The app's file re-indented, as another program might write it, with the checksum computed the way
   * docs/backup-format.md says: over the `tables` value exactly as it appears in the file. The value is
   * cut out by hand here (it sits between `"tables": ` and the checksum), not with the reader's scanner.
   */
  function indented(indent: number | string, newline = '\n'): string {
    const parsed = JSON.parse(compact) as { checksum: { value: string } };
    const text = JSON.stringify(parsed, null, indent).replaceAll('\n', newline);
    const start = text.indexOf('"tables": ') + '"tables": '.length;
    const end = text.lastIndexOf(`,${newline}`, text.indexOf('"checksum"'));
    const tablesText = text.slice(start, end);
    expect(JSON.parse(tablesText)).toEqual(JSON.parse(compact).tables);
    const value = bytesToHex(sha256(new TextEncoder().encode(tablesText)));
    return text.replace(parsed.checksum.value, value);
  }

  it.each([
    ['two spaces', 2, '\n'],
    ['tabs', '\t', '\n'],
    ['Windows line endings', 2, '\r\n'],
  ])('is accepted when its checksum covers its own tables text (%s)', (_name, indent, newline) => {
    const reading = readable(indented(indent, newline));
    expect(reading.problems).toEqual([]);
    expect(reading.tables).toEqual(readable(compact).tables);
  });

  it('is refused when one digit of its tables was changed', () => {
    const text = indented(2);
    expect(text).toContain('"intensity": 6');
    expect(readBackup(text.replace('"intensity": 6', '"intensity": 7'))).toEqual({
      status: 'refused',
      message: REFUSALS.checksum,
    });
  });

  it('is still accepted when only re-indented after the app saved it (checksum of the compact text)', () => {
    const reindented = JSON.stringify(JSON.parse(compact), null, 2);
    expect(readable(reindented).tables).toEqual(readable(compact).tables);
    expect(readBackup(reindented.replace('"intensity": 6', '"intensity": 7'))).toEqual({
      status: 'refused',
      message: REFUSALS.checksum,
    });
  });
});

describe('rows with problems', () => {
  function problemsOf(rows: unknown[], table = 'episodes'): string[] {
    return readable(fileWith({ [table]: rows })).problems.map((p) => p.message);
  }

  it('names the row and the field for bad dates, out-of-range values and wrong types', () => {
    expect(problemsOf([{ ...EPISODE, startedAt: '2026-13-45T09:00:00Z' }])).toEqual([
      'Episode 1: The start time is not a date and time.',
    ]);
    expect(
      problemsOf([EPISODE, { ...EPISODE, id: '0a0a0a0a-0000-4000-8000-000000000002', intensity: 11 }]),
    ).toEqual(['Episode 2: Pain should be a whole number from 0 to 10.']);
    expect(problemsOf([{ ...EPISODE, intensity: '6' }])).toEqual([
      'Episode 1: Pain should be a whole number from 0 to 10.',
    ]);
    expect(problemsOf([{ ...EPISODE, regions: ['knee'] }])).toEqual([
      'Episode 1: Region 1 is not one the app knows.',
    ]);
  });

  it('refuses huge strings', () => {
    expect(problemsOf([{ ...EPISODE, notes: 'x'.repeat(5001) }])).toEqual([
      'Episode 1: The notes are too long: at most 5000 characters fit.',
    ]);
  });

  it('refuses duplicate ids and duplicate check-in days within the file', () => {
    expect(problemsOf([EPISODE, { ...EPISODE, notes: 'copy' }])).toEqual([
      'Episode 2 has the same id as episode 1.',
    ]);
    const checkIn = {
      day: '2026-11-20',
      sleepHours: null,
      sleepQuality: null,
      waterLitres: null,
      stress: 3,
      deskHours: null,
      workout: null,
      workoutEffort: null,
      withdrawalSubstance: null,
      withdrawalDay: null,
      overallPain: null,
      notes: '',
      createdAt: '2026-11-20T20:00:00.000Z',
      updatedAt: '2026-11-20T20:00:00.000Z',
    };
    expect(problemsOf([checkIn, checkIn], 'checkIns')).toEqual([
      'Check-in 2 is for the same day as check-in 1.',
    ]);
  });

  it('refuses a second set of settings in plain words', () => {
    const reading = readable(fileWith({ settings: [DEFAULT_SETTINGS, DEFAULT_SETTINGS] }));
    expect(reading.problems).toEqual([
      { table: 'settings', row: 2, message: 'This backup has two sets of settings; it can hold only one.' },
    ]);
  });

  it('lists up to three problems of a row, each a sentence', () => {
    expect(problemsOf([{ ...EPISODE, intensity: 11, notes: 5, endedAt: 'soon' }])).toEqual([
      'Episode 1: The end time is not a date and time. Pain should be a whole number from 0 to 10. The notes should be text.',
    ]);
  });

  it('keeps the valid rows and counts each problem once', () => {
    const reading = readable(
      fileWith({
        episodes: [
          EPISODE,
          { ...EPISODE, id: 'not-an-id' },
          { ...EPISODE, id: '0a0a0a0a-0000-4000-8000-000000000003' },
        ],
      }),
    );
    expect(reading.tables.episodes.map((e) => e.id)).toEqual([
      EPISODE.id,
      '0a0a0a0a-0000-4000-8000-000000000003',
    ]);
    expect(reading.problems).toEqual([
      { table: 'episodes', row: 2, message: 'Episode 2: The id is not a valid id.' },
    ]);
  });
});

describe('older backups', () => {
  it('migrates a schema 1 backup: episodes gain an empty red-flag list, new tables start empty', () => {
    const { redFlags: _redFlags, ...v1Episode } = EPISODE;
    const reading = readable(fileWith({ episodes: [v1Episode] }, { schemaVersion: 1 }));
    expect(reading.migratedFrom).toBe(1);
    expect(reading.problems).toEqual([]);
    expect(reading.tables).toEqual({ ...emptyTables(), episodes: [EPISODE] });
  });

  /** The tables schemas 2 and 3 wrote, in their order: own factors came with schema 4. */
  const TABLES_BEFORE_OWN_FACTORS = TABLE_NAMES.filter((name) => name !== 'ownFactors');

  /** Frozen: written once by hand exactly as version 2 wrote files, and never changed since. */
  const SCHEMA_2_FILE = readFileSync(resolve(__dirname, '../../../fixtures/backups/schema-2.json'), 'utf8');
  type RawRow = Record<string, unknown>;
  const schema2 = JSON.parse(SCHEMA_2_FILE) as {
    schemaVersion: number;
    appVersion: string;
    exportedAt: string;
    tables: Record<(typeof TABLE_NAMES)[number], RawRow[]>;
    checksum: { value: string };
  };

  it('has a frozen schema 2 file as version 2 wrote it: no follow-up fields, a valid checksum', () => {
    expect(schema2.schemaVersion).toBe(2);
    expect(SCHEMA_2_FILE).not.toMatch(/followUp/);
    // Byte for byte what the app's writer gives for these rows at schema 2 (compact, sorted keys,
    // tables in order), so its checksum is the SHA-256 of its tables text.
    const rewritten = [
      ...anyBackupChunks(schema2.tables, TABLES_BEFORE_OWN_FACTORS, 2, {
        appVersion: schema2.appVersion,
        exportedAt: schema2.exportedAt,
      }),
    ].join('');
    expect(rewritten).toBe(SCHEMA_2_FILE);
    expect(schema2.checksum.value).toBe(tablesChecksum(schema2.tables));
  });

  it('reads the frozen schema 2 file with every row and field unchanged, and follow-ups null', () => {
    const reading = readable(SCHEMA_2_FILE);
    expect(reading.migratedFrom).toBe(2);
    expect(reading.problems).toEqual([]);
    const { tables } = schema2;
    expect(tables.episodes).toHaveLength(3);
    expect(reading.tables.episodes).toEqual(
      tables.episodes.map((row) => ({
        ...row,
        followUp: null,
        followUpSnoozedUntil: null,
        followUpDismissedAt: null,
      })),
    );
    // Check-ins from before mood, energy and own factors have them not recorded.
    expect(reading.tables.checkIns).toEqual(
      tables.checkIns.map((row) => ({ ...row, mood: null, energy: null, ownValues: {} })),
    );
    expect(reading.tables.measures).toEqual(tables.measures);
    expect(reading.tables.psfsActivities).toEqual(tables.psfsActivities);
    expect(reading.tables.withdrawalPeriods).toEqual(tables.withdrawalPeriods);
    // Settings from before follow-ups ask "How is it now?" as a new journal does.
    const [settings] = tables.settings;
    expect(reading.tables.settings).toEqual([
      {
        ...settings,
        // Backups from before the last report's To was kept read it as not recorded.
        report: { ...(settings?.report as RawRow), lastReportEnd: null },
        reminders: { ...(settings?.reminders as RawRow), followUp: DEFAULT_FOLLOW_UP_PREFERENCES },
      },
    ]);
  });

  it('writes and reads back a backup with follow-ups exactly', () => {
    const answered = {
      ...EPISODE,
      endedAt: '2026-11-20T10:05:00.000Z',
      followUp: {
        at: '2026-11-20T10:05:00.000Z',
        pain: 0,
        stopped: true,
        painBefore: 6,
        minutesAfter: 65,
        answeredAt: '2026-11-20T10:06:00.000Z',
      },
      followUpSnoozedUntil: '2026-11-20T10:00:00.000Z',
    };
    const dismissed = {
      ...EPISODE,
      id: '0a0a0a0a-0000-4000-8000-000000000002',
      followUpDismissedAt: '2026-11-20T10:30:00.000Z',
    };
    const tables = { ...emptyTables(), episodes: [answered, dismissed] };
    const text = serializeBackup(tables, info);
    const reading = readable(text);
    expect(reading.migratedFrom).toBeNull();
    expect(reading.problems).toEqual([]);
    expect(reading.tables).toEqual(tables);
    expect(serializeBackup(reading.tables, info)).toBe(text);
  });

  /** Frozen: written by version 3's code (before own factors, mood and energy), never changed since. */
  const SCHEMA_3_FILE = readFileSync(resolve(__dirname, '../../../fixtures/backups/schema-3.json'), 'utf8');
  const schema3 = JSON.parse(SCHEMA_3_FILE) as typeof schema2;

  it('has a frozen schema 3 file as version 3 wrote it: no mood, energy or own factors, a valid checksum', () => {
    expect(schema3.schemaVersion).toBe(3);
    expect(SCHEMA_3_FILE).not.toMatch(/mood|energy|ownValues|ownFactors/);
    const rewritten = [
      ...anyBackupChunks(schema3.tables, TABLES_BEFORE_OWN_FACTORS, 3, {
        appVersion: schema3.appVersion,
        exportedAt: schema3.exportedAt,
      }),
    ].join('');
    expect(rewritten).toBe(SCHEMA_3_FILE);
  });

  it('reads the frozen schema 3 file with every row unchanged, mood, energy and own factors not recorded', () => {
    const reading = readable(SCHEMA_3_FILE);
    expect(reading.migratedFrom).toBe(3);
    expect(reading.problems).toEqual([]);
    const { tables } = schema3;
    expect(tables.episodes.length).toBeGreaterThan(0);
    expect(tables.checkIns.length).toBeGreaterThan(0);
    expect(reading.tables.episodes).toEqual(tables.episodes);
    expect(reading.tables.episodes.some((e) => e.followUp !== null)).toBe(true);
    expect(reading.tables.checkIns).toEqual(
      tables.checkIns.map((row) => ({ ...row, mood: null, energy: null, ownValues: {} })),
    );
    expect(reading.tables.measures).toEqual(tables.measures);
    expect(reading.tables.psfsActivities).toEqual(tables.psfsActivities);
    expect(reading.tables.withdrawalPeriods).toEqual(tables.withdrawalPeriods);
    // Backups from before the last report's To was kept read it as not recorded.
    expect(reading.tables.settings).toEqual(
      tables.settings.map((row) => ({ ...row, report: { ...(row.report as RawRow), lastReportEnd: null } })),
    );
    expect(reading.tables.ownFactors).toEqual([]);
  });
});

describe('own factors in a backup', () => {
  const COFFEE = {
    id: '0a0a0a0a-0000-4000-8000-0000000000f1',
    name: 'Cups of coffee',
    kind: 'number' as const,
    unit: 'cups',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    archivedAt: null,
  };
  const checkIn = (ownValues: Record<string, number>) => ({
    day: '2026-11-20',
    sleepHours: null,
    sleepQuality: null,
    waterLitres: null,
    stress: null,
    deskHours: null,
    workout: null,
    workoutEffort: null,
    withdrawalSubstance: null,
    withdrawalDay: null,
    overallPain: 4,
    mood: 7,
    energy: 0,
    ownValues,
    notes: '',
    createdAt: '2026-11-20T20:00:00.000Z',
    updatedAt: '2026-11-20T20:00:00.000Z',
  });

  it('writes and reads back factors, their values, and mood and energy (0 is a value, not "not recorded")', () => {
    const tables = { ...emptyTables(), ownFactors: [COFFEE], checkIns: [checkIn({ [COFFEE.id]: 2.5 })] };
    const text = serializeBackup(tables, info);
    const reading = readable(text);
    expect(reading.problems).toEqual([]);
    expect(reading.tables.ownFactors).toEqual([COFFEE]);
    expect(reading.tables.checkIns[0]).toMatchObject({ mood: 7, energy: 0, ownValues: { [COFFEE.id]: 2.5 } });
  });

  it('keeps values of a factor the file has no definition for, without calling the file damaged', () => {
    const orphan = '0a0a0a0a-0000-4000-8000-0000000000f9';
    const tables = { ...emptyTables(), checkIns: [checkIn({ [orphan]: 1 })] };
    const reading = readable(serializeBackup(tables, info));
    expect(reading.problems).toEqual([]);
    expect(reading.tables.checkIns[0]?.ownValues).toEqual({ [orphan]: 1 });
  });
});

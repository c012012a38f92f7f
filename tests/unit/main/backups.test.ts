import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AutomaticBackupReason } from '@shared/api';
import { AUTOMATIC_BACKUP_REASONS } from '@shared/api';
import type { MainFs } from '../../../src/main/atomicFile';
import { nodeMainFs } from '../../../src/main/atomicFile';
import type { DatedFile, RetentionPolicy } from '../../../src/main/backups';
import {
  assertBackupContent,
  BACKUP_CONTENT_PREFIX,
  backupFileName,
  backupPath,
  backupsFolder,
  createBackupStore,
  DEFAULT_RETENTION_POLICY,
  isBackupTempFileName,
  parseBackupFileName,
  planRetention,
  writeBackupFile,
} from '../../../src/main/backups';

const backup = (label: string): string =>
  `${BACKUP_CONTENT_PREFIX},"formatVersion":1,"label":${JSON.stringify(label)},"tables":{}}`;

describe('backup file names', () => {
  it('live in a backups folder in the user data folder', () => {
    expect(backupsFolder('/home/ana/.config/Upper Back Journal')).toBe(
      '/home/ana/.config/Upper Back Journal/backups',
    );
  });

  it('carry the UTC instant, with characters every system allows, and the reason', () => {
    expect(backupFileName(new Date('2026-11-21T09:30:05.042Z'), 'start')).toBe(
      'journal-backup-2026-11-21T09-30-05-042Z-start.json',
    );
    expect(backupFileName(new Date('2026-07-01T23:59:59.999Z'), 'first-entry-of-day')).toBe(
      'journal-backup-2026-07-01T23-59-59-999Z-first-entry-of-day.json',
    );
  });

  it.each(AUTOMATIC_BACKUP_REASONS)('round-trip through the parser for the reason %s', (reason) => {
    const createdAt = '2026-03-29T00:59:59.001Z';
    expect(parseBackupFileName(backupFileName(new Date(createdAt), reason))).toEqual({ createdAt, reason });
  });

  it('sort in time order as plain text', () => {
    const dates = ['2026-11-21T09:30:00.000Z', '2025-12-31T23:59:59.999Z', '2026-01-02T00:00:00.000Z'];
    const names = dates.map((date, index) =>
      backupFileName(new Date(date), AUTOMATIC_BACKUP_REASONS[index % 4] ?? 'start'),
    );
    expect([...names].sort().map((name) => parseBackupFileName(name)?.createdAt)).toEqual([...dates].sort());
  });

  it('refuse an invalid date or an unknown reason', () => {
    expect(() => backupFileName(new Date(Number.NaN), 'start')).toThrow('Invalid backup date');
    expect(() => backupFileName(new Date('+010000-01-01T00:00:00.000Z'), 'start')).toThrow();
    const reason: string = 'manual';
    expect(() => Reflect.apply(backupFileName, undefined, [new Date(), reason])).toThrow(
      'Unknown backup reason',
    );
  });

  it.each([
    ['another file', 'notes.txt'],
    ['no reason', 'journal-backup-2026-11-21T09-30-00-000Z.json'],
    ['an unknown reason', 'journal-backup-2026-11-21T09-30-00-000Z-manual.json'],
    ['a colon in the time', 'journal-backup-2026-11-21T09:30:00-000Z-start.json'],
    ['no milliseconds', 'journal-backup-2026-11-21T09-30-00Z-start.json'],
    ['a local time', 'journal-backup-2026-11-21T09-30-00-000-start.json'],
    ['month 13', 'journal-backup-2026-13-01T09-30-00-000Z-start.json'],
    ['30 February', 'journal-backup-2026-02-30T09-30-00-000Z-start.json'],
    ['hour 24', 'journal-backup-2026-11-21T24-00-00-000Z-start.json'],
    ['another extension', 'journal-backup-2026-11-21T09-30-00-000Z-start.json.bak'],
    ['a temp file', 'journal-backup-2026-11-21T09-30-00-000Z-start.json.tmp-0123456789abcdef'],
    ['upper case', 'JOURNAL-BACKUP-2026-11-21T09-30-00-000Z-START.JSON'],
    ['a folder', 'sub/journal-backup-2026-11-21T09-30-00-000Z-start.json'],
    ['a parent folder', '../journal-backup-2026-11-21T09-30-00-000Z-start.json'],
    ['a Windows parent folder', '..\\journal-backup-2026-11-21T09-30-00-000Z-start.json'],
    ['a trailing newline', 'journal-backup-2026-11-21T09-30-00-000Z-start.json\n'],
    ['a null byte', 'journal-backup-2026-11-21T09-30-00-000Z-start.json\0'],
    ['an empty name', ''],
  ])('parse as null for %s', (_label, name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });

  it('recognise only temp files of valid backup names', () => {
    const name = 'journal-backup-2026-11-21T09-30-00-000Z-start.json';
    expect(isBackupTempFileName(`${name}.tmp-0123456789abcdef`)).toBe(true);
    expect(isBackupTempFileName(name)).toBe(false);
    expect(isBackupTempFileName('notes.txt.tmp-0123456789abcdef')).toBe(false);
    expect(isBackupTempFileName(`${name}.tmp-xyz`)).toBe(false);
  });
});

describe('backupPath', () => {
  const folder = join(tmpdir(), 'ubj', 'backups');
  const name = 'journal-backup-2026-11-21T09-30-00-000Z-start.json';

  it('resolves a backup name inside the folder', () => {
    expect(backupPath(folder, name)).toBe(join(folder, name));
  });

  it.each([
    '../x.json',
    '..\\x',
    '..',
    '.',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    `../${name}`,
    `..\\${name}`,
    `sub/${name}`,
    `${folder}/${name}`,
    '%2e%2e%2fx.json',
  ])('refuses %j', (unsafe) => {
    expect(backupPath(folder, unsafe)).toBeNull();
  });
});

describe('assertBackupContent', () => {
  it('accepts a journal backup, with or without a final newline', () => {
    expect(assertBackupContent(backup('a'))).toBe(backup('a'));
    expect(assertBackupContent(`${backup('a')}\n`)).toBe(`${backup('a')}\n`);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an empty string', ''],
    ['another JSON document', '{"format":"something-else","tables":{}}'],
    ['spaced JSON', '{ "format": "upper-back-journal-backup" }'],
    ['a script', '#!/bin/sh\nrm -rf ~'],
    ['a truncated backup', `${BACKUP_CONTENT_PREFIX},"tables":{"episodes":[`],
    ['a backup followed by something else', `${backup('a')}\nrm -rf ~`],
  ])('refuses %s', (_label, content) => {
    expect(() => assertBackupContent(content)).toThrow('Refused');
  });

  it('refuses a backup larger than the limit, counting UTF-8 bytes', () => {
    const content = backup('é'.repeat(40));
    expect(() => assertBackupContent(content, content.length)).toThrow('too large');
    expect(assertBackupContent(content, Buffer.byteLength(content))).toBe(content);
  });
});

describe('planRetention', () => {
  const london = 'Europe/London';
  const now = new Date('2026-11-21T12:00:00.000Z');

  const file = (createdAt: string, reason: AutomaticBackupReason = 'scheduled'): DatedFile => ({
    name: backupFileName(new Date(createdAt), reason),
    createdAt,
  });
  /** Which instants are kept and removed, newest first, to keep the tables readable. */
  function plan(
    instants: string[],
    options: { now?: Date; timeZone?: string; policy?: RetentionPolicy } = {},
  ): { keep: string[]; remove: string[] } {
    const files = instants.map((instant) => file(instant));
    const result = planRetention(files, options.now ?? now, options.timeZone ?? london, options.policy);
    const instantOf = (name: string): string => parseBackupFileName(name)?.createdAt ?? name;
    return { keep: result.keep.map(instantOf), remove: result.remove.map(instantOf) };
  }
  /** `count` instants, one a day at `time`, going back from `day`. */
  function daily(day: string, count: number, time = '10:00:00.000Z'): string[] {
    const start = Date.parse(`${day}T${time}`);
    return Array.from({ length: count }, (_, index) =>
      new Date(start - index * 24 * 60 * 60 * 1000).toISOString(),
    );
  }

  it('uses 5 today, 30 days and a cap of 60 by default', () => {
    expect(DEFAULT_RETENTION_POLICY).toEqual({ keepToday: 5, keepDays: 30, cap: 60 });
  });

  it.each<[string, string[], { keep: string[]; remove: string[] }]>([
    ['nothing to plan', [], { keep: [], remove: [] }],
    ['a single backup', ['2026-11-21T09:00:00.000Z'], { keep: ['2026-11-21T09:00:00.000Z'], remove: [] }],
    [
      'five today: all kept',
      [
        '2026-11-21T11:00:00.000Z',
        '2026-11-21T10:00:00.000Z',
        '2026-11-21T09:00:00.000Z',
        '2026-11-21T08:00:00.000Z',
        '2026-11-21T00:00:00.000Z',
      ],
      {
        keep: [
          '2026-11-21T11:00:00.000Z',
          '2026-11-21T10:00:00.000Z',
          '2026-11-21T09:00:00.000Z',
          '2026-11-21T08:00:00.000Z',
          '2026-11-21T00:00:00.000Z',
        ],
        remove: [],
      },
    ],
    [
      'seven today, given in any order: the newest five',
      [
        '2026-11-21T03:00:00.000Z',
        '2026-11-21T11:00:00.000Z',
        '2026-11-21T01:00:00.000Z',
        '2026-11-21T09:00:00.000Z',
        '2026-11-21T10:00:00.000Z',
        '2026-11-21T02:00:00.000Z',
        '2026-11-21T08:00:00.000Z',
      ],
      {
        keep: [
          '2026-11-21T11:00:00.000Z',
          '2026-11-21T10:00:00.000Z',
          '2026-11-21T09:00:00.000Z',
          '2026-11-21T08:00:00.000Z',
          '2026-11-21T03:00:00.000Z',
        ],
        remove: ['2026-11-21T02:00:00.000Z', '2026-11-21T01:00:00.000Z'],
      },
    ],
    [
      'several on earlier days: the newest of each day',
      [
        '2026-11-21T08:00:00.000Z',
        '2026-11-20T23:59:59.999Z',
        '2026-11-20T12:00:00.000Z',
        '2026-11-20T00:00:00.000Z',
        '2026-11-18T17:00:00.000Z',
        '2026-11-18T07:00:00.000Z',
      ],
      {
        keep: ['2026-11-21T08:00:00.000Z', '2026-11-20T23:59:59.999Z', '2026-11-18T17:00:00.000Z'],
        remove: ['2026-11-20T12:00:00.000Z', '2026-11-20T00:00:00.000Z', '2026-11-18T07:00:00.000Z'],
      },
    ],
    [
      'none today: earlier days still keep one each',
      ['2026-11-19T10:00:00.000Z', '2026-11-19T09:00:00.000Z', '2026-11-12T10:00:00.000Z'],
      {
        keep: ['2026-11-19T10:00:00.000Z', '2026-11-12T10:00:00.000Z'],
        remove: ['2026-11-19T09:00:00.000Z'],
      },
    ],
    [
      // London is on BST in October: 23:30 UTC on the 21st is 00:30 on 22 October, the 30th day before.
      'the 30th day before today is kept, the 31st is not, in local time',
      ['2026-11-21T10:00:00.000Z', '2026-10-21T23:30:00.000Z', '2026-10-21T22:30:00.000Z'],
      {
        keep: ['2026-11-21T10:00:00.000Z', '2026-10-21T23:30:00.000Z'],
        remove: ['2026-10-21T22:30:00.000Z'],
      },
    ],
    [
      'all older than 30 days: only the newest survives',
      ['2026-09-01T10:00:00.000Z', '2026-08-01T10:00:00.000Z', '2025-11-21T10:00:00.000Z'],
      {
        keep: ['2026-09-01T10:00:00.000Z'],
        remove: ['2026-08-01T10:00:00.000Z', '2025-11-21T10:00:00.000Z'],
      },
    ],
    [
      'midnight local time belongs to the new day',
      ['2026-11-21T00:00:00.000Z', '2026-11-20T23:59:59.999Z', '2026-11-20T23:00:00.000Z'],
      {
        keep: ['2026-11-21T00:00:00.000Z', '2026-11-20T23:59:59.999Z'],
        remove: ['2026-11-20T23:00:00.000Z'],
      },
    ],
  ])('%s', (_label, instants, expected) => {
    expect(plan(instants)).toEqual(expected);
  });

  it('keeps one a day for 30 days: a daily backup for 60 days keeps today and 30 more', () => {
    const instants = daily('2026-11-21', 60);
    const { keep, remove } = plan(instants);
    expect(keep).toEqual(instants.slice(0, 31));
    expect(remove).toEqual(instants.slice(31));
  });

  it('keeps at most 35 with the default policy, however many there are', () => {
    const hourly = Array.from({ length: 24 * 45 }, (_, index) =>
      new Date(Date.parse('2026-11-21T11:30:00.000Z') - index * 60 * 60 * 1000).toISOString(),
    );
    const { keep, remove } = plan(hourly);
    expect(keep).toHaveLength(5 + 30);
    expect(keep.length + remove.length).toBe(hourly.length);
    expect(keep[0]).toBe('2026-11-21T11:30:00.000Z');
  });

  it('never keeps more than the cap, dropping the oldest first', () => {
    const instants = daily('2026-11-21', 20);
    expect(plan(instants, { policy: { keepToday: 5, keepDays: 30, cap: 8 } })).toEqual({
      keep: instants.slice(0, 8),
      remove: instants.slice(8),
    });
    const today = ['2026-11-21T11:00:00.000Z', '2026-11-21T10:00:00.000Z', '2026-11-21T09:00:00.000Z'];
    expect(
      plan([...today, '2026-11-20T10:00:00.000Z'], { policy: { keepToday: 5, keepDays: 30, cap: 2 } }),
    ).toEqual({
      keep: today.slice(0, 2),
      remove: [today[2], '2026-11-20T10:00:00.000Z'],
    });
  });

  it('keeps the newest even when the policy keeps nothing', () => {
    expect(
      plan(['2026-11-21T10:00:00.000Z', '2026-11-20T10:00:00.000Z'], {
        policy: { keepToday: 0, keepDays: 0, cap: 0 },
      }),
    ).toEqual({ keep: ['2026-11-21T10:00:00.000Z'], remove: ['2026-11-20T10:00:00.000Z'] });
  });

  it('counts days in the given time zone, not in UTC', () => {
    // 23:30 UTC on the 20th is already the 21st in Tokyo, and still the 20th in London.
    const instants = ['2026-11-21T02:00:00.000Z', '2026-11-20T23:30:00.000Z', '2026-11-20T14:30:00.000Z'];
    expect(
      plan(instants, { timeZone: 'Asia/Tokyo', policy: { keepToday: 1, keepDays: 30, cap: 60 } }),
    ).toEqual({
      keep: ['2026-11-21T02:00:00.000Z', '2026-11-20T14:30:00.000Z'],
      remove: ['2026-11-20T23:30:00.000Z'],
    });
    expect(plan(instants, { timeZone: london, policy: { keepToday: 1, keepDays: 30, cap: 60 } })).toEqual({
      keep: ['2026-11-21T02:00:00.000Z', '2026-11-20T23:30:00.000Z'],
      remove: ['2026-11-20T14:30:00.000Z'],
    });
  });

  it('follows the calendar across the spring daylight-saving change', () => {
    // London moves to BST at 01:00 UTC on 29 March 2026: 23:30 UTC on 29 March is 00:30 on the 30th.
    const afterChange = new Date('2026-03-30T11:00:00.000Z');
    const instants = [
      '2026-03-30T09:00:00.000Z',
      '2026-03-29T23:30:00.000Z', // 30 March, 00:30 BST: today
      '2026-03-29T22:30:00.000Z', // 29 March, 23:30 BST
      '2026-03-29T00:30:00.000Z', // 29 March, 00:30 GMT
      '2026-03-28T23:30:00.000Z', // 28 March, 23:30 GMT
    ];
    expect(plan(instants, { now: afterChange })).toEqual({
      keep: [
        '2026-03-30T09:00:00.000Z',
        '2026-03-29T23:30:00.000Z',
        '2026-03-29T22:30:00.000Z',
        '2026-03-28T23:30:00.000Z',
      ],
      remove: ['2026-03-29T00:30:00.000Z'],
    });
  });

  it('counts 30 calendar days, not 30 times 24 hours, across a daylight-saving change', () => {
    // 10 April (BST) looking back 30 days reaches 11 March (GMT), one hour "shorter" in real time.
    const nowInApril = new Date('2026-04-10T10:00:00.000Z');
    const instants = [
      '2026-04-10T09:00:00.000Z',
      '2026-03-11T00:10:00.000Z', // 11 March, 00:10 GMT: the 30th day before
      '2026-03-10T23:50:00.000Z', // 10 March, 23:50 GMT: the 31st
    ];
    expect(plan(instants, { now: nowInApril })).toEqual({
      keep: ['2026-04-10T09:00:00.000Z', '2026-03-11T00:10:00.000Z'],
      remove: ['2026-03-10T23:50:00.000Z'],
    });
  });

  it('follows the calendar across the autumn change in New York', () => {
    // New York returns to EST at 06:00 UTC on 1 November 2026, so 01:30 happens twice that night: 05:30 UTC
    // (EDT) and 06:30 UTC (EST). 04:30 UTC is 00:30 EDT on the 1st, 03:30 UTC still 31 October.
    const nowInNewYork = new Date('2026-11-01T18:00:00.000Z');
    const instants = [
      '2026-11-01T06:30:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T04:30:00.000Z',
      '2026-11-01T03:30:00.000Z',
    ];
    expect(
      plan(instants, {
        now: nowInNewYork,
        timeZone: 'America/New_York',
        policy: { keepToday: 2, keepDays: 30, cap: 60 },
      }),
    ).toEqual({
      keep: ['2026-11-01T06:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-01T03:30:00.000Z'],
      remove: ['2026-11-01T04:30:00.000Z'],
    });
  });

  it('counts a backup dated in the future (a wrong clock) as today, and keeps planning', () => {
    const instants = [
      '2027-01-01T10:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
      '2026-11-21T11:00:00.000Z',
      '2026-11-21T10:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
    ];
    expect(plan(instants, { policy: { keepToday: 3, keepDays: 30, cap: 60 } })).toEqual({
      keep: [
        '2027-01-01T10:00:00.000Z',
        '2026-11-25T10:00:00.000Z',
        '2026-11-21T11:00:00.000Z',
        '2026-11-20T10:00:00.000Z',
      ],
      remove: ['2026-11-21T10:00:00.000Z'],
    });
  });

  it('is deterministic for backups written in the same millisecond', () => {
    const files = (['start', 'scheduled', 'before-restore'] as const).map((reason) =>
      file('2026-11-21T10:00:00.000Z', reason),
    );
    const forwards = planRetention(files, now, london, { keepToday: 2, keepDays: 30, cap: 60 });
    const backwards = planRetention([...files].reverse(), now, london, {
      keepToday: 2,
      keepDays: 30,
      cap: 60,
    });
    expect(backwards).toEqual(forwards);
    expect(forwards.keep).toHaveLength(2);
  });

  it('keeps every file name exactly once, in keep or in remove', () => {
    const instants = [
      ...daily('2026-11-21', 50, '11:00:00.000Z'),
      ...daily('2026-11-21', 50, '01:00:00.000Z'),
    ];
    const files = instants.map((instant) => file(instant));
    const { keep, remove } = planRetention(files, now, london);
    expect([...keep, ...remove].sort()).toEqual(files.map((f) => f.name).sort());
    expect(new Set([...keep, ...remove]).size).toBe(files.length);
  });
});

describe('backups on disk', () => {
  let dir: string;
  let folder: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ubj-backups-'));
    folder = join(dir, 'backups');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const nameAt = (iso: string, reason: AutomaticBackupReason = 'scheduled'): string =>
    backupFileName(new Date(iso), reason);

  /** A clock the test moves by hand. */
  function clock(start: string) {
    let current = new Date(start);
    return {
      now: () => current,
      set: (iso: string) => {
        current = new Date(iso);
      },
    };
  }

  function store(
    options: { fs?: MainFs; now?: () => Date; policy?: RetentionPolicy; errors?: unknown[] } = {},
  ) {
    return createBackupStore({
      fs: options.fs ?? nodeMainFs,
      folder,
      now: options.now ?? (() => new Date('2026-11-21T10:00:00.000Z')),
      timeZone: () => 'Europe/London',
      policy: options.policy,
      onError: (error) => options.errors?.push(error),
    });
  }

  /** The real file system, except that rename fails: the process "stops" just before the rename. */
  const crashBeforeRename = (options: { leavesTempFile: boolean }): MainFs => ({
    ...nodeMainFs,
    rename: async () => {
      throw new Error('simulated crash before rename');
    },
    // A real crash gets no chance to tidy up.
    unlink: options.leavesTempFile ? async () => undefined : nodeMainFs.unlink,
  });

  describe('writeBackupFile', () => {
    it('writes the file through a temp file that it opens, syncs and closes before renaming', async () => {
      await mkdir(folder);
      const name = nameAt('2026-11-21T10:00:00.000Z');
      const calls: string[] = [];
      const recordingFs: MainFs = {
        ...nodeMainFs,
        open: async (path, flags) => {
          calls.push(`open ${path.slice(folder.length + 1).replace(/[0-9a-f]{16}$/, '<random>')} ${flags}`);
          const handle = await nodeMainFs.open(path, flags);
          return {
            writeFile: async (data, encoding) => {
              calls.push('write');
              await handle.writeFile(data, encoding);
            },
            sync: async () => {
              calls.push('sync');
              await handle.sync();
            },
            close: async () => {
              calls.push('close');
              await handle.close();
            },
          };
        },
        rename: async (from, to) => {
          calls.push(`rename to ${to.slice(folder.length + 1)}`);
          await nodeMainFs.rename(from, to);
        },
      };
      await writeBackupFile(recordingFs, folder, name, backup('a'));
      expect(calls).toEqual([`open ${name}.tmp-<random> wx`, 'write', 'sync', 'close', `rename to ${name}`]);
      expect(await readdir(folder)).toEqual([name]);
      expect(await readFile(join(folder, name), 'utf8')).toBe(backup('a'));
    });

    it('refuses a name that is not a backup name, writing nothing', async () => {
      await mkdir(folder);
      for (const name of ['../x.json', 'notes.txt', 'journal-backup-latest.json']) {
        await expect(writeBackupFile(nodeMainFs, folder, name, backup('a'))).rejects.toThrow('Refused');
      }
      expect(await readdir(folder)).toEqual([]);
      expect(await readdir(dir)).toEqual(['backups']);
    });

    it('keeps the previous backup intact when the write fails before the rename, and removes its temp file', async () => {
      await mkdir(folder);
      const previous = nameAt('2026-11-21T09:00:00.000Z');
      await writeBackupFile(nodeMainFs, folder, previous, backup('previous'));
      const next = nameAt('2026-11-21T10:00:00.000Z');
      await expect(
        writeBackupFile(crashBeforeRename({ leavesTempFile: false }), folder, next, backup('next')),
      ).rejects.toThrow('simulated crash');
      expect(await readdir(folder)).toEqual([previous]);
      expect(await readFile(join(folder, previous), 'utf8')).toBe(backup('previous'));
    });

    it('never leaves a partial file under the final name when rewriting the same name fails', async () => {
      await mkdir(folder);
      const name = nameAt('2026-11-21T09:00:00.000Z');
      await writeBackupFile(nodeMainFs, folder, name, backup('first'));
      await expect(
        writeBackupFile(crashBeforeRename({ leavesTempFile: true }), folder, name, backup('second')),
      ).rejects.toThrow('simulated crash');
      expect(await readFile(join(folder, name), 'utf8')).toBe(backup('first'));
    });
  });

  describe('createBackupStore', () => {
    it('creates the folder on the first write and lists what it wrote', async () => {
      const backups = store();
      expect(backups.location()).toBe(folder);
      expect(await backups.list()).toEqual([]);
      const written = await backups.write(backup('first'), 'start');
      expect(written).toEqual({
        name: 'journal-backup-2026-11-21T10-00-00-000Z-start.json',
        createdAt: '2026-11-21T10:00:00.000Z',
        reason: 'start',
        sizeBytes: Buffer.byteLength(backup('first')),
      });
      expect(await backups.list()).toEqual([written]);
      expect(await backups.read(written.name)).toBe(backup('first'));
    });

    it('lists the newest first with each file size, ignoring every other file', async () => {
      const time = clock('2026-11-19T08:00:00.000Z');
      const backups = store({ now: time.now });
      const first = await backups.write(backup('first'), 'start');
      time.set('2026-11-21T09:00:00.000Z');
      const second = await backups.write(backup('second, with ünïcode'), 'first-entry-of-day');
      time.set('2026-11-20T12:00:00.000Z');
      const third = await backups.write(backup('third'), 'scheduled');
      await writeFile(join(folder, 'notes.txt'), 'keep me');
      await writeFile(join(folder, 'journal-backup-2026-13-01T00-00-00-000Z-start.json'), 'not a real date');
      await writeFile(join(folder, `${second.name}.tmp-0123456789abcdef`), '{"format":"upper');
      await mkdir(join(folder, nameAt('2026-11-21T11:00:00.000Z')));

      const listed = await backups.list();
      expect(listed.map((file) => file.name)).toEqual([second.name, third.name, first.name]);
      expect(listed[0]?.sizeBytes).toBe(Buffer.byteLength(backup('second, with ünïcode')));
      expect(listed[0]?.sizeBytes).toBeGreaterThan(backup('second, with ünïcode').length);
    });

    it('refuses to write anything that is not a journal backup, and writes nothing', async () => {
      const backups = store();
      for (const content of ['hello', '{"format":"other"}', `${BACKUP_CONTENT_PREFIX},"tables":{`]) {
        await expect(backups.write(content, 'start')).rejects.toThrow('Refused');
      }
      expect(await readdir(dir)).toEqual([]);
    });

    it('refuses a backup larger than the limit', async () => {
      const content = backup('x'.repeat(100));
      const backups = createBackupStore({
        fs: nodeMainFs,
        folder,
        now: () => new Date(),
        timeZone: () => 'UTC',
        maxBytes: content.length - 1,
      });
      await expect(backups.write(content, 'start')).rejects.toThrow('too large');
      expect(await readdir(dir)).toEqual([]);
    });

    it('applies the retention policy after each write, and never touches other files', async () => {
      const time = clock('2026-11-21T08:00:00.000Z');
      await mkdir(folder);
      await writeFile(join(folder, 'notes.txt'), 'keep me');
      await writeFile(join(folder, 'journal-backup-old.json'), 'keep me too');
      const backups = store({ now: time.now, policy: { keepToday: 2, keepDays: 30, cap: 60 } });
      const written = [];
      for (const hour of ['08', '09', '10', '11']) {
        time.set(`2026-11-21T${hour}:00:00.000Z`);
        written.push(await backups.write(backup(hour), 'scheduled'));
      }
      expect((await backups.list()).map((file) => file.name)).toEqual([written[3]?.name, written[2]?.name]);
      expect((await readdir(folder)).sort()).toEqual(
        ['journal-backup-old.json', 'notes.txt', written[2]?.name, written[3]?.name].sort(),
      );
      expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
    });

    it('never deletes the backup it has just written, even with a clock gone backwards', async () => {
      const time = clock('2026-11-25T10:00:00.000Z');
      const backups = store({ now: time.now, policy: { keepToday: 1, keepDays: 30, cap: 1 } });
      const future = await backups.write(backup('written while the clock was ahead'), 'scheduled');
      time.set('2026-11-21T10:00:00.000Z');
      const current = await backups.write(backup('now'), 'scheduled');
      const names = (await backups.list()).map((file) => file.name);
      expect(names).toContain(current.name);
      expect(names).toContain(future.name);
    });

    it('reports, without failing the write, an old backup that cannot be deleted', async () => {
      const errors: unknown[] = [];
      const time = clock('2026-11-20T10:00:00.000Z');
      const lockedFs: MainFs = {
        ...nodeMainFs,
        unlink: async (path) => {
          if (path.endsWith('-start.json')) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
          await nodeMainFs.unlink(path);
        },
      };
      const backups = store({
        fs: lockedFs,
        now: time.now,
        errors,
        policy: { keepToday: 1, keepDays: 0, cap: 1 },
      });
      const old = await backups.write(backup('old'), 'start');
      time.set('2026-11-21T10:00:00.000Z');
      const next = await backups.write(backup('new'), 'scheduled');
      expect(next.reason).toBe('scheduled');
      expect(errors).toHaveLength(1);
      expect((await backups.list()).map((file) => file.name)).toEqual([next.name, old.name]);
    });

    it('keeps the previous backup readable after a crash before the rename, then tidies up on the next write', async () => {
      const time = clock('2026-11-21T09:00:00.000Z');
      const previous = await store({ now: time.now }).write(backup('previous'), 'start');

      time.set('2026-11-21T10:00:00.000Z');
      await expect(
        store({ fs: crashBeforeRename({ leavesTempFile: true }), now: time.now }).write(
          backup('lost'),
          'scheduled',
        ),
      ).rejects.toThrow('simulated crash');

      // The app starts again: the temp file is there, but nothing reads or lists it.
      const restarted = store({ now: time.now });
      const leftovers = (await readdir(folder)).filter((name) => name !== previous.name);
      expect(leftovers).toHaveLength(1);
      expect(leftovers[0]).toMatch(
        /^journal-backup-2026-11-21T10-00-00-000Z-scheduled\.json\.tmp-[0-9a-f]{16}$/,
      );
      expect(await restarted.list()).toEqual([previous]);
      expect(await restarted.read(previous.name)).toBe(backup('previous'));
      await expect(restarted.read(leftovers[0] ?? '')).rejects.toThrow('Refused');

      time.set('2026-11-21T11:00:00.000Z');
      const next = await restarted.write(backup('next'), 'scheduled');
      expect((await readdir(folder)).sort()).toEqual([previous.name, next.name].sort());
    });

    it('runs writes one at a time, so concurrent writes all land and no temp file is left', async () => {
      let tick = Date.parse('2026-11-21T10:00:00.000Z');
      const backups = store({ now: () => new Date((tick += 1)) });
      const written = await Promise.all(
        AUTOMATIC_BACKUP_REASONS.map((reason) => backups.write(backup(reason), reason)),
      );
      expect(new Set(written.map((file) => file.name)).size).toBe(4);
      expect((await readdir(folder)).sort()).toEqual(written.map((file) => file.name).sort());
    });

    it('keeps writing after a failed write', async () => {
      const backups = store();
      await expect(backups.write('not a backup', 'start')).rejects.toThrow('Refused');
      await expect(backups.write(backup('fine'), 'start')).resolves.toMatchObject({ reason: 'start' });
    });

    it.each([
      '../x.json',
      '..\\x',
      '../backups/journal-backup-2026-11-21T10-00-00-000Z-start.json',
      '..\\backups\\journal-backup-2026-11-21T10-00-00-000Z-start.json',
      './journal-backup-2026-11-21T10-00-00-000Z-start.json',
      'notes.txt',
      '../secret.txt',
      '/etc/passwd',
      '',
    ])('refuses to read %j', async (name) => {
      const backups = store();
      await backups.write(backup('a'), 'start');
      await writeFile(join(folder, 'notes.txt'), 'private');
      await writeFile(join(dir, 'secret.txt'), 'private');
      await writeFile(join(dir, 'x.json'), '{}');
      await expect(backups.read(name)).rejects.toThrow('Refused');
    });

    it('refuses to read a backup name that is a folder or a link', async () => {
      const backups = store();
      await mkdir(folder);
      const asFolder = nameAt('2026-11-21T08:00:00.000Z');
      await mkdir(join(folder, asFolder));
      await expect(backups.read(asFolder)).rejects.toThrow('Refused');

      await writeFile(join(dir, 'outside.json'), backup('outside'));
      const asLink = nameAt('2026-11-21T09:00:00.000Z');
      try {
        await symlink(join(dir, 'outside.json'), join(folder, asLink));
      } catch {
        return; // Creating links needs extra rights on Windows.
      }
      await expect(backups.read(asLink)).rejects.toThrow('Refused');
      expect(await backups.list()).toEqual([]);
    });

    it('fails to read a valid name that does not exist', async () => {
      await expect(store().read(nameAt('2026-11-21T08:00:00.000Z'))).rejects.toThrow(/ENOENT/);
    });
  });
});

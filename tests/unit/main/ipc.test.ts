import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AutomaticBackupFile, SaveFileResult } from '@shared/api';
import { IPC_CHANNELS } from '@shared/api';
import { nodeMainFs } from '../../../src/main/atomicFile';
import type { BackupStore } from '../../../src/main/backups';
import { BACKUP_CONTENT_PREFIX, createBackupStore } from '../../../src/main/backups';
import type { IpcHandler, IpcInvokeEventLike } from '../../../src/main/ipc';
import { isTrustedSender, registerIpcHandlers } from '../../../src/main/ipc';

const fromUrl = (url: string): IpcInvokeEventLike => ({ senderFrame: { url } });
const APP_PAGE = fromUrl('app://bundle/index.html');

const BACKUP_FILE: AutomaticBackupFile = {
  name: 'journal-backup-2026-11-21T09-30-00-000Z-start.json',
  createdAt: '2026-11-21T09:30:00.000Z',
  reason: 'start',
  sizeBytes: 1234,
};

/** A backup store that records what it was asked and answers with fixed values. */
function recordingBackups(calls: string[]): BackupStore {
  return {
    write: async (content, reason) => {
      calls.push(`backups.write ${content} ${reason}`);
      return BACKUP_FILE;
    },
    list: async () => {
      calls.push('backups.list');
      return [BACKUP_FILE];
    },
    read: async (name) => {
      calls.push(`backups.read ${name}`);
      return '{"format":"upper-back-journal-backup"}';
    },
    location: () => {
      calls.push('backups.location');
      return '/home/ana/.config/Upper Back Journal/backups';
    },
  };
}

function setUp(
  options: {
    devServerUrl?: string;
    openExternal?: (url: string) => Promise<void>;
    saveFile?: (name: string, content: string) => Promise<SaveFileResult>;
    saveReportPdf?: (name: string) => Promise<SaveFileResult>;
    backups?: BackupStore;
  } = {},
) {
  const handlers = new Map<string, IpcHandler>();
  const opened: string[] = [];
  const errors: unknown[] = [];
  /** Every call that reached a dependency other than openExternal: files, dialogs, backups. */
  const calls: string[] = [];
  registerIpcHandlers(
    {
      handle: (channel, listener) => {
        expect(handlers.has(channel)).toBe(false);
        handlers.set(channel, listener);
      },
    },
    {
      app: {
        getVersion: () => '1.2.3',
        getPath: (name) => `/home/ana/.config/Upper Back Journal (${name})`,
      },
      openExternal:
        options.openExternal ??
        (async (url) => {
          opened.push(url);
        }),
      saveFile:
        options.saveFile ??
        (async (name, content) => {
          calls.push(`saveFile ${name} ${content}`);
          return { saved: true, location: `/home/ana/Documents/${name}` };
        }),
      saveReportPdf:
        options.saveReportPdf ??
        (async (name) => {
          calls.push(`saveReportPdf ${name}`);
          return { saved: true, location: `/home/ana/Documents/${name}` };
        }),
      backups: options.backups ?? recordingBackups(calls),
      devServerUrl: options.devServerUrl,
      onError: (error) => errors.push(error),
    },
  );
  const call = (channel: string, event: IpcInvokeEventLike, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { handlers, opened, errors, calls, call };
}

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender(APP_PAGE)).toBe(true);
    expect(isTrustedSender(fromUrl('app://bundle/index.html#/history'))).toBe(true);
    expect(isTrustedSender(fromUrl('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(fromUrl('app://evil/index.html'))).toBe(false);
    expect(isTrustedSender(fromUrl('file:///index.html'))).toBe(false);
    expect(isTrustedSender(fromUrl('about:blank'))).toBe(false);
    expect(isTrustedSender(fromUrl(''))).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('trusts the dev server only when it is given', () => {
    expect(isTrustedSender(fromUrl('http://localhost:5173/'), 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(fromUrl('http://localhost:5173/'))).toBe(false);
  });

  it('does not trust a frame whose url cannot be read', () => {
    const destroyed: IpcInvokeEventLike = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(destroyed)).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel in IPC_CHANNELS', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  describe.each(Object.entries(IPC_CHANNELS))('%s refuses foreign senders', (_name, channel) => {
    it.each([
      ['a web page', fromUrl('https://evil.example/')],
      ['a look-alike origin', fromUrl('app://bundle.evil.example/index.html')],
      ['a file page', fromUrl('file:///tmp/index.html')],
      ['a missing frame', { senderFrame: null }],
    ])('from %s', async (_label, event) => {
      const { call, opened, calls } = setUp();
      await expect(call(channel, event, 'https://www.nhs.uk/')).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      await expect(call(channel, event)).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      // Well-formed arguments for the file channels do not help a foreign sender either.
      await expect(call(channel, event, 'journal.json', `${BACKUP_CONTENT_PREFIX}}`)).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      await expect(call(channel, event, `${BACKUP_CONTENT_PREFIX}}`, 'start')).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      await expect(call(channel, event, BACKUP_FILE.name)).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      await expect(call(channel, event, 'report.pdf')).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      expect(opened).toEqual([]);
      expect(calls).toEqual([]);
    });
  });

  it('getAppInfo answers the app page with the version, the data folder and the platform', async () => {
    const { call } = setUp();
    await expect(call(IPC_CHANNELS.getAppInfo, APP_PAGE)).resolves.toEqual({
      version: '1.2.3',
      dataLocation: '/home/ana/.config/Upper Back Journal (userData)',
      platform: 'desktop',
    });
  });

  it.each([[['extra']], [[undefined]], [[{}, 1]]])('getAppInfo refuses arguments %j', async (args) => {
    const { call } = setUp();
    await expect(call(IPC_CHANNELS.getAppInfo, APP_PAGE, ...args)).rejects.toThrow(
      'Refused: malformed arguments for app:get-info',
    );
  });

  it('openExternal opens an allow-listed https link and answers true', async () => {
    const { call, opened } = setUp();
    await expect(
      call(IPC_CHANNELS.openExternal, APP_PAGE, 'https://www.nhs.uk/conditions/back-pain/'),
    ).resolves.toBe(true);
    expect(opened).toEqual(['https://www.nhs.uk/conditions/back-pain/']);
  });

  it.each([
    'http://www.nhs.uk/',
    'https://nhs.uk.evil.com/',
    'https://evilnhs.uk/',
    'https://user:pw@www.nhs.uk/',
    'https://www.nhs.uk:444/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://bundle/index.html',
    'not a url',
    '',
  ])('openExternal answers false for %j and opens nothing', async (url) => {
    const { call, opened } = setUp();
    await expect(call(IPC_CHANNELS.openExternal, APP_PAGE, url)).resolves.toBe(false);
    expect(opened).toEqual([]);
  });

  it.each([
    ['no argument', []],
    ['two arguments', ['https://www.nhs.uk/', 'https://www.nhs.uk/']],
    ['a number', [42]],
    ['null', [null]],
    ['an object that stringifies to a link', [{ toString: () => 'https://www.nhs.uk/' }]],
    ['an array', [['https://www.nhs.uk/']]],
    ['a huge string', [`https://www.nhs.uk/${'a'.repeat(5000)}`]],
  ])('openExternal refuses %s', async (_label, args) => {
    const { call, opened } = setUp();
    await expect(call(IPC_CHANNELS.openExternal, APP_PAGE, ...args)).rejects.toThrow(
      'Refused: malformed arguments for app:open-external',
    );
    expect(opened).toEqual([]);
  });

  it('openExternal answers false, and reports it, when the system cannot open the link', async () => {
    const failure = new Error('no handler for https');
    const { call, errors } = setUp({ openExternal: () => Promise.reject(failure) });
    await expect(call(IPC_CHANNELS.openExternal, APP_PAGE, 'https://www.nhs.uk/')).resolves.toBe(false);
    expect(errors).toEqual([failure]);
  });

  it('accepts the dev server page during development', async () => {
    const { call } = setUp({ devServerUrl: 'http://localhost:5173/' });
    await expect(call(IPC_CHANNELS.getAppInfo, fromUrl('http://localhost:5173/'))).resolves.toMatchObject({
      platform: 'desktop',
    });
  });

  describe('saveFile', () => {
    it('forwards the name and the content to the save dialog, and answers its result', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.saveFile, APP_PAGE, 'episodes.csv', 'date\n')).resolves.toEqual({
        saved: true,
        location: '/home/ana/Documents/episodes.csv',
      });
      expect(calls).toEqual(['saveFile episodes.csv date\n']);
    });

    it('answers a cancelled dialog as not saved', async () => {
      const { call } = setUp({ saveFile: async () => ({ saved: false }) });
      await expect(call(IPC_CHANNELS.saveFile, APP_PAGE, 'episodes.csv', '')).resolves.toEqual({
        saved: false,
      });
    });

    it('passes a refusal from the file module back to the page', async () => {
      const { call } = setUp({
        saveFile: () =>
          Promise.reject(new Error('Refused: the suggested file name is not a plain, safe file name')),
      });
      await expect(call(IPC_CHANNELS.saveFile, APP_PAGE, '../x.json', '{}')).rejects.toThrow('Refused');
    });

    it.each([
      ['no argument', []],
      ['only a name', ['journal.json']],
      ['a number as content', ['journal.json', 42]],
      ['a number as name', [42, '{}']],
      ['null as name', [null, '{}']],
      ['bytes as content', ['journal.json', new Uint8Array([1, 2])]],
      ['an object that stringifies to a name', [{ toString: () => 'journal.json' }, '{}']],
      ['an extra argument', ['journal.json', '{}', '/etc/passwd']],
      ['a huge name', [`${'a'.repeat(5000)}.json`, '{}']],
    ])('refuses %s', async (_label, args) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.saveFile, APP_PAGE, ...args)).rejects.toThrow(
        'Refused: malformed arguments for file:save',
      );
      expect(calls).toEqual([]);
    });
  });

  describe('saveReportPdf', () => {
    it('forwards the suggested name to the PDF step, and answers its result', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.saveReportPdf, APP_PAGE, 'report.pdf')).resolves.toEqual({
        saved: true,
        location: '/home/ana/Documents/report.pdf',
      });
      expect(calls).toEqual(['saveReportPdf report.pdf']);
    });

    it('answers a cancelled dialog as not saved', async () => {
      const { call } = setUp({ saveReportPdf: async () => ({ saved: false }) });
      await expect(call(IPC_CHANNELS.saveReportPdf, APP_PAGE, 'report.pdf')).resolves.toEqual({
        saved: false,
      });
    });

    it('passes a refusal from the PDF step back to the page', async () => {
      const { call } = setUp({
        saveReportPdf: () =>
          Promise.reject(new Error('Refused: a report PDF must be saved under a name ending in .pdf')),
      });
      await expect(call(IPC_CHANNELS.saveReportPdf, APP_PAGE, 'report.html')).rejects.toThrow('Refused');
    });

    it.each([
      ['a foreign web page', fromUrl('https://evil.example/report')],
      ['a file page', fromUrl('file:///tmp/report.html')],
      ['a missing frame', { senderFrame: null }],
    ])('refuses %s, printing nothing', async (_label, event) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.saveReportPdf, event, 'report.pdf')).rejects.toThrow(
        'Refused: report:save-pdf was called from outside the app',
      );
      expect(calls).toEqual([]);
    });

    it.each([
      ['no argument', []],
      ['an extra argument', ['report.pdf', '/etc/passwd']],
      ['content as well as a name', ['report.pdf', '%PDF-1.7']],
      ['a number instead of a name', [42]],
      ['null', [null]],
      ['bytes as the name', [new Uint8Array([1, 2])]],
      ['an object that stringifies to a name', [{ toString: () => 'report.pdf' }]],
      ['an array', [['report.pdf']]],
      ['a name too long', [`${'a'.repeat(5000)}.pdf`]],
    ])('refuses %s, printing nothing', async (_label, args) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.saveReportPdf, APP_PAGE, ...args)).rejects.toThrow(
        'Refused: malformed arguments for report:save-pdf',
      );
      expect(calls).toEqual([]);
    });
  });

  describe('automatic backups', () => {
    it('are supported on the desktop', async () => {
      const { call } = setUp();
      await expect(call(IPC_CHANNELS.supportsAutomaticBackups, APP_PAGE)).resolves.toBe(true);
    });

    it('write forwards the content and the reason to the store', async () => {
      const { call, calls } = setUp();
      await expect(
        call(IPC_CHANNELS.writeAutomaticBackup, APP_PAGE, '{"x":1}', 'before-restore'),
      ).resolves.toEqual(BACKUP_FILE);
      expect(calls).toEqual(['backups.write {"x":1} before-restore']);
    });

    it('list, read and location answer from the store', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.listAutomaticBackups, APP_PAGE)).resolves.toEqual([BACKUP_FILE]);
      await expect(call(IPC_CHANNELS.readAutomaticBackup, APP_PAGE, BACKUP_FILE.name)).resolves.toBe(
        '{"format":"upper-back-journal-backup"}',
      );
      await expect(call(IPC_CHANNELS.automaticBackupsLocation, APP_PAGE)).resolves.toBe(
        '/home/ana/.config/Upper Back Journal/backups',
      );
      expect(calls).toEqual(['backups.list', `backups.read ${BACKUP_FILE.name}`, 'backups.location']);
    });

    it.each([
      ['no argument', []],
      ['no reason', ['{}']],
      ['an unknown reason', ['{}', 'manual']],
      ['a reason in capitals', ['{}', 'START']],
      ['null as reason', ['{}', null]],
      ['a number as content', [42, 'start']],
      ['an object as content', [{ format: 'upper-back-journal-backup' }, 'start']],
      ['an extra argument', ['{}', 'start', '../../x.json']],
    ])('write refuses %s', async (_label, args) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.writeAutomaticBackup, APP_PAGE, ...args)).rejects.toThrow(
        'Refused: malformed arguments for backups:write',
      );
      expect(calls).toEqual([]);
    });

    it.each([
      ['no argument', []],
      ['a number', [42]],
      ['null', [null]],
      ['an array', [[BACKUP_FILE.name]]],
      ['two names', [BACKUP_FILE.name, BACKUP_FILE.name]],
      ['a huge name', ['a'.repeat(5000)]],
    ])('read refuses %s', async (_label, args) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.readAutomaticBackup, APP_PAGE, ...args)).rejects.toThrow(
        'Refused: malformed arguments for backups:read',
      );
      expect(calls).toEqual([]);
    });

    it.each([
      IPC_CHANNELS.supportsAutomaticBackups,
      IPC_CHANNELS.listAutomaticBackups,
      IPC_CHANNELS.automaticBackupsLocation,
    ])('%s refuses any argument', async (channel) => {
      const { call, calls } = setUp();
      for (const args of [['extra'], [undefined], [{}, 1]]) {
        await expect(call(channel, APP_PAGE, ...args)).rejects.toThrow(
          `Refused: malformed arguments for ${channel}`,
        );
      }
      expect(calls).toEqual([]);
    });

    it('work end to end with the real store on disk, refusing names that leave the folder', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'ubj-ipc-backups-'));
      try {
        const folder = join(dir, 'backups');
        const { call } = setUp({
          backups: createBackupStore({
            fs: nodeMainFs,
            folder,
            now: () => new Date('2026-11-21T10:00:00.000Z'),
            timeZone: () => 'Europe/London',
          }),
        });
        await writeFile(join(dir, 'x.json'), '{"secret":true}');
        const content = `${BACKUP_CONTENT_PREFIX},"tables":{}}`;
        const written = await call(IPC_CHANNELS.writeAutomaticBackup, APP_PAGE, content, 'start');
        expect(written).toMatchObject({ name: 'journal-backup-2026-11-21T10-00-00-000Z-start.json' });
        await expect(call(IPC_CHANNELS.listAutomaticBackups, APP_PAGE)).resolves.toEqual([written]);
        await expect(
          call(
            IPC_CHANNELS.readAutomaticBackup,
            APP_PAGE,
            'journal-backup-2026-11-21T10-00-00-000Z-start.json',
          ),
        ).resolves.toBe(content);
        await expect(call(IPC_CHANNELS.readAutomaticBackup, APP_PAGE, '../x.json')).rejects.toThrow(
          'Refused',
        );
        await expect(call(IPC_CHANNELS.readAutomaticBackup, APP_PAGE, '..\\x')).rejects.toThrow('Refused');
        await expect(call(IPC_CHANNELS.writeAutomaticBackup, APP_PAGE, '#!/bin/sh', 'start')).rejects.toThrow(
          'Refused',
        );
        await expect(call(IPC_CHANNELS.automaticBackupsLocation, APP_PAGE)).resolves.toBe(folder);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});

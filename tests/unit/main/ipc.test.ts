import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  AutomaticBackupFile,
  DesktopPreferences,
  DesktopPreferencesResult,
  ReminderNotice,
  SaveFileResult,
} from '@shared/api';
import {
  IPC_CHANNELS,
  REMINDER_BODY_MAX,
  REMINDER_KINDS,
  REMINDER_TITLE_MAX,
  SYNC_IPC_CHANNELS,
} from '@shared/api';
import { nodeMainFs } from '../../../src/main/atomicFile';
import type { BackupStore } from '../../../src/main/backups';
import { BACKUP_CONTENT_PREFIX, createBackupStore } from '../../../src/main/backups';
import type { AppWindowKind, IpcHandler, IpcInvokeEventLike } from '../../../src/main/ipc';
import { isTrustedSender, registerIpcHandlers } from '../../../src/main/ipc';
import type { SyncRequests } from '../../../src/main/sync/syncService';
import { createSyncService } from '../../../src/main/sync/syncService';
import { encodeBatch } from '@shared/sync/codec';
import { createKeyCheck } from '@shared/sync/crypto';
import { FakeFolderPicker, FakeSafeStorage, OWNER_WINDOW } from './sync/fakeElectron';

const JOURNAL_WINDOW = { window: 'journal' };
const QUICK_LOG_WINDOW = { window: 'quick-log' };
const fromUrl = (url: string, sender: unknown = JOURNAL_WINDOW): IpcInvokeEventLike => ({
  senderFrame: { url },
  sender,
});
const APP_PAGE = fromUrl('app://bundle/index.html');
const QUICK_LOG_PAGE = fromUrl('app://bundle/index.html#quick-log', QUICK_LOG_WINDOW);

const COMPUTER_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

const PREFERENCES: DesktopPreferences = { quickLogShortcut: 'CommandOrControl+Alt+P', keepInTray: true };
const REMINDER: ReminderNotice = {
  kind: 'check-in',
  title: 'Daily check-in',
  body: 'How was your back today? It takes a minute.',
};

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

/** A sync service that records what reached it (JSON; bytes as their length) and answers fixed values. */
function recordingSync(calls: string[]): SyncRequests {
  function answer<Result>(name: string, args: unknown[], result: Result): Result {
    const shown = args.map((arg) =>
      arg instanceof Uint8Array ? `<${arg.length} bytes>` : JSON.stringify(arg),
    );
    calls.push(`sync.${name}(${shown.join(', ')})`);
    return result;
  }
  const folder = { location: '/home/ana/Sync/Journal', isAvailable: true, hasKeyCheck: true };
  return {
    chooseSyncFolder: async () => answer('chooseSyncFolder', [], { ok: true, folder }),
    syncFolderStatus: async () => answer('syncFolderStatus', [], { ok: true, folder }),
    readKeyCheck: async () => answer('readKeyCheck', [], { ok: true, text: '{}' }),
    startSyncFolder: async (text) => answer('startSyncFolder', [text], { ok: true }),
    sendChanges: async (computerId, seq, bytes) =>
      answer('sendChanges', [computerId, seq, bytes], { ok: true, file: { computerId, kind: 'log', seq } }),
    saveSnapshot: async (computerId, seq, bytes) =>
      answer('saveSnapshot', [computerId, seq, bytes], {
        ok: true,
        file: { computerId, kind: 'snapshot', seq },
        removed: [],
      }),
    listSyncFiles: async () => answer('listSyncFiles', [], { ok: true, files: [] }),
    readSyncFile: async (file) => answer('readSyncFile', [file], { ok: false, reason: 'missing' }),
    forgetSyncFolder: async () => answer('forgetSyncFolder', [], { ok: true }),
    rememberSyncKey: async (keyBytes) => answer('rememberSyncKey', [keyBytes], { ok: true }),
    recallSyncKey: async () => answer('recallSyncKey', [], { ok: false, reason: 'none' }),
    forgetSyncKey: async () => answer('forgetSyncKey', [], { ok: true }),
    syncComputerId: async () => answer('syncComputerId', [], { ok: true, computerId: COMPUTER_A }),
  };
}

function setUp(
  options: {
    sync?: SyncRequests;
    devServerUrl?: string;
    openExternal?: (url: string) => Promise<void>;
    saveFile?: (name: string, content: string, owner: AppWindowKind) => Promise<SaveFileResult>;
    saveReportPdf?: (name: string) => Promise<SaveFileResult>;
    backups?: BackupStore;
    applyDesktopPreferences?: (preferences: DesktopPreferences) => Promise<DesktopPreferencesResult>;
    showReminder?: (notice: ReminderNotice) => boolean;
    deskStretchStartedAt?: () => string | null;
    keepInTrayByDefault?: boolean;
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
      keepInTrayByDefault: options.keepInTrayByDefault ?? true,
      windowOf: (sender) =>
        sender === JOURNAL_WINDOW ? 'journal' : sender === QUICK_LOG_WINDOW ? 'quick-log' : undefined,
      openExternal:
        options.openExternal ??
        (async (url) => {
          opened.push(url);
        }),
      saveFile:
        options.saveFile ??
        (async (name, content, owner) => {
          calls.push(`saveFile ${name} ${content} (over the ${owner} window)`);
          return { saved: true, location: `/home/ana/Documents/${name}` };
        }),
      saveReportPdf:
        options.saveReportPdf ??
        (async (name) => {
          calls.push(`saveReportPdf ${name}`);
          return { saved: true, location: `/home/ana/Documents/${name}` };
        }),
      backups: options.backups ?? recordingBackups(calls),
      applyDesktopPreferences:
        options.applyDesktopPreferences ??
        (async (preferences) => {
          calls.push(`applyDesktopPreferences ${JSON.stringify(preferences)}`);
          return { shortcut: { status: 'registered', accelerator: preferences.quickLogShortcut } };
        }),
      showReminder:
        options.showReminder ??
        ((notice) => {
          calls.push(`showReminder ${JSON.stringify(notice)}`);
          return true;
        }),
      deskStretchStartedAt:
        options.deskStretchStartedAt ??
        (() => {
          calls.push('deskStretchStartedAt');
          return '2026-11-21T09:30:00.000Z';
        }),
      closeQuickLogWindow: () => {
        calls.push('closeQuickLogWindow');
      },
      sync: options.sync ?? recordingSync(calls),
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

describe('the electronegativity exception for openExternal', () => {
  it('sits on the very line of the reviewed call, where the scanner reads it', async () => {
    const source = await readFile(join(__dirname, '../../../src/main/ipc.ts'), 'utf8');
    const callLines = source.split('\n').filter((line) => /\.openExternal\(/.test(line));
    expect(callLines).toHaveLength(1);
    expect(callLines[0]).toMatch(/await deps\.openExternal\(url\); \/\/ eng-disable OPEN_EXTERNAL_JS_CHECK /);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel in IPC_CHANNELS and SYNC_IPC_CHANNELS', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(
      [...Object.values(IPC_CHANNELS), ...Object.values(SYNC_IPC_CHANNELS)].sort(),
    );
  });

  describe.each([...Object.entries(IPC_CHANNELS), ...Object.entries(SYNC_IPC_CHANNELS)])(
    '%s refuses foreign senders',
    (_name, channel) => {
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
        await expect(call(channel, event, PREFERENCES)).rejects.toThrow(
          `Refused: ${channel} was called from outside the app`,
        );
        await expect(call(channel, event, REMINDER)).rejects.toThrow(
          `Refused: ${channel} was called from outside the app`,
        );
        expect(opened).toEqual([]);
        expect(calls).toEqual([]);
      });
    },
  );

  it('getAppInfo answers the app page with the version, the data folder, the platform and the tray default', async () => {
    const { call } = setUp();
    await expect(call(IPC_CHANNELS.getAppInfo, APP_PAGE)).resolves.toEqual({
      version: '1.2.3',
      dataLocation: '/home/ana/.config/Upper Back Journal (userData)',
      platform: 'desktop',
      keepInTrayByDefault: true,
    });
  });

  it('getAppInfo says when closing should quit by default (a Linux desktop whose tray is usually hidden)', async () => {
    const { call } = setUp({ keepInTrayByDefault: false });
    await expect(call(IPC_CHANNELS.getAppInfo, APP_PAGE)).resolves.toMatchObject({
      keepInTrayByDefault: false,
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
      expect(calls).toEqual(['saveFile episodes.csv date\n (over the journal window)']);
    });

    it('opens the dialog over the window that asked: the quick log’s own save is not owned by the journal', async () => {
      const { call, calls } = setUp();
      await call(IPC_CHANNELS.saveFile, QUICK_LOG_PAGE, 'episodes.csv', 'date\n');
      await call(IPC_CHANNELS.saveFile, APP_PAGE, 'journal.json', '{}');
      expect(calls).toEqual([
        'saveFile episodes.csv date\n (over the quick-log window)',
        'saveFile journal.json {} (over the journal window)',
      ]);
    });

    it('takes the owner from the sender, never from the page: a third argument is refused', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.saveFile, QUICK_LOG_PAGE, 'a.csv', '', 'journal')).rejects.toThrow(
        'Refused: malformed arguments',
      );
      expect(calls).toEqual([]);
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

  describe('applyDesktopPreferences', () => {
    it('forwards the preferences and answers what the desktop did with the shortcut', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.applyDesktopPreferences, APP_PAGE, PREFERENCES)).resolves.toEqual({
        shortcut: { status: 'registered', accelerator: 'CommandOrControl+Alt+P' },
      });
      expect(calls).toEqual([`applyDesktopPreferences ${JSON.stringify(PREFERENCES)}`]);
    });

    it('accepts the shortcut turned off and the tray off', async () => {
      const { call, calls } = setUp({
        applyDesktopPreferences: async (preferences) => {
          calls.push(`applyDesktopPreferences ${JSON.stringify(preferences)}`);
          return { shortcut: { status: 'off' } };
        },
      });
      const off: DesktopPreferences = { quickLogShortcut: '', keepInTray: false };
      await expect(call(IPC_CHANNELS.applyDesktopPreferences, APP_PAGE, off)).resolves.toEqual({
        shortcut: { status: 'off' },
      });
      expect(calls).toEqual([`applyDesktopPreferences ${JSON.stringify(off)}`]);
    });

    it('accepts a shortcut of exactly 100 characters, leaving its sense to the shortcut module', async () => {
      const { call, calls } = setUp();
      const preferences = { quickLogShortcut: 'A'.repeat(100), keepInTray: true };
      await call(IPC_CHANNELS.applyDesktopPreferences, APP_PAGE, preferences);
      expect(calls).toEqual([`applyDesktopPreferences ${JSON.stringify(preferences)}`]);
    });

    it('passes a failure of the desktop back to the page', async () => {
      const { call } = setUp({ applyDesktopPreferences: () => Promise.reject(new Error('tray failed')) });
      await expect(call(IPC_CHANNELS.applyDesktopPreferences, APP_PAGE, PREFERENCES)).rejects.toThrow(
        'tray failed',
      );
    });

    it.each([
      ['no argument', []],
      ['two arguments', [PREFERENCES, PREFERENCES]],
      ['null', [null]],
      ['a string', ['CommandOrControl+Alt+P']],
      ['an array', [[PREFERENCES]]],
      ['no shortcut', [{ keepInTray: true }]],
      ['no tray choice', [{ quickLogShortcut: 'F9' }]],
      ['an extra key', [{ ...PREFERENCES, startAtLogin: true }]],
      ['a __proto__ key', [JSON.parse('{"quickLogShortcut":"F9","keepInTray":true,"__proto__":{"x":1}}')]],
      ['a number as shortcut', [{ ...PREFERENCES, quickLogShortcut: 42 }]],
      ['null as shortcut', [{ ...PREFERENCES, quickLogShortcut: null }]],
      ['a string as tray choice', [{ ...PREFERENCES, keepInTray: 'true' }]],
      ['no tray choice (the page always says what closing does now)', [{ quickLogShortcut: 'F9' }]],
      ['a number as tray choice', [{ ...PREFERENCES, keepInTray: 1 }]],
      ['a shortcut too long', [{ ...PREFERENCES, quickLogShortcut: 'A'.repeat(101) }]],
    ])('refuses %s', async (_label, args) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.applyDesktopPreferences, APP_PAGE, ...args)).rejects.toThrow(
        'Refused: malformed arguments for desktop:apply-preferences',
      );
      expect(calls).toEqual([]);
    });
  });

  describe('showReminder', () => {
    it.each(REMINDER_KINDS)('forwards a %s reminder and answers whether it was shown', async (kind) => {
      const { call, calls } = setUp();
      const notice = { ...REMINDER, kind };
      await expect(call(IPC_CHANNELS.showReminder, APP_PAGE, notice)).resolves.toBe(true);
      expect(calls).toEqual([`showReminder ${JSON.stringify(notice)}`]);
    });

    it('answers false where notifications are not available', async () => {
      const { call } = setUp({ showReminder: () => false });
      await expect(call(IPC_CHANNELS.showReminder, APP_PAGE, REMINDER)).resolves.toBe(false);
    });

    it('accepts a title and a body of the largest allowed length, and an empty body', async () => {
      const { call, calls } = setUp();
      const longest = {
        ...REMINDER,
        title: 't'.repeat(REMINDER_TITLE_MAX),
        body: 'b'.repeat(REMINDER_BODY_MAX),
      };
      const bare = { ...REMINDER, body: '' };
      await call(IPC_CHANNELS.showReminder, APP_PAGE, longest);
      await call(IPC_CHANNELS.showReminder, APP_PAGE, bare);
      expect(calls).toEqual([
        `showReminder ${JSON.stringify(longest)}`,
        `showReminder ${JSON.stringify(bare)}`,
      ]);
    });

    it.each([
      ['no argument', []],
      ['two arguments', [REMINDER, REMINDER]],
      ['null', [null]],
      ['a string', ['Daily check-in']],
      ['no kind', [{ title: REMINDER.title, body: REMINDER.body }]],
      ['no title', [{ kind: REMINDER.kind, body: REMINDER.body }]],
      ['no body', [{ kind: REMINDER.kind, title: REMINDER.title }]],
      ['an unknown kind', [{ ...REMINDER, kind: 'medication' }]],
      ['a kind in capitals', [{ ...REMINDER, kind: 'CHECK-IN' }]],
      ['an empty title', [{ ...REMINDER, title: '' }]],
      ['a number as title', [{ ...REMINDER, title: 42 }]],
      ['an object as body', [{ ...REMINDER, body: { toString: () => 'hi' } }]],
      ['a title too long', [{ ...REMINDER, title: 't'.repeat(REMINDER_TITLE_MAX + 1) }]],
      ['a body too long', [{ ...REMINDER, body: 'b'.repeat(REMINDER_BODY_MAX + 1) }]],
      ['an extra key', [{ ...REMINDER, icon: '/etc/passwd' }]],
      ['an action to run', [{ ...REMINDER, onClick: 'https://evil.example/' }]],
      [
        'a __proto__ key',
        [JSON.parse('{"kind":"check-in","title":"t","body":"b","__proto__":{"silent":true}}')],
      ],
    ])('refuses %s', async (_label, args) => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.showReminder, APP_PAGE, ...args)).rejects.toThrow(
        'Refused: malformed arguments for reminders:show',
      );
      expect(calls).toEqual([]);
    });
  });

  describe('deskStretchStartedAt', () => {
    it('answers when the current stretch began', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.deskStretchStartedAt, APP_PAGE)).resolves.toBe(
        '2026-11-21T09:30:00.000Z',
      );
      expect(calls).toEqual(['deskStretchStartedAt']);
    });

    it('answers null while the computer is idle', async () => {
      const { call } = setUp({ deskStretchStartedAt: () => null });
      await expect(call(IPC_CHANNELS.deskStretchStartedAt, APP_PAGE)).resolves.toBeNull();
    });
  });

  describe('closeQuickLogWindow', () => {
    it('closes the quick-log window when the quick-log window asks, and answers nothing', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.closeQuickLogWindow, QUICK_LOG_PAGE)).resolves.toBeUndefined();
      expect(calls).toEqual(['closeQuickLogWindow']);
    });
  });

  it.each([
    [IPC_CHANNELS.deskStretchStartedAt, APP_PAGE],
    [IPC_CHANNELS.closeQuickLogWindow, QUICK_LOG_PAGE],
  ])('%s refuses any argument', async (channel, page) => {
    const { call, calls } = setUp();
    for (const args of [['extra'], [undefined], [{}, 1], [PREFERENCES]]) {
      await expect(call(channel, page, ...args)).rejects.toThrow(
        `Refused: malformed arguments for ${channel}`,
      );
    }
    expect(calls).toEqual([]);
  });

  describe('each window asks only for what it needs', () => {
    it.each([
      [IPC_CHANNELS.saveReportPdf, ['report.pdf']],
      [IPC_CHANNELS.applyDesktopPreferences, [PREFERENCES]],
      [IPC_CHANNELS.showReminder, [REMINDER]],
      [IPC_CHANNELS.deskStretchStartedAt, []],
      [IPC_CHANNELS.openExternal, ['https://www.nhs.uk/conditions/back-pain/']],
    ])('the quick-log window may not call %s', async (channel, args) => {
      const { call, calls, opened } = setUp();
      await expect(call(channel, QUICK_LOG_PAGE, ...args)).rejects.toThrow(
        `Refused: ${channel} is not for this window`,
      );
      expect(calls).toEqual([]);
      expect(opened).toEqual([]);
    });

    it('the quick-log window may save its entry’s automatic backup', async () => {
      const { call, calls } = setUp();
      await call(IPC_CHANNELS.writeAutomaticBackup, QUICK_LOG_PAGE, 'backup text', 'first-entry-of-day');
      expect(calls).toEqual(['backups.write backup text first-entry-of-day']);
    });

    it('the journal window may not close the quick-log window', async () => {
      const { call, calls } = setUp();
      await expect(call(IPC_CHANNELS.closeQuickLogWindow, APP_PAGE)).rejects.toThrow(
        `Refused: ${IPC_CHANNELS.closeQuickLogWindow} is not for this window`,
      );
      expect(calls).toEqual([]);
    });

    it('an app page in a window the app does not know is refused everything', async () => {
      const { call } = setUp();
      const stranger = fromUrl('app://bundle/index.html', { window: 'other' });
      for (const channel of [...Object.values(IPC_CHANNELS), ...Object.values(SYNC_IPC_CHANNELS)]) {
        await expect(call(channel, stranger)).rejects.toThrow('is not for this window');
      }
    });
  });
});

describe('sync channels', () => {
  const bytes = Uint8Array.of(1, 2, 3);
  const key = new Uint8Array(32).fill(7);
  const file = { computerId: COMPUTER_A, kind: 'log', seq: 4 };

  it.each<[string, unknown[], string]>([
    [SYNC_IPC_CHANNELS.chooseSyncFolder, [], 'sync.chooseSyncFolder()'],
    [SYNC_IPC_CHANNELS.syncFolderStatus, [], 'sync.syncFolderStatus()'],
    [SYNC_IPC_CHANNELS.readKeyCheck, [], 'sync.readKeyCheck()'],
    [SYNC_IPC_CHANNELS.startSyncFolder, ['{"format":1}'], 'sync.startSyncFolder("{\\"format\\":1}")'],
    [
      SYNC_IPC_CHANNELS.sendChanges,
      [COMPUTER_A, 1, bytes],
      `sync.sendChanges("${COMPUTER_A}", 1, <3 bytes>)`,
    ],
    [
      SYNC_IPC_CHANNELS.saveSnapshot,
      [COMPUTER_A, 0, bytes],
      `sync.saveSnapshot("${COMPUTER_A}", 0, <3 bytes>)`,
    ],
    [SYNC_IPC_CHANNELS.listSyncFiles, [], 'sync.listSyncFiles()'],
    [SYNC_IPC_CHANNELS.readSyncFile, [file], `sync.readSyncFile(${JSON.stringify(file)})`],
    [SYNC_IPC_CHANNELS.forgetSyncFolder, [], 'sync.forgetSyncFolder()'],
    [SYNC_IPC_CHANNELS.rememberSyncKey, [key], 'sync.rememberSyncKey(<32 bytes>)'],
    [SYNC_IPC_CHANNELS.recallSyncKey, [], 'sync.recallSyncKey()'],
    [SYNC_IPC_CHANNELS.forgetSyncKey, [], 'sync.forgetSyncKey()'],
    [SYNC_IPC_CHANNELS.syncComputerId, [], 'sync.syncComputerId()'],
  ])('%s passes well-formed arguments to the sync service', async (channel, args, expected) => {
    const { call, calls } = setUp();
    await expect(call(channel, APP_PAGE, ...args)).resolves.toMatchObject({});
    expect(calls).toEqual([expected]);
  });

  it('accepts the highest file number and a Node Buffer as bytes (what IPC may deliver)', async () => {
    const { call, calls } = setUp();
    await call(SYNC_IPC_CHANNELS.sendChanges, APP_PAGE, COMPUTER_A, 99_999_999, Buffer.from([9, 9]));
    expect(calls).toEqual([`sync.sendChanges("${COMPUTER_A}", 99999999, <2 bytes>)`]);
  });

  it.each<[string, string, unknown[]]>([
    ['a seq of -1', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, -1, bytes]],
    ['a seq of 1.5', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 1.5, bytes]],
    ['a seq past 8 digits', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 100_000_000, bytes]],
    ['a seq as text', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, '1', bytes]],
    ['a seq of NaN', SYNC_IPC_CHANNELS.saveSnapshot, [COMPUTER_A, Number.NaN, bytes]],
    ['bytes as a plain array', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 1, [1, 2, 3]]],
    ['bytes as text', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 1, 'AQID']],
    ['bytes as an ArrayBuffer', SYNC_IPC_CHANNELS.saveSnapshot, [COMPUTER_A, 1, bytes.buffer]],
    ['bytes as a look-alike object', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 1, { length: 3, 0: 1 }]],
    ['no bytes', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 1]],
    ['an extra argument', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A, 1, bytes, '/tmp/x']],
    ['a computer id in capitals', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A.toUpperCase(), 1, bytes]],
    ['a computer id too short', SYNC_IPC_CHANNELS.sendChanges, [COMPUTER_A.slice(1), 1, bytes]],
    ['a path as computer id', SYNC_IPC_CHANNELS.saveSnapshot, [`../${COMPUTER_A.slice(3)}`, 1, bytes]],
    ['a path instead of a file name', SYNC_IPC_CHANNELS.readSyncFile, ['devices/a/log-00000001.ubjsync']],
    [
      'a file with a path as computer',
      SYNC_IPC_CHANNELS.readSyncFile,
      [{ ...file, computerId: '../../etc' }],
    ],
    ['a file of another kind', SYNC_IPC_CHANNELS.readSyncFile, [{ ...file, kind: 'passwd' }]],
    ['a file with a name key', SYNC_IPC_CHANNELS.readSyncFile, [{ ...file, name: '../../etc/passwd' }]],
    ['a file with a negative seq', SYNC_IPC_CHANNELS.readSyncFile, [{ ...file, seq: -1 }]],
    ['a file as null', SYNC_IPC_CHANNELS.readSyncFile, [null]],
    ['no key check text', SYNC_IPC_CHANNELS.startSyncFolder, []],
    ['an empty key check text', SYNC_IPC_CHANNELS.startSyncFolder, ['']],
    ['a key check text too long', SYNC_IPC_CHANNELS.startSyncFolder, ['x'.repeat(64 * 1024 + 1)]],
    ['a key check as bytes', SYNC_IPC_CHANNELS.startSyncFolder, [bytes]],
    ['a key of 31 bytes', SYNC_IPC_CHANNELS.rememberSyncKey, [new Uint8Array(31)]],
    [
      'a key as base64 text',
      SYNC_IPC_CHANNELS.rememberSyncKey,
      ['BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc='],
    ],
    ['a folder path to choose', SYNC_IPC_CHANNELS.chooseSyncFolder, ['/home/ana/Sync']],
    ['a folder path to list', SYNC_IPC_CHANNELS.listSyncFiles, ['/etc']],
    ['a computer id to use', SYNC_IPC_CHANNELS.syncComputerId, [COMPUTER_A]],
  ])('refuses %s', async (_label, channel, args) => {
    const { call, calls } = setUp();
    await expect(call(channel, APP_PAGE, ...args)).rejects.toThrow(
      `Refused: malformed arguments for ${channel}`,
    );
    expect(calls).toEqual([]);
  });

  it.each(Object.values(SYNC_IPC_CHANNELS))('the quick-log window may not call %s', async (channel) => {
    const { call, calls } = setUp();
    await expect(call(channel, QUICK_LOG_PAGE)).rejects.toThrow(`Refused: ${channel} is not for this window`);
    expect(calls).toEqual([]);
  });
});

describe('sync channels with the real sync service on disk', () => {
  it('choose, start, send and read through IPC; a name with a path never reaches the folder', async () => {
    const base = await mkdtemp(join(tmpdir(), 'ubj-ipc-sync-'));
    try {
      const userData = join(base, 'Upper Back Journal');
      const syncRoot = join(base, 'Sync');
      await mkdir(userData);
      await mkdir(syncRoot);
      await writeFile(join(base, 'secret.txt'), 'not for the page');
      const sync = createSyncService({
        dialog: new FakeFolderPicker().willChoose(syncRoot),
        getWindow: () => OWNER_WINDOW,
        getNewsTarget: () => undefined,
        safeStorage: new FakeSafeStorage(),
        platform: 'linux',
        userDataDir: userData,
        defaultFolder: base,
        onError: () => undefined,
        watchFolder: null,
      });
      const { call } = setUp({ sync });
      await expect(call(SYNC_IPC_CHANNELS.chooseSyncFolder, APP_PAGE)).resolves.toMatchObject({ ok: true });
      const { keyCheckText, key } = await createKeyCheck('kettle orchard quietly lantern', {
        name: 'scrypt',
        N: 2 ** 10,
        r: 8,
        p: 1,
        dkLen: 32,
      });
      await expect(call(SYNC_IPC_CHANNELS.startSyncFolder, APP_PAGE, keyCheckText)).resolves.toEqual({
        ok: true,
      });
      const idAnswer = await call(SYNC_IPC_CHANNELS.syncComputerId, APP_PAGE);
      const computerId = (idAnswer as { computerId: string }).computerId;
      const bytes = await encodeBatch({ device: computerId, seq: 1, changes: [] }, 'log', key);
      await expect(
        call(SYNC_IPC_CHANNELS.sendChanges, APP_PAGE, computerId, 1, bytes),
      ).resolves.toMatchObject({
        ok: true,
      });
      const read = await call(SYNC_IPC_CHANNELS.readSyncFile, APP_PAGE, { computerId, kind: 'log', seq: 1 });
      expect(read).toMatchObject({ ok: true });
      expect(new Uint8Array((read as { bytes: Uint8Array }).bytes)).toEqual(new Uint8Array(bytes));

      for (const file of [
        '../secret.txt',
        { computerId: '..', kind: 'log', seq: 1 },
        { computerId, kind: '../../secret.txt', seq: 1 },
        { computerId, kind: 'log', seq: 1, name: '../../../secret.txt' },
      ]) {
        await expect(call(SYNC_IPC_CHANNELS.readSyncFile, APP_PAGE, file)).rejects.toThrow(
          'Refused: malformed arguments for sync:read-file',
        );
      }
      await expect(call(SYNC_IPC_CHANNELS.sendChanges, APP_PAGE, computerId, -1, bytes)).rejects.toThrow(
        'Refused: malformed arguments',
      );
      expect(await readdir(join(syncRoot, 'devices', computerId))).toEqual(['log-00000001.ubjsync']);
      sync.stop();
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});

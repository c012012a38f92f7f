import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppCommand, DesktopApi, ReminderNotice } from '@shared/api';
import {
  APP_COMMANDS,
  COMMAND_CHANNEL,
  IPC_CHANNELS,
  NOTICE_CHANNEL,
  REMINDER_KINDS,
  SYNC_FOLDER_CHANNEL,
  SYNC_IPC_CHANNELS,
} from '@shared/api';
import type { Invoke, Subscribe } from '../../../src/preload/api';
import { COMMAND_BUFFER_LIMIT, createDesktopApi as createApi } from '../../../src/preload/api';

/** The main → renderer side, as ipcRenderer.on would deliver it (payload only), driven by hand. */
function fakeCommandChannel() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscriptions: string[] = [];
  const subscribe: Subscribe = (channel, listener) => {
    subscriptions.push(channel);
    const forChannel = listeners.get(channel) ?? new Set();
    forChannel.add(listener);
    listeners.set(channel, forChannel);
    return () => {
      forChannel.delete(listener);
    };
  };
  const send = (channel: string, payload: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  return { subscribe, send, subscriptions };
}

/** The invoke-only tests do not care about commands. */
function createDesktopApi(invoke: Invoke): DesktopApi {
  return createApi(invoke, fakeCommandChannel().subscribe);
}

/** Lets queued microtasks (the delivery of buffered commands) run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function recordingInvoke(answer: unknown = undefined) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const invoke = async (channel: string, ...args: unknown[]): Promise<unknown> => {
    calls.push({ channel, args });
    return answer;
  };
  return { calls, invoke };
}

describe('createDesktopApi', () => {
  it('exposes exactly one function per IPC channel, onCommand, onNotice, the sync group and nothing else', () => {
    const api = createDesktopApi(recordingInvoke().invoke);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), 'onCommand', 'onNotice', 'sync'].sort(),
    );
    expect(Object.keys(api).sort()).toEqual(
      [
        'applyDesktopPreferences',
        'automaticBackupsLocation',
        'closeQuickLogWindow',
        'deskStretchStartedAt',
        'getAppInfo',
        'listAutomaticBackups',
        'onCommand',
        'onNotice',
        'openExternal',
        'readAutomaticBackup',
        'saveFile',
        'saveReportPdf',
        'showReminder',
        'supportsAutomaticBackups',
        'sync',
        'writeAutomaticBackup',
      ].sort(),
    );
    const { sync, ...rest } = api;
    for (const value of Object.values(rest)) expect(typeof value).toBe('function');
    expect(Object.keys(sync).sort()).toEqual(
      [...Object.keys(SYNC_IPC_CHANNELS), 'onSyncFolderChanged'].sort(),
    );
    for (const value of Object.values(sync)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer, a generic send or an invoke', () => {
    const api: object = createDesktopApi(recordingInvoke().invoke);
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage']) {
      expect(name in api).toBe(false);
    }
  });

  it('getAppInfo invokes its channel with no arguments and returns the answer', async () => {
    const info = {
      version: '1.2.3',
      dataLocation: '/home/ana/.config/Upper Back Journal',
      platform: 'desktop',
      keepInTrayByDefault: false,
    };
    const { calls, invoke } = recordingInvoke(info);
    await expect(createDesktopApi(invoke).getAppInfo()).resolves.toEqual(info);
    expect(calls).toEqual([{ channel: 'app:get-info', args: [] }]);
  });

  it('getAppInfo refuses an answer without the tray default', async () => {
    const info = { version: '1.2.3', dataLocation: '/x', platform: 'desktop', keepInTrayByDefault: 'no' };
    await expect(createDesktopApi(recordingInvoke(info).invoke).getAppInfo()).rejects.toThrow(
      'Unexpected answer',
    );
  });

  it('openExternal invokes its channel with just the URL and returns the answer', async () => {
    const { calls, invoke } = recordingInvoke(true);
    await expect(createDesktopApi(invoke).openExternal('https://www.nhs.uk/')).resolves.toBe(true);
    expect(calls).toEqual([{ channel: 'app:open-external', args: ['https://www.nhs.uk/'] }]);
  });

  it('forwards only the declared arguments, whatever the page passes', async () => {
    const { calls, invoke } = recordingInvoke(false);
    const api = createDesktopApi(invoke);
    // A page can call the functions with any arguments at all.
    await Reflect.apply(api.openExternal, api, ['https://www.nhs.uk/', 'app:get-info', { evil: true }]);
    await Reflect.apply(api.getAppInfo, api, ['extra']).catch(() => undefined);
    expect(calls).toEqual([
      { channel: 'app:open-external', args: ['https://www.nhs.uk/'] },
      { channel: 'app:get-info', args: [] },
    ]);
  });

  it('rejects an answer that does not match the contract', async () => {
    await expect(createDesktopApi(recordingInvoke({ version: 1 }).invoke).getAppInfo()).rejects.toThrow(
      'Unexpected answer',
    );
    await expect(createDesktopApi(recordingInvoke(null).invoke).getAppInfo()).rejects.toThrow(
      'Unexpected answer',
    );
    await expect(
      createDesktopApi(recordingInvoke('yes').invoke).openExternal('https://www.nhs.uk/'),
    ).rejects.toThrow('Unexpected answer');
  });

  it('passes a refusal from the main process through to the page', async () => {
    const invoke = (): Promise<unknown> => Promise.reject(new Error('Refused: malformed arguments'));
    await expect(createDesktopApi(invoke).openExternal('x')).rejects.toThrow('Refused: malformed arguments');
  });

  describe('file and backup functions', () => {
    const backupFile = {
      name: 'journal-backup-2026-11-21T09-30-00-000Z-start.json',
      createdAt: '2026-11-21T09:30:00.000Z',
      reason: 'start',
      sizeBytes: 1234,
    };

    it.each<[string, (api: DesktopApi) => Promise<unknown>, unknown, { channel: string; args: unknown[] }]>([
      [
        'saveFile',
        (api) => api.saveFile('episodes.csv', 'date\n'),
        { saved: true, location: '/home/ana/Documents/episodes.csv' },
        { channel: 'file:save', args: ['episodes.csv', 'date\n'] },
      ],
      [
        'saveFile (cancelled)',
        (api) => api.saveFile('a.json', '{}'),
        { saved: false },
        { channel: 'file:save', args: ['a.json', '{}'] },
      ],
      [
        'saveReportPdf',
        (api) => api.saveReportPdf('report.pdf'),
        { saved: true, location: '/home/ana/Documents/report.pdf' },
        { channel: 'report:save-pdf', args: ['report.pdf'] },
      ],
      [
        'saveReportPdf (cancelled)',
        (api) => api.saveReportPdf('report.pdf'),
        { saved: false },
        { channel: 'report:save-pdf', args: ['report.pdf'] },
      ],
      [
        'supportsAutomaticBackups',
        (api) => api.supportsAutomaticBackups(),
        true,
        { channel: 'backups:supported', args: [] },
      ],
      [
        'writeAutomaticBackup',
        (api) => api.writeAutomaticBackup('{"format":"upper-back-journal-backup"}', 'start'),
        backupFile,
        { channel: 'backups:write', args: ['{"format":"upper-back-journal-backup"}', 'start'] },
      ],
      [
        'listAutomaticBackups',
        (api) => api.listAutomaticBackups(),
        [backupFile, backupFile],
        { channel: 'backups:list', args: [] },
      ],
      [
        'listAutomaticBackups (none)',
        (api) => api.listAutomaticBackups(),
        [],
        { channel: 'backups:list', args: [] },
      ],
      [
        'readAutomaticBackup',
        (api) => api.readAutomaticBackup(backupFile.name),
        '{"format":"upper-back-journal-backup"}',
        { channel: 'backups:read', args: [backupFile.name] },
      ],
      [
        'automaticBackupsLocation',
        (api) => api.automaticBackupsLocation(),
        '/home/ana/.config/Upper Back Journal/backups',
        { channel: 'backups:location', args: [] },
      ],
      [
        'automaticBackupsLocation (none)',
        (api) => api.automaticBackupsLocation(),
        null,
        { channel: 'backups:location', args: [] },
      ],
    ])(
      '%s invokes its channel with its arguments and returns the answer',
      async (_label, use, answer, expectedCall) => {
        const { calls, invoke } = recordingInvoke(answer);
        await expect(use(createDesktopApi(invoke))).resolves.toEqual(answer);
        expect(calls).toEqual([expectedCall]);
      },
    );

    it('names the channel whose answer was unexpected', async () => {
      const api = createDesktopApi(recordingInvoke({ saved: 'yes' }).invoke);
      await expect(api.saveReportPdf('report.pdf')).rejects.toThrow(
        new Error('Unexpected answer from the desktop for report:save-pdf'),
      );
      await expect(api.saveFile('a.json', '{}')).rejects.toThrow(
        new Error('Unexpected answer from the desktop for file:save'),
      );
    });

    it('passes on only the fields of the contract', async () => {
      const api = createDesktopApi(
        recordingInvoke({ saved: true, location: '/tmp/a.json', extra: 'secret' }).invoke,
      );
      expect(await api.saveFile('a.json', '{}')).toEqual({ saved: true, location: '/tmp/a.json' });
      const listed = await createDesktopApi(
        recordingInvoke([{ ...backupFile, path: '/x' }]).invoke,
      ).listAutomaticBackups();
      expect(listed).toEqual([backupFile]);
    });

    it('forwards only the declared arguments, whatever the page passes', async () => {
      const { calls, invoke } = recordingInvoke([]);
      const api = createDesktopApi(invoke);
      await Reflect.apply(api.saveFile, api, ['a.json', '{}', '/etc/passwd']).catch(() => undefined);
      await Reflect.apply(api.saveReportPdf, api, ['report.pdf', '%PDF', 'extra']).catch(() => undefined);
      await Reflect.apply(api.writeAutomaticBackup, api, ['{}', 'start', 'extra']).catch(() => undefined);
      await Reflect.apply(api.readAutomaticBackup, api, ['a.json', 'extra']).catch(() => undefined);
      await Reflect.apply(api.listAutomaticBackups, api, ['extra']);
      await Reflect.apply(api.supportsAutomaticBackups, api, ['extra']).catch(() => undefined);
      await Reflect.apply(api.automaticBackupsLocation, api, ['extra']).catch(() => undefined);
      expect(calls).toEqual([
        { channel: 'file:save', args: ['a.json', '{}'] },
        { channel: 'report:save-pdf', args: ['report.pdf'] },
        { channel: 'backups:write', args: ['{}', 'start'] },
        { channel: 'backups:read', args: ['a.json'] },
        { channel: 'backups:list', args: [] },
        { channel: 'backups:supported', args: [] },
        { channel: 'backups:location', args: [] },
      ]);
    });

    it.each<[string, (api: DesktopApi) => Promise<unknown>, unknown]>([
      ['saveFile: nothing', (api) => api.saveFile('a.json', '{}'), undefined],
      ['saveFile: saved without a location', (api) => api.saveFile('a.json', '{}'), { saved: true }],
      ['saveFile: a number as location', (api) => api.saveFile('a.json', '{}'), { saved: true, location: 1 }],
      [
        'saveFile: saved as a string',
        (api) => api.saveFile('a.json', '{}'),
        { saved: 'true', location: '/a' },
      ],
      ['saveReportPdf: nothing', (api) => api.saveReportPdf('report.pdf'), undefined],
      ['saveReportPdf: saved without a location', (api) => api.saveReportPdf('report.pdf'), { saved: true }],
      ['saveReportPdf: the PDF bytes', (api) => api.saveReportPdf('report.pdf'), new Uint8Array([0x25])],
      [
        'saveReportPdf: a number as location',
        (api) => api.saveReportPdf('report.pdf'),
        { saved: true, location: 1 },
      ],
      ['supportsAutomaticBackups: a string', (api) => api.supportsAutomaticBackups(), 'true'],
      ['writeAutomaticBackup: null', (api) => api.writeAutomaticBackup('{}', 'start'), null],
      [
        'writeAutomaticBackup: an unknown reason',
        (api) => api.writeAutomaticBackup('{}', 'start'),
        { ...backupFile, reason: 'manual' },
      ],
      [
        'writeAutomaticBackup: a size as text',
        (api) => api.writeAutomaticBackup('{}', 'start'),
        { ...backupFile, sizeBytes: '1234' },
      ],
      [
        'writeAutomaticBackup: a negative size',
        (api) => api.writeAutomaticBackup('{}', 'start'),
        { ...backupFile, sizeBytes: -1 },
      ],
      [
        'writeAutomaticBackup: a fractional size',
        (api) => api.writeAutomaticBackup('{}', 'start'),
        { ...backupFile, sizeBytes: 1.5 },
      ],
      [
        'writeAutomaticBackup: no name',
        (api) => api.writeAutomaticBackup('{}', 'start'),
        { ...backupFile, name: undefined },
      ],
      [
        'writeAutomaticBackup: a date as a number',
        (api) => api.writeAutomaticBackup('{}', 'start'),
        { ...backupFile, createdAt: 0 },
      ],
      ['listAutomaticBackups: not a list', (api) => api.listAutomaticBackups(), backupFile],
      [
        'listAutomaticBackups: one bad entry',
        (api) => api.listAutomaticBackups(),
        [backupFile, { name: 'x' }],
      ],
      ['readAutomaticBackup: bytes', (api) => api.readAutomaticBackup('a'), new Uint8Array([1])],
      ['readAutomaticBackup: null', (api) => api.readAutomaticBackup('a'), null],
      ['automaticBackupsLocation: undefined', (api) => api.automaticBackupsLocation(), undefined],
      ['automaticBackupsLocation: a number', (api) => api.automaticBackupsLocation(), 42],
    ])('rejects an answer that does not match the contract (%s)', async (_label, use, answer) => {
      await expect(use(createDesktopApi(recordingInvoke(answer).invoke))).rejects.toThrow(
        'Unexpected answer',
      );
    });
  });

  describe('desktop preferences, reminders and the quick-log window', () => {
    const preferences = { quickLogShortcut: 'CommandOrControl+Alt+P', keepInTray: true };
    const reminder: ReminderNotice = {
      kind: 'check-in',
      title: 'Daily check-in',
      body: 'How was your back today?',
    };

    it.each<[string, (api: DesktopApi) => Promise<unknown>, unknown, { channel: string; args: unknown[] }]>([
      [
        'applyDesktopPreferences (registered)',
        (api) => api.applyDesktopPreferences(preferences),
        { shortcut: { status: 'registered', accelerator: 'CommandOrControl+Alt+P' } },
        { channel: 'desktop:apply-preferences', args: [preferences] },
      ],
      [
        'applyDesktopPreferences (off)',
        (api) => api.applyDesktopPreferences({ quickLogShortcut: '', keepInTray: false }),
        { shortcut: { status: 'off' } },
        { channel: 'desktop:apply-preferences', args: [{ quickLogShortcut: '', keepInTray: false }] },
      ],
      ...(['refused', 'invalid', 'unsupported'] as const).map(
        (
          status,
        ): [string, (api: DesktopApi) => Promise<unknown>, unknown, { channel: string; args: unknown[] }] => [
          `applyDesktopPreferences (${status})`,
          (api) => api.applyDesktopPreferences(preferences),
          { shortcut: { status, message: 'Another app already uses Ctrl+Alt+P.' } },
          { channel: 'desktop:apply-preferences', args: [preferences] },
        ],
      ),
      ...REMINDER_KINDS.map(
        (
          kind,
        ): [string, (api: DesktopApi) => Promise<unknown>, unknown, { channel: string; args: unknown[] }] => [
          `showReminder (${kind})`,
          (api) => api.showReminder({ ...reminder, kind }),
          true,
          { channel: 'reminders:show', args: [{ ...reminder, kind }] },
        ],
      ),
      [
        'showReminder (not available)',
        (api) => api.showReminder(reminder),
        false,
        { channel: 'reminders:show', args: [reminder] },
      ],
      [
        'deskStretchStartedAt',
        (api) => api.deskStretchStartedAt(),
        '2026-11-21T09:30:00.000Z',
        { channel: 'reminders:desk-stretch', args: [] },
      ],
      [
        'deskStretchStartedAt (idle)',
        (api) => api.deskStretchStartedAt(),
        null,
        { channel: 'reminders:desk-stretch', args: [] },
      ],
      [
        'closeQuickLogWindow',
        (api) => api.closeQuickLogWindow(),
        undefined,
        { channel: 'quick-log:close', args: [] },
      ],
    ])(
      '%s invokes its channel with its arguments and returns the answer',
      async (_label, use, answer, expectedCall) => {
        const { calls, invoke } = recordingInvoke(answer);
        await expect(use(createDesktopApi(invoke))).resolves.toEqual(answer);
        expect(calls).toEqual([expectedCall]);
      },
    );

    it('closeQuickLogWindow resolves with nothing, whatever the desktop answers', async () => {
      const api = createDesktopApi(recordingInvoke({ closed: true }).invoke);
      await expect(api.closeQuickLogWindow()).resolves.toBeUndefined();
    });

    it('forwards only the declared arguments and fields, whatever the page passes', async () => {
      const { calls, invoke } = recordingInvoke(true);
      const api = createDesktopApi(invoke);
      await Reflect.apply(api.applyDesktopPreferences, api, [
        { ...preferences, startAtLogin: true },
        'extra',
      ]).catch(() => undefined);
      await Reflect.apply(api.showReminder, api, [{ ...reminder, icon: '/etc/passwd' }, 'extra']);
      await Reflect.apply(api.deskStretchStartedAt, api, ['extra']).catch(() => undefined);
      await Reflect.apply(api.closeQuickLogWindow, api, ['extra']);
      expect(calls).toEqual([
        { channel: 'desktop:apply-preferences', args: [preferences] },
        { channel: 'reminders:show', args: [reminder] },
        { channel: 'reminders:desk-stretch', args: [] },
        { channel: 'quick-log:close', args: [] },
      ]);
    });

    it('passes on only the fields of the shortcut result', async () => {
      const api = createDesktopApi(
        recordingInvoke({
          shortcut: { status: 'registered', accelerator: 'F9', message: 'x', path: '/x' },
          extra: 1,
        }).invoke,
      );
      expect(await api.applyDesktopPreferences(preferences)).toEqual({
        shortcut: { status: 'registered', accelerator: 'F9' },
      });
    });

    it('passes on that a shortcut may still need the desktop’s approval (Wayland), and only as true', async () => {
      const answer = (mayNeedDesktopApproval: unknown) =>
        createDesktopApi(
          recordingInvoke({ shortcut: { status: 'registered', accelerator: 'F9', mayNeedDesktopApproval } })
            .invoke,
        ).applyDesktopPreferences(preferences);
      expect(await answer(true)).toEqual({
        shortcut: { status: 'registered', accelerator: 'F9', mayNeedDesktopApproval: true },
      });
      expect(await answer('yes')).toEqual({ shortcut: { status: 'registered', accelerator: 'F9' } });
    });

    it.each<[string, (api: DesktopApi) => Promise<unknown>, unknown]>([
      ['applyDesktopPreferences: nothing', (api) => api.applyDesktopPreferences(preferences), undefined],
      ['applyDesktopPreferences: null', (api) => api.applyDesktopPreferences(preferences), null],
      ['applyDesktopPreferences: no shortcut', (api) => api.applyDesktopPreferences(preferences), {}],
      [
        'applyDesktopPreferences: the shortcut result bare',
        (api) => api.applyDesktopPreferences(preferences),
        { status: 'off' },
      ],
      [
        'applyDesktopPreferences: a string as shortcut',
        (api) => api.applyDesktopPreferences(preferences),
        { shortcut: 'registered' },
      ],
      [
        'applyDesktopPreferences: no status',
        (api) => api.applyDesktopPreferences(preferences),
        { shortcut: { accelerator: 'F9' } },
      ],
      [
        'applyDesktopPreferences: an unknown status',
        (api) => api.applyDesktopPreferences(preferences),
        { shortcut: { status: 'pending', message: 'wait' } },
      ],
      [
        'applyDesktopPreferences: registered without the accelerator',
        (api) => api.applyDesktopPreferences(preferences),
        { shortcut: { status: 'registered', message: 'ok' } },
      ],
      [
        'applyDesktopPreferences: a number as accelerator',
        (api) => api.applyDesktopPreferences(preferences),
        { shortcut: { status: 'registered', accelerator: 9 } },
      ],
      ...(['refused', 'invalid', 'unsupported'] as const).flatMap(
        (status): [string, (api: DesktopApi) => Promise<unknown>, unknown][] => [
          [
            `applyDesktopPreferences: ${status} without a message`,
            (api) => api.applyDesktopPreferences(preferences),
            { shortcut: { status, accelerator: 'F9' } },
          ],
          [
            `applyDesktopPreferences: ${status} with a number as message`,
            (api) => api.applyDesktopPreferences(preferences),
            { shortcut: { status, message: 1 } },
          ],
        ],
      ),
      ['showReminder: a string', (api) => api.showReminder(reminder), 'true'],
      ['showReminder: nothing', (api) => api.showReminder(reminder), undefined],
      ['deskStretchStartedAt: nothing', (api) => api.deskStretchStartedAt(), undefined],
      ['deskStretchStartedAt: a number', (api) => api.deskStretchStartedAt(), 1_763_717_400_000],
      ['deskStretchStartedAt: not a date', (api) => api.deskStretchStartedAt(), 'an hour ago'],
    ])('rejects an answer that does not match the contract (%s)', async (_label, use, answer) => {
      await expect(use(createDesktopApi(recordingInvoke(answer).invoke))).rejects.toThrow(
        'Unexpected answer',
      );
    });
  });
});

describe('onCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function setUp() {
    const channel = fakeCommandChannel();
    const api = createApi(recordingInvoke().invoke, channel.subscribe);
    const send = (payload: unknown): void => channel.send(COMMAND_CHANNEL, payload);
    /** A listener that records what it receives (every argument, to prove only the command is passed). */
    const recorder = () => {
      const received: unknown[][] = [];
      return { received, listener: (...args: unknown[]) => received.push(args) };
    };
    return { api, send, subscriptions: channel.subscriptions, recorder };
  }

  it('listens on the command channel once, from the start, however many listeners come', () => {
    const { api, subscriptions } = setUp();
    const commandSubscriptions = () => subscriptions.filter((channel) => channel === COMMAND_CHANNEL);
    expect(commandSubscriptions()).toEqual([COMMAND_CHANNEL]);
    api.onCommand(() => undefined);
    api.onCommand(() => undefined);
    expect(commandSubscriptions()).toEqual([COMMAND_CHANNEL]);
  });

  it('passes every command to the listener, with nothing but the command', () => {
    const { api, send, recorder } = setUp();
    const { received, listener } = recorder();
    api.onCommand(listener);
    for (const command of APP_COMMANDS) send(command);
    expect(received).toEqual(APP_COMMANDS.map((command) => [command]));
  });

  it('passes each command to every listener', () => {
    const { api, send, recorder } = setUp();
    const first = recorder();
    const second = recorder();
    api.onCommand(first.listener);
    api.onCommand(second.listener);
    send('check-in');
    expect(first.received).toEqual([['check-in']]);
    expect(second.received).toEqual([['check-in']]);
  });

  it.each([
    ['an unknown command', 'delete-journal'],
    ['a command in capitals', 'HELP'],
    ['a command wrapped in an object', { command: 'help' }],
    ['a list of commands', ['help']],
    ['null', null],
    ['nothing', undefined],
    ['a number', 1],
  ])('drops %s', async (_label, payload) => {
    const { api, send, recorder } = setUp();
    send(payload);
    const { received, listener } = recorder();
    api.onCommand(listener);
    send(payload);
    await settle();
    expect(received).toEqual([]);
  });

  it('keeps commands that come before anyone listens, and hands them over in order', async () => {
    const { api, send, recorder } = setUp();
    send('check-in');
    send('not-a-command');
    send('help');
    const { received, listener } = recorder();
    api.onCommand(listener);
    await settle();
    expect(received).toEqual([['check-in'], ['help']]);
    send('journal');
    expect(received).toEqual([['check-in'], ['help'], ['journal']]);
  });

  it(`keeps only the last ${COMMAND_BUFFER_LIMIT} commands while nobody listens`, async () => {
    const { api, send, recorder } = setUp();
    const sent: AppCommand[] = [];
    for (let i = 0; i < COMMAND_BUFFER_LIMIT + 5; i++) {
      const command = APP_COMMANDS[i % APP_COMMANDS.length] ?? 'journal';
      sent.push(command);
      send(command);
    }
    const { received, listener } = recorder();
    api.onCommand(listener);
    await settle();
    expect(received).toEqual(sent.slice(-COMMAND_BUFFER_LIMIT).map((command) => [command]));
  });

  it('hands kept commands over once, not again to a later listener', async () => {
    const { api, send, recorder } = setUp();
    send('measures');
    const first = recorder();
    api.onCommand(first.listener);
    await settle();
    const second = recorder();
    api.onCommand(second.listener);
    await settle();
    expect(first.received).toEqual([['measures']]);
    expect(second.received).toEqual([]);
  });

  it('keeps the order when a command arrives while kept ones are being handed over', async () => {
    const { api, send, recorder } = setUp();
    send('check-in');
    const { received, listener } = recorder();
    api.onCommand(listener);
    send('help');
    await settle();
    expect(received).toEqual([['check-in'], ['help']]);
  });

  it('leaves kept commands for the next listener when the first stops listening at once (StrictMode)', async () => {
    const { api, send, recorder } = setUp();
    send('save-backup');
    const first = recorder();
    api.onCommand(first.listener)();
    const second = recorder();
    api.onCommand(second.listener);
    await settle();
    expect(first.received).toEqual([]);
    expect(second.received).toEqual([['save-backup']]);
  });

  it('stops calling a listener once it unsubscribes, and keeps commands again when nobody listens', async () => {
    const { api, send, recorder } = setUp();
    const first = recorder();
    const stop = api.onCommand(first.listener);
    send('help');
    stop();
    stop();
    send('settings');
    expect(first.received).toEqual([['help']]);
    const second = recorder();
    api.onCommand(second.listener);
    await settle();
    expect(second.received).toEqual([['settings']]);
  });

  it('unsubscribes only the subscription it was returned for', () => {
    const { api, send, recorder } = setUp();
    const { received, listener } = recorder();
    const stopFirst = api.onCommand(listener);
    api.onCommand(listener);
    send('help');
    stopFirst();
    send('journal');
    expect(received).toEqual([['help'], ['help'], ['journal']]);
  });

  it('still reaches the other listeners when one throws', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { api, send, recorder } = setUp();
    api.onCommand(() => {
      throw new Error('page bug');
    });
    const { received, listener } = recorder();
    api.onCommand(listener);
    send('help');
    expect(received).toEqual([['help']]);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});

describe('onNotice', () => {
  function setUp() {
    const channel = fakeCommandChannel();
    const api = createApi(recordingInvoke().invoke, channel.subscribe);
    const received: unknown[][] = [];
    api.onNotice((...args: unknown[]) => received.push(args));
    return { send: (payload: unknown) => channel.send(NOTICE_CHANNEL, payload), received, channel };
  }
  const reminder: ReminderNotice = {
    kind: 'check-in',
    title: 'Daily check-in',
    body: 'How was your back today?',
  };

  it('listens on the notice channel from the start, beside the command and sync channels', () => {
    const channel = fakeCommandChannel();
    createApi(recordingInvoke().invoke, channel.subscribe);
    expect(channel.subscriptions.sort()).toEqual(
      [COMMAND_CHANNEL, NOTICE_CHANNEL, SYNC_FOLDER_CHANNEL].sort(),
    );
  });

  it('passes on the notices of the contract, rebuilt field by field', () => {
    const { send, received } = setUp();
    send({ kind: 'reminder-not-shown', reminder: { ...reminder, extra: '<img>' }, path: '/x' });
    send({ kind: 'kept-in-tray', text: 'x' });
    expect(received).toEqual([[{ kind: 'reminder-not-shown', reminder }], [{ kind: 'kept-in-tray' }]]);
  });

  it('drops anything else', () => {
    const { send, received } = setUp();
    for (const payload of [
      undefined,
      'kept-in-tray',
      { kind: 'open-anything' },
      { kind: 'reminder-not-shown' },
      { kind: 'reminder-not-shown', reminder: { ...reminder, kind: 'pain' } },
      { kind: 'reminder-not-shown', reminder: { ...reminder, title: '' } },
      { kind: 'reminder-not-shown', reminder: { ...reminder, title: 'x'.repeat(121) } },
      { kind: 'reminder-not-shown', reminder: { ...reminder, body: 42 } },
    ]) {
      send(payload);
    }
    expect(received).toEqual([]);
  });

  it('keeps notices that arrive before the page listens, like commands', async () => {
    const channel = fakeCommandChannel();
    const api = createApi(recordingInvoke().invoke, channel.subscribe);
    channel.send(NOTICE_CHANNEL, { kind: 'kept-in-tray' });
    const received: unknown[] = [];
    api.onNotice((notice) => received.push(notice));
    await settle();
    expect(received).toEqual([{ kind: 'kept-in-tray' }]);
  });
});

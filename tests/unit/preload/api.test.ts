import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '@shared/api';
import { IPC_CHANNELS } from '@shared/api';
import { createDesktopApi } from '../../../src/preload/api';

function recordingInvoke(answer: unknown = undefined) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const invoke = async (channel: string, ...args: unknown[]): Promise<unknown> => {
    calls.push({ channel, args });
    return answer;
  };
  return { calls, invoke };
}

describe('createDesktopApi', () => {
  it('exposes exactly one function per IPC channel, and nothing else', () => {
    const api = createDesktopApi(recordingInvoke().invoke);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
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
    };
    const { calls, invoke } = recordingInvoke(info);
    await expect(createDesktopApi(invoke).getAppInfo()).resolves.toEqual(info);
    expect(calls).toEqual([{ channel: 'app:get-info', args: [] }]);
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
});

import { describe, expect, it } from 'vitest';
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
});

import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '@shared/api';
import type { IpcHandler, IpcInvokeEventLike } from '../../../src/main/ipc';
import { isTrustedSender, registerIpcHandlers } from '../../../src/main/ipc';

const fromUrl = (url: string): IpcInvokeEventLike => ({ senderFrame: { url } });
const APP_PAGE = fromUrl('app://bundle/index.html');

function setUp(options: { devServerUrl?: string; openExternal?: (url: string) => Promise<void> } = {}) {
  const handlers = new Map<string, IpcHandler>();
  const opened: string[] = [];
  const errors: unknown[] = [];
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
      devServerUrl: options.devServerUrl,
      onError: (error) => errors.push(error),
    },
  );
  const call = (channel: string, event: IpcInvokeEventLike, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { handlers, opened, errors, call };
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
      const { call, opened } = setUp();
      await expect(call(channel, event, 'https://www.nhs.uk/')).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      await expect(call(channel, event)).rejects.toThrow(
        `Refused: ${channel} was called from outside the app`,
      );
      expect(opened).toEqual([]);
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
});

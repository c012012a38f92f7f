import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { PermissionSession } from '../../../src/main/security';
import {
  restrictPermissions,
  hardenAllWebContents,
  hardenWebContents,
  isAppUrl,
} from '../../../src/main/security';
import { FakeWebContents } from './fakes';

const DEV = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it.each([
    'app://bundle',
    'app://bundle/',
    'app://bundle/index.html',
    'app://bundle/index.html#/history',
    'app://bundle/index.html?tab=trends',
    'app://bundle/assets/app.js',
  ])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isAppUrl(url, DEV)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://bundle.evil.com/index.html'],
    ['a host ending in bundle', 'app://evilbundle/'],
    ['a port', 'app://bundle:8080/'],
    ['credentials', 'app://user@bundle/'],
    ['user and password', 'app://user:pw@bundle/'],
    ['another scheme, same host', 'https://bundle/index.html'],
    ['a scheme that starts like app', 'apps://bundle/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: naming the origin', 'javascript://bundle/%0aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['file: with the app path', 'file:///app/bundle/index.html'],
    ['blob:', 'blob:app://bundle/1234'],
    ['about:blank', 'about:blank'],
    ['http:', 'http://bundle/'],
    ['an external site', 'https://www.nhs.uk/'],
    ['the dev server without a dev server given', DEV],
    ['an empty string', ''],
    ['a relative path', '/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([
    'http://localhost:5173/',
    'http://localhost:5173/index.html',
    'http://localhost:5173/src/main.tsx?t=1',
  ])('accepts the dev server page %s when the dev server is given', (url) => {
    expect(isAppUrl(url, DEV)).toBe(true);
  });

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['https instead of http', 'https://localhost:5173/'],
    ['another host', 'http://127.0.0.2:5173/'],
    ['a look-alike host', 'http://localhost.evil.com:5173/'],
    ['credentials', 'http://evil@localhost:5173/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
  ])('refuses %s even with a dev server', (_label, url) => {
    expect(isAppUrl(url, DEV)).toBe(false);
  });

  it.each(['', 'not a url', 'javascript:alert(1)', 'custom://whatever/', 'file:///tmp/'])(
    'ignores a dev server URL %j that has no real origin, rather than trusting every opaque URL',
    (devServerUrl) => {
      expect(isAppUrl('javascript:alert(1)', devServerUrl)).toBe(false);
      expect(isAppUrl('data:text/html,hi', devServerUrl)).toBe(false);
      expect(isAppUrl('app://bundle/index.html', devServerUrl)).toBe(true);
    },
  );
});

function hardened(devServerUrl?: string) {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  hardenWebContents(contents, {
    devServerUrl,
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  return { contents, opened };
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: lets the app move between its own pages', (eventName) => {
    const { contents, opened } = hardened();
    expect(contents.emitPreventable(eventName, 'app://bundle/index.html')).toBe(false);
    expect(contents.emitPreventable(eventName, 'app://bundle/index.html#/report')).toBe(false);
    expect(opened).toEqual([]);
  });

  it.each(['will-navigate', 'will-redirect'])('%s: blocks every other destination', (eventName) => {
    const { contents } = hardened();
    for (const url of [
      'https://evil.example/',
      'https://www.nhs.uk/conditions/back-pain/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'app://evil/index.html',
      'http://localhost:5173/',
    ]) {
      expect(contents.emitPreventable(eventName, url)).toBe(true);
    }
  });

  it('allows the dev server pages only when the dev server is given', () => {
    expect(hardened(DEV).contents.emitPreventable('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(hardened(DEV).contents.emitPreventable('will-redirect', 'http://localhost:5173/x')).toBe(false);
    expect(hardened().contents.emitPreventable('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('sends a blocked link to an allow-listed site to the system browser, and nothing else', async () => {
    const { contents, opened } = hardened();
    contents.emitPreventable('will-navigate', 'https://www.nhs.uk/conditions/back-pain/');
    contents.emitPreventable('will-navigate', 'https://evil.example/');
    contents.emitPreventable('will-redirect', 'https://physio-pedia.com/redirected');
    await flush();
    expect(opened).toEqual(['https://www.nhs.uk/conditions/back-pain/']);
  });

  it('denies every new window, opening allow-listed https links outside instead', async () => {
    const { contents, opened } = hardened();
    const handler = contents.windowOpenHandler;
    expect(handler).toBeDefined();
    const urls = [
      'https://www.nhs.uk/conditions/back-pain/',
      'https://physio-pedia.com/Thoracic_Spine',
      'http://www.nhs.uk/',
      'https://nhs.uk.evil.com/',
      'https://evilnhs.uk/',
      'https://user:pw@www.nhs.uk/',
      'https://www.nhs.uk:8443/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://bundle/index.html',
      'about:blank',
    ];
    for (const url of urls) expect(handler?.({ url })).toEqual({ action: 'deny' });
    await flush();
    expect(opened).toEqual([
      'https://www.nhs.uk/conditions/back-pain/',
      'https://physio-pedia.com/Thoracic_Spine',
    ]);
  });

  it('reports a failure to open a link instead of leaving an unhandled rejection', async () => {
    const contents = new FakeWebContents();
    const errors: unknown[] = [];
    const failure = new Error('no browser');
    hardenWebContents(contents, {
      openExternal: () => Promise.reject(failure),
      onError: (error) => errors.push(error),
    });
    contents.windowOpenHandler?.({ url: 'https://www.nhs.uk/' });
    await flush();
    expect(errors).toEqual([failure]);
  });

  it('prevents any <webview> from attaching', () => {
    const { contents } = hardened();
    expect(contents.emitPreventable('will-attach-webview')).toBe(true);
  });
});

describe('hardenAllWebContents', () => {
  it('hardens every WebContents the app creates', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app, { openExternal: async () => undefined });
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    app.emit('web-contents-created', {}, first);
    app.emit('web-contents-created', {}, second);
    for (const contents of [first, second]) {
      expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(contents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
      expect(contents.emitPreventable('will-attach-webview')).toBe(true);
    }
  });
});

describe('restrictPermissions', () => {
  function fakeSession() {
    const session: PermissionSession & {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
    } = {
      setPermissionRequestHandler(handler) {
        session.request = handler;
      },
      setPermissionCheckHandler(handler) {
        session.check = handler;
      },
    };
    restrictPermissions(session);
    return session;
  }

  function ask(permission: string, requestingUrl: string): boolean[] {
    const answers: boolean[] = [];
    fakeSession().request?.({}, permission, (isGranted) => answers.push(isGranted), { requestingUrl });
    return answers;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen'])(
    'refuses a request for %s, even from the app page',
    (permission) => {
      expect(ask(permission, 'app://bundle/index.html')).toEqual([false]);
    },
  );

  it('grants persistent storage to the app page only', () => {
    expect(ask('persistent-storage', 'app://bundle/index.html')).toEqual([true]);
    expect(ask('persistent-storage', 'https://evil.example/')).toEqual([false]);
    expect(ask('persistent-storage', '')).toEqual([false]);
  });

  it('answers permission checks the same way', () => {
    const session = fakeSession();
    expect(session.check?.({}, 'persistent-storage', 'app://bundle')).toBe(true);
    expect(session.check?.({}, 'persistent-storage', 'https://evil.example')).toBe(false);
    expect(session.check?.({}, 'media', 'app://bundle')).toBe(false);
  });
});

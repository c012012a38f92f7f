import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  focusWindow,
  mainWindowOptions,
  secureWebPreferences,
} from '../../../src/main/windows';
import type { InitialWindowState, Rect, WindowState, WindowStateStore } from '../../../src/main/windowState';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(
    '/app/out/preload/index.js',
    { x: 10, y: 20, width: 1000, height: 700 },
    'linux',
  );
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('sets exactly the expected web preferences, so a new flag cannot slip in unreviewed', () => {
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('uses the secure web preferences every app window shares', () => {
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.js', 'linux'));
  });

  // Chromium's own checker downloads Hunspell dictionaries from a Google server on Windows and Linux.
  it.each([
    ['darwin', true],
    ['win32', false],
    ['linux', false],
  ] as const)('checks spelling on %s: %s (only the system’s own, local checker)', (platform, isOn) => {
    expect(secureWebPreferences('/p.js', platform).spellcheck).toBe(isOn);
    expect(mainWindowOptions('/p.js', { width: 900, height: 600 }, platform).webPreferences?.spellcheck).toBe(
      isOn,
    );
  });

  it('creates the window hidden, titled, at the given bounds with a minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Upper Back Journal');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: 640, minHeight: 480 });
  });

  it('leaves the position to Electron when none is given', () => {
    const centred = mainWindowOptions('/p.js', { width: 1100, height: 780 }, 'linux');
    expect(centred.x).toBeUndefined();
    expect(centred.y).toBeUndefined();
    expect(centred.width).toBe(1100);
  });
});

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  isShown = false;
  isMaximizedNow = false;
  normalBounds: Rect = { x: 0, y: 0, width: 0, height: 0 };
  loadedUrls: string[] = [];
  loadResult: Promise<void> = Promise.resolve();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.normalBounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 0,
      height: options.height ?? 0,
    };
    FakeBrowserWindow.created.push(this);
  }
  show(): void {
    this.isShown = true;
  }
  maximize(): void {
    this.isMaximizedNow = true;
  }
  isMaximized(): boolean {
    return this.isMaximizedNow;
  }
  getNormalBounds(): Rect {
    return this.normalBounds;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return this.loadResult;
  }
}

function fakeStore(initial: InitialWindowState): WindowStateStore & { saved: WindowState[] } {
  const saved: WindowState[] = [];
  return { saved, load: () => initial, save: (state) => saved.push(state) };
}

describe('createMainWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeBrowserWindow.created = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function open(
    initial: InitialWindowState = { bounds: { x: 5, y: 6, width: 900, height: 600 }, isMaximized: false },
  ) {
    const store = fakeStore(initial);
    const loadErrors: unknown[] = [];
    const window = createMainWindow({
      BrowserWindow: FakeBrowserWindow,
      preloadPath: '/out/preload/index.js',
      platform: 'linux',
      loadUrl: 'app://bundle/index.html',
      windowState: store,
      onLoadError: (error) => loadErrors.push(error),
    });
    return { window, store, loadErrors };
  }

  it('creates the window hidden with the secure options and the remembered bounds, then loads the app', () => {
    const { window } = open();
    expect(FakeBrowserWindow.created).toEqual([window]);
    expect(window.options).toEqual(
      mainWindowOptions('/out/preload/index.js', { x: 5, y: 6, width: 900, height: 600 }, 'linux'),
    );
    expect(window.isShown).toBe(false);
    expect(window.loadedUrls).toEqual(['app://bundle/index.html']);
  });

  it('shows the window only on ready-to-show', () => {
    const { window } = open();
    expect(window.isShown).toBe(false);
    window.emit('ready-to-show');
    expect(window.isShown).toBe(true);
    expect(window.isMaximized()).toBe(false);
  });

  it('maximizes before showing when the window was maximized last time', () => {
    const { window } = open({ bounds: { width: 900, height: 600 }, isMaximized: true });
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.isShown).toBe(true);
  });

  it('saves the bounds once, shortly after a burst of resizes and moves', () => {
    const { window, store } = open();
    window.normalBounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.emit('resize');
    window.emit('move');
    vi.advanceTimersByTime(300);
    window.emit('resize');
    vi.advanceTimersByTime(300);
    expect(store.saved).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(store.saved).toEqual([{ bounds: { x: 50, y: 60, width: 1000, height: 700 }, isMaximized: false }]);
  });

  it('saves immediately on close, including the maximized flag, and drops the pending save', () => {
    const { window, store } = open();
    window.emit('resize');
    window.isMaximizedNow = true;
    window.emit('close');
    expect(store.saved).toEqual([{ bounds: { x: 5, y: 6, width: 900, height: 600 }, isMaximized: true }]);
    vi.advanceTimersByTime(5_000);
    expect(store.saved).toHaveLength(1);
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    FakeBrowserWindow.created = [];
    const failure = new Error('ERR_FILE_NOT_FOUND');
    class FailingWindow extends FakeBrowserWindow {
      override loadURL(url: string): Promise<void> {
        this.loadedUrls.push(url);
        return Promise.reject(failure);
      }
    }
    const loadErrors: unknown[] = [];
    createMainWindow({
      BrowserWindow: FailingWindow,
      preloadPath: '/p.js',
      platform: 'linux',
      loadUrl: 'app://bundle/index.html',
      windowState: fakeStore({ bounds: { width: 900, height: 600 }, isMaximized: false }),
      onLoadError: (error) => loadErrors.push(error),
    });
    await vi.runAllTimersAsync();
    expect(loadErrors).toEqual([failure]);
  });
});

describe('focusWindow', () => {
  function fakeWindow(isMinimized: boolean) {
    const calls: string[] = [];
    return {
      calls,
      isMinimized: () => isMinimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
  }

  it('restores a minimized window before focusing it', () => {
    const window = fakeWindow(true);
    focusWindow(window);
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('just shows and focuses a window that is not minimized', () => {
    const window = fakeWindow(false);
    focusWindow(window);
    expect(window.calls).toEqual(['show', 'focus']);
  });
});

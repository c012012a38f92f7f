import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Point, QuickLogWindowLike } from '../../../src/main/quickLogWindow';
import {
  QUICK_LOG_URL,
  QUICK_LOG_WINDOW_SIZE,
  createQuickLogWindowController,
  quickLogBounds,
  quickLogUrl,
  quickLogWindowOptions,
} from '../../../src/main/quickLogWindow';
import type { Rect } from '../../../src/main/windowState';
import { mainWindowOptions, secureWebPreferences } from '../../../src/main/windows';

describe('quickLogWindowOptions', () => {
  const bounds = { x: 730, y: 240, width: 460, height: 600 };
  const options = quickLogWindowOptions('/app/out/preload/index.js', bounds, 'linux');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the page with no Node access, like the main window', () => {
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.js', 'linux'));
    expect(prefs).toEqual(mainWindowOptions('/app/out/preload/index.js', bounds, 'linux').webPreferences);
    expect(prefs).toMatchObject({
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
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  // Chromium's own checker would download dictionaries from a Google server on Windows and Linux.
  it.each([
    ['darwin', true],
    ['win32', false],
    ['linux', false],
  ] as const)('checks spelling on %s: %s, as the main window does', (platform, isOn) => {
    expect(quickLogWindowOptions('/p.js', bounds, platform).webPreferences?.spellcheck).toBe(isOn);
  });

  it('is a small always-on-top window that stays out of the taskbar', () => {
    expect(options).toMatchObject({
      ...bounds,
      alwaysOnTop: true,
      skipTaskbar: true,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      resizable: true,
    });
  });

  it('is created hidden, titled, with the main window’s background colour', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Log pain — Upper Back Journal');
    expect(options.backgroundColor).toBe(mainWindowOptions('/p.js', bounds, 'linux').backgroundColor);
  });

  it('sets exactly these options, so a new one cannot slip in unreviewed', () => {
    expect(Object.keys(options).sort()).toEqual(
      [
        'x',
        'y',
        'width',
        'height',
        'minWidth',
        'minHeight',
        'title',
        'backgroundColor',
        'show',
        'alwaysOnTop',
        'skipTaskbar',
        'minimizable',
        'maximizable',
        'fullscreenable',
        'resizable',
        'webPreferences',
      ].sort(),
    );
  });

  it('keeps its minimum size within a small screen', () => {
    const small = quickLogWindowOptions('/p.js', { x: 0, y: 0, width: 320, height: 400 }, 'linux');
    expect(small).toMatchObject({ minWidth: 320, minHeight: 400 });
    expect(options).toMatchObject({ minWidth: 360, minHeight: 420 });
  });
});

describe('quickLogBounds', () => {
  it.each([
    [
      'a 1920×1040 work area',
      { x: 0, y: 0, width: 1920, height: 1040 },
      { x: 730, y: 220, width: 460, height: 600 },
    ],
    [
      'a second display to the right',
      { x: 1920, y: 0, width: 2560, height: 1400 },
      { x: 2970, y: 400, width: 460, height: 600 },
    ],
    [
      'a display to the left, above',
      { x: -1280, y: -300, width: 1280, height: 984 },
      { x: -870, y: -108, width: 460, height: 600 },
    ],
    [
      'a menu bar above the work area',
      { x: 0, y: 25, width: 1440, height: 875 },
      { x: 490, y: 163, width: 460, height: 600 },
    ],
    [
      'a work area shorter than the window',
      { x: 0, y: 0, width: 1024, height: 500 },
      { x: 282, y: 0, width: 460, height: 500 },
    ],
    [
      'a work area smaller both ways',
      { x: 100, y: 50, width: 400, height: 300 },
      { x: 100, y: 50, width: 400, height: 300 },
    ],
    [
      'an odd-sized work area',
      { x: 0, y: 0, width: 1365, height: 767 },
      { x: 453, y: 84, width: 460, height: 600 },
    ],
  ])('centres the window in %s', (_name, workArea, expected) => {
    expect(quickLogBounds(workArea, QUICK_LOG_WINDOW_SIZE)).toEqual(expected);
  });

  it('stays inside the work area', () => {
    for (const workArea of [
      { x: 0, y: 0, width: 800, height: 600 },
      { x: -1920, y: 200, width: 1920, height: 1080 },
      { x: 3, y: 7, width: 459, height: 601 },
    ]) {
      const bounds = quickLogBounds(workArea, QUICK_LOG_WINDOW_SIZE);
      expect(bounds.x).toBeGreaterThanOrEqual(workArea.x);
      expect(bounds.y).toBeGreaterThanOrEqual(workArea.y);
      expect(bounds.x + bounds.width).toBeLessThanOrEqual(workArea.x + workArea.width);
      expect(bounds.y + bounds.height).toBeLessThanOrEqual(workArea.y + workArea.height);
      expect(Object.values(bounds).every(Number.isInteger)).toBe(true);
    }
  });
});

describe('quickLogUrl', () => {
  it('loads the app’s own bundle in quick-log mode', () => {
    expect(QUICK_LOG_URL).toBe('app://bundle/index.html#quick-log');
    expect(quickLogUrl()).toBe(QUICK_LOG_URL);
    expect(quickLogUrl('')).toBe(QUICK_LOG_URL);
  });

  it('loads the dev server’s page in development', () => {
    expect(quickLogUrl('http://localhost:5173')).toBe('http://localhost:5173#quick-log');
    expect(quickLogUrl('http://localhost:5173/#journal')).toBe('http://localhost:5173/#quick-log');
  });
});

class FakeQuickLogWindow extends EventEmitter implements QuickLogWindowLike {
  static created: FakeQuickLogWindow[] = [];
  calls: string[] = [];
  isDestroyedNow = false;
  loadResult: Promise<void> = Promise.resolve();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeQuickLogWindow.created.push(this);
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {
    this.calls.push('restore');
  }
  close(): void {
    this.calls.push('close');
    this.isDestroyedNow = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.isDestroyedNow;
  }
  loadURL(url: string): Promise<void> {
    this.calls.push(`load ${url}`);
    return this.loadResult;
  }
  removeMenu(): void {
    this.calls.push('remove menu');
  }
}

const WORK_AREAS: Record<string, Rect> = {
  left: { x: 0, y: 0, width: 1920, height: 1040 },
  right: { x: 1920, y: 0, width: 2560, height: 1400 },
};

function setUp(options: { devServerUrl?: string } = {}) {
  let cursor: Point = { x: 100, y: 100 };
  const created: FakeQuickLogWindow[] = [];
  const loadErrors: unknown[] = [];
  const controller = createQuickLogWindowController({
    BrowserWindow: FakeQuickLogWindow,
    preloadPath: '/out/preload/index.js',
    platform: 'linux',
    devServerUrl: options.devServerUrl,
    getCursorScreenPoint: () => cursor,
    getDisplayWorkArea: (point) =>
      (point.x >= 1920 ? WORK_AREAS.right : WORK_AREAS.left) ?? { x: 0, y: 0, width: 0, height: 0 },
    onLoadError: (error) => loadErrors.push(error),
    onCreated: (window) => created.push(window),
    activateApp: () => FakeQuickLogWindow.created.at(-1)?.calls.push('activate app'),
  });
  return { controller, created, loadErrors, moveCursor: (point: Point) => (cursor = point) };
}

describe('createQuickLogWindowController', () => {
  beforeEach(() => {
    FakeQuickLogWindow.created = [];
  });

  it('asks only for what Electron’s BrowserWindow has (checked by tsc)', () => {
    expectTypeOf<BrowserWindow>().toExtend<QuickLogWindowLike>();
  });

  it('creates the window hidden on the cursor’s display, loads the quick log, and shows it once painted', () => {
    const { controller, created } = setUp();
    expect(controller.isOpen()).toBe(false);
    controller.open();
    const [window] = FakeQuickLogWindow.created;
    expect(FakeQuickLogWindow.created).toHaveLength(1);
    expect(created).toEqual([window]);
    expect(window?.options).toEqual(
      quickLogWindowOptions(
        '/out/preload/index.js',
        quickLogBounds(WORK_AREAS.left ?? { x: 0, y: 0, width: 0, height: 0 }, QUICK_LOG_WINDOW_SIZE),
        'linux',
      ),
    );
    // No application menu in the small window: Ctrl+S there must not save a backup behind it.
    expect(window?.calls).toEqual(['remove menu', 'load app://bundle/index.html#quick-log']);
    window?.emit('ready-to-show');
    // The app is brought to the front first, so the window takes the keyboard even from another app.
    expect(window?.calls).toEqual([
      'remove menu',
      'load app://bundle/index.html#quick-log',
      'activate app',
      'show',
      'focus',
    ]);
    expect(controller.isOpen()).toBe(true);
  });

  it('opens on the display the cursor is on', () => {
    const { controller, moveCursor } = setUp();
    moveCursor({ x: 3000, y: 500 });
    controller.open();
    expect(FakeQuickLogWindow.created[0]?.options).toMatchObject({ x: 2970, y: 400 });
  });

  it('brings the open window forward instead of opening a second one', () => {
    const { controller } = setUp();
    controller.open();
    const [window] = FakeQuickLogWindow.created;
    window?.emit('ready-to-show');
    controller.open();
    controller.open();
    expect(FakeQuickLogWindow.created).toHaveLength(1);
    expect(window?.calls.slice(2)).toEqual([
      ...['activate app', 'show', 'focus'],
      ...['activate app', 'show', 'focus'],
      ...['activate app', 'show', 'focus'],
    ]);
  });

  it('stays open when the person switches to another window', () => {
    const { controller } = setUp();
    controller.open();
    const [window] = FakeQuickLogWindow.created;
    window?.emit('blur');
    expect(window?.calls).not.toContain('close');
    expect(controller.isOpen()).toBe(true);
  });

  it('closes the window, and opens a new one next time', () => {
    const { controller } = setUp();
    controller.open();
    controller.close();
    expect(FakeQuickLogWindow.created[0]?.calls).toContain('close');
    expect(controller.isOpen()).toBe(false);
    controller.open();
    expect(FakeQuickLogWindow.created).toHaveLength(2);
    expect(controller.isOpen()).toBe(true);
  });

  it('forgets a window the person closed themselves', () => {
    const { controller } = setUp();
    controller.open();
    const [window] = FakeQuickLogWindow.created;
    window?.close();
    expect(controller.isOpen()).toBe(false);
    controller.close();
    expect(window?.calls.filter((call) => call === 'close')).toHaveLength(1);
  });

  it('opens a new window when the old one is destroyed but its closed event has not arrived yet', () => {
    const { controller } = setUp();
    controller.open();
    const [window] = FakeQuickLogWindow.created;
    if (window) window.isDestroyedNow = true;
    controller.open();
    expect(FakeQuickLogWindow.created).toHaveLength(2);
    // The late 'closed' of the first window does not forget the second.
    window?.emit('closed');
    expect(controller.isOpen()).toBe(true);
  });

  it('does nothing on close when no window is open', () => {
    const { controller } = setUp();
    expect(() => controller.close()).not.toThrow();
  });

  it('loads the dev server’s page in development', () => {
    const { controller } = setUp({ devServerUrl: 'http://localhost:5173' });
    controller.open();
    expect(FakeQuickLogWindow.created[0]?.calls).toEqual([
      'remove menu',
      'load http://localhost:5173#quick-log',
    ]);
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    class FailingWindow extends FakeQuickLogWindow {
      override loadURL(): Promise<void> {
        return Promise.reject(failure);
      }
    }
    const loadErrors: unknown[] = [];
    createQuickLogWindowController({
      BrowserWindow: FailingWindow,
      preloadPath: '/p.js',
      platform: 'linux',
      getCursorScreenPoint: () => ({ x: 0, y: 0 }),
      getDisplayWorkArea: () => ({ x: 0, y: 0, width: 1920, height: 1040 }),
      onLoadError: (error) => loadErrors.push(error),
    }).open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(loadErrors).toEqual([failure]);
  });
});

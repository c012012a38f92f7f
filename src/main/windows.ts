import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { InitialWindowState, Rect, WindowState, WindowStateStore } from './windowState';
import { MIN_WINDOW_SIZE } from './windowState';
import { isSpellingOn } from './spelling';

export const APP_TITLE = 'Upper Back Journal';
/** Every window's colour before its page paints, matching the page so opening never flashes. */
export const WINDOW_BACKGROUND_COLOR = '#ffffff';
const SAVE_BOUNDS_DELAY_MS = 500;

/**
 * The web preferences of every app window, in one pure function so every security flag is asserted by a test.
 * The renderer gets no Node, runs sandboxed and isolated from the preload, and can only reach the desktop
 * through the preload's named functions. Spelling is checked only where the system does it on the computer
 * (spelling.ts).
 */
export function secureWebPreferences(preloadPath: string, platform: NodeJS.Platform): WebPreferences {
  return {
    preload: preloadPath,
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
    spellcheck: isSpellingOn(platform),
  };
}

/** The main window's options, with the secure web preferences every window shares. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: InitialWindowState['bounds'],
  platform: NodeJS.Platform,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_TITLE,
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath, platform),
  };
}

/** The parts of a BrowserWindow this module uses, so tests can pass a small fake. */
export interface MainWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  // One overload per event, so tsc checks each against Electron's own typing for that event.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  show(): void;
  maximize(): void;
  isMaximized(): boolean;
  getNormalBounds(): Rect;
  loadURL(url: string): Promise<void>;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  preloadPath: string;
  platform: NodeJS.Platform;
  loadUrl: string;
  windowState: WindowStateStore;
  onLoadError: (error: unknown) => void;
  saveDelayMs?: number;
}

/** Creates the main window hidden, shows it once painted, and remembers where the user put it. */
export function createMainWindow<W extends MainWindowLike>(deps: MainWindowDeps<W>): W {
  const initial = deps.windowState.load();
  const window = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, initial.bounds, deps.platform));

  window.once('ready-to-show', () => {
    if (initial.isMaximized) window.maximize();
    window.show();
  });

  const currentState = (): WindowState => ({
    bounds: window.getNormalBounds(),
    isMaximized: window.isMaximized(),
  });

  // Resizing and moving fire many events a second; write once the user has let go.
  let pendingSave: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = (): void => {
    if (pendingSave !== undefined) clearTimeout(pendingSave);
    pendingSave = setTimeout(() => {
      pendingSave = undefined;
      deps.windowState.save(currentState());
    }, deps.saveDelayMs ?? SAVE_BOUNDS_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    if (pendingSave !== undefined) clearTimeout(pendingSave);
    pendingSave = undefined;
    deps.windowState.save(currentState());
  });

  window.loadURL(deps.loadUrl).catch(deps.onLoadError);
  return window;
}

/** The parts of a BrowserWindow needed to bring it to the front. */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** When the user starts the app a second time, bring the existing window forward instead. */
export function focusWindow(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

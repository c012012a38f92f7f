import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL, QUICK_LOG_HASH } from '@shared/appOrigin';
import type { Rect } from './windowState';
import type { FocusableWindow } from './windows';
import { APP_TITLE, WINDOW_BACKGROUND_COLOR, focusWindow, secureWebPreferences } from './windows';

/** The page the quick-log window loads: the app's own bundle, in quick-log mode. */
export const QUICK_LOG_URL = `${APP_ENTRY_URL}${QUICK_LOG_HASH}`;

/** The quick-log page on the electron-vite dev server when there is one, otherwise the app's bundle. */
export function quickLogUrl(devServerUrl?: string): string {
  if (devServerUrl === undefined || devServerUrl === '') return QUICK_LOG_URL;
  return `${devServerUrl.split('#')[0] ?? ''}${QUICK_LOG_HASH}`;
}

/** Enough for the intensity scale and the save button without scrolling, small enough to sit beside work. */
export const QUICK_LOG_WINDOW_SIZE = { width: 460, height: 600 } as const;
const QUICK_LOG_MIN_SIZE = { width: 360, height: 420 } as const;

export interface Point {
  x: number;
  y: number;
}

/**
 * Centred on the display the person is working on (the one the cursor is on, whose work area is given), and
 * never larger than that work area, so the whole form and its save button are on screen.
 */
export function quickLogBounds(workArea: Rect, size: { width: number; height: number }): Rect {
  const width = Math.round(Math.min(size.width, workArea.width));
  const height = Math.round(Math.min(size.height, workArea.height));
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * The quick-log window's options: small and always on top, so pain can be logged over whatever the person
 * is doing, with the same secure web preferences as the main window.
 */
export function quickLogWindowOptions(
  preloadPath: string,
  bounds: Rect,
  platform: NodeJS.Platform,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: Math.min(QUICK_LOG_MIN_SIZE.width, bounds.width),
    minHeight: Math.min(QUICK_LOG_MIN_SIZE.height, bounds.height),
    title: `Log pain — ${APP_TITLE}`,
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    // Shown on 'ready-to-show' so the person never sees an empty white frame.
    show: false,
    alwaysOnTop: true,
    // A passing window: it is reached with the shortcut or the tray, not kept in the taskbar.
    skipTaskbar: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    resizable: true,
    webPreferences: secureWebPreferences(preloadPath, platform),
  };
}

/** The parts of a BrowserWindow the controller uses, so tests can pass a small fake. */
export interface QuickLogWindowLike extends FocusableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  removeMenu(): void;
}

export interface QuickLogWindowDeps<W extends QuickLogWindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  preloadPath: string;
  platform: NodeJS.Platform;
  /** The electron-vite dev server, in development only; the window loads QUICK_LOG_URL otherwise. */
  devServerUrl?: string;
  /** screen.getCursorScreenPoint */
  getCursorScreenPoint: () => Point;
  /** The work area of the display nearest the point: screen.getDisplayNearestPoint(point).workArea */
  getDisplayWorkArea: (point: Point) => Rect;
  onLoadError: (error: unknown) => void;
  /** Called with each new window, to harden and watch it like the main window. */
  onCreated?: (window: W) => void;
  /**
   * Brings the app to the front before the window is focused. On macOS a window of an app in the
   * background is shown but does not take the keyboard (app.focus({ steal: true }) makes it); the
   * shortcut and the tray are the person's own request, so taking focus is what they expect.
   */
  activateApp?: () => void;
}

export interface QuickLogWindowController {
  /** Opens the quick log, or brings the open one forward: there is never a second one. */
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export function createQuickLogWindowController<W extends QuickLogWindowLike>(
  deps: QuickLogWindowDeps<W>,
): QuickLogWindowController {
  let current: W | undefined;

  const create = (): void => {
    const workArea = deps.getDisplayWorkArea(deps.getCursorScreenPoint());
    const window = new deps.BrowserWindow(
      quickLogWindowOptions(deps.preloadPath, quickLogBounds(workArea, QUICK_LOG_WINDOW_SIZE), deps.platform),
    );
    current = window;
    // Without its own (empty) menu it would take the application menu on Windows and Linux, where
    // Ctrl+S or Ctrl+N would act on the journal window behind it.
    window.removeMenu();
    window.once('ready-to-show', () => {
      deps.activateApp?.();
      focusWindow(window);
    });
    // Only closing forgets the window. Losing focus does not close it: people switch away to look
    // something up and come back to finish the entry.
    window.on('closed', () => {
      if (current === window) current = undefined;
    });
    deps.onCreated?.(window);
    window.loadURL(quickLogUrl(deps.devServerUrl)).catch(deps.onLoadError);
  };

  const isOpen = (): boolean => current !== undefined && !current.isDestroyed();

  return {
    open() {
      if (current !== undefined && isOpen()) {
        deps.activateApp?.();
        focusWindow(current);
      } else create();
    },
    close() {
      if (current !== undefined && isOpen()) current.close();
    },
    isOpen,
  };
}

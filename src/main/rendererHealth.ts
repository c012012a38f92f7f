import type { MessageBoxOptions } from 'electron';
import { APP_TITLE } from './windows';

export interface ReloadLimiter {
  /** True, and counts the reload, when another reload fits in the window; false when the cap is reached. */
  tryReload(): boolean;
}

/** Three automatic reloads a minute: the numbers crashLimitDialogOptions tells the user. */
export const DEFAULT_RELOAD_LIMITS = { maxReloads: 3, perMs: 60_000 } as const;

/**
 * Caps automatic reloads so a page that crashes as soon as it loads cannot spin the CPU forever.
 * The clock is a parameter so tests can move time.
 */
export function createReloadLimiter(
  now: () => number,
  limits: { maxReloads: number; perMs: number } = DEFAULT_RELOAD_LIMITS,
): ReloadLimiter {
  let recent: number[] = [];
  return {
    tryReload() {
      const time = now();
      recent = recent.filter((at) => time - at < limits.perMs);
      if (recent.length >= limits.maxReloads) return false;
      recent.push(time);
      return true;
    },
  };
}

export interface RenderProcessGoneDetailsLike {
  reason: string;
  exitCode: number;
}

/** The parts of a WebContents watched here. */
export interface WatchedWebContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetailsLike) => void,
  ): unknown;
  // One overload per event, so tsc checks each against Electron's own typing for that event.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'responsive', listener: () => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  isDestroyed(): boolean;
  reload(): void;
  forcefullyCrashRenderer(): void;
}

export interface RendererHealthDeps {
  limiter: ReloadLimiter;
  /** Shows a message box attached to the window. */
  showMessageBox: (options: MessageBoxOptions) => Promise<{ response: number }>;
  log: (message: string, details?: unknown) => void;
  /** Closes the window whose page is watched (the user chose "Close window" after repeated crashes). */
  closeWindow: () => void;
}

const WAIT = 0;
const RELOAD = 1;
const CRASH_RELOAD = 0;
const CRASH_CLOSE_WINDOW = 1;

export function unresponsiveDialogOptions(signal: AbortSignal): MessageBoxOptions {
  return {
    type: 'warning',
    title: APP_TITLE,
    message: `${APP_TITLE} is not responding.`,
    detail:
      'You can wait for it, or reload it. Entries already saved are kept; an entry you are typing may be lost.',
    buttons: ['Wait', 'Reload'],
    defaultId: WAIT,
    cancelId: WAIT,
    noLink: true,
    signal,
  };
}

/** Shown once the page has crashed more often than the limiter allows reloads: the window is blank otherwise. */
export function crashLimitDialogOptions(): MessageBoxOptions {
  return {
    type: 'error',
    title: APP_TITLE,
    message: `${APP_TITLE} keeps stopping unexpectedly.`,
    detail:
      'It stopped three times within a minute, so it was not reloaded again. Entries you saved are safe. ' +
      'You can try reloading now, or close the window and start the app again later.',
    buttons: ['Reload', 'Close window'],
    defaultId: CRASH_RELOAD,
    cancelId: CRASH_CLOSE_WINDOW,
    noLink: true,
  };
}

/**
 * Recovers the window when its page dies or hangs: a crashed page is reloaded (within the limiter's cap;
 * past it, the user is asked whether to reload once more or close the window), and a hung page offers the
 * user Wait or Reload. The hung-page dialog closes by itself if the page recovers or crashes.
 */
export function watchRendererHealth(contents: WatchedWebContents, deps: RendererHealthDeps): void {
  // Set when the user chose Reload: the renderer is crashed on purpose and reloaded right away,
  // so the resulting 'render-process-gone' must not reload a second time.
  let isCrashRequested = false;
  let openDialog: AbortController | undefined;
  let isCrashDialogOpen = false;

  function offerReloadOrClose(): void {
    if (isCrashDialogOpen) return;
    isCrashDialogOpen = true;
    deps
      .showMessageBox(crashLimitDialogOptions())
      .then(({ response }) => {
        if (contents.isDestroyed()) return;
        // A reload the user asked for is not counted: if it crashes again soon, they are asked again.
        if (response === CRASH_RELOAD) contents.reload();
        else deps.closeWindow();
      })
      .catch((error: unknown) => deps.log('Could not show the crash dialog', error))
      .finally(() => {
        isCrashDialogOpen = false;
      });
  }

  contents.on('render-process-gone', (_event, details) => {
    deps.log('Renderer process gone', details);
    if (isCrashRequested) {
      isCrashRequested = false;
      return;
    }
    // A page that is gone is no longer hung; asking to wait for it would mislead.
    openDialog?.abort();
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    if (deps.limiter.tryReload()) {
      contents.reload();
      return;
    }
    deps.log('Renderer keeps failing; not reloading again for now');
    offerReloadOrClose();
  });

  contents.on('unresponsive', () => {
    if (openDialog !== undefined) return;
    const controller = new AbortController();
    openDialog = controller;
    deps
      .showMessageBox(unresponsiveDialogOptions(controller.signal))
      .then(({ response }) => {
        if (response !== RELOAD || controller.signal.aborted || contents.isDestroyed()) return;
        isCrashRequested = true;
        // Electron's documented recovery for a hung page: a hung renderer cannot run a normal reload.
        contents.forcefullyCrashRenderer();
        contents.reload();
      })
      .catch((error: unknown) => deps.log('Could not show the unresponsive dialog', error))
      .finally(() => {
        if (openDialog === controller) openDialog = undefined;
      });
  });

  contents.on('responsive', () => openDialog?.abort());
}

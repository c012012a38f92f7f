import type { MessageBoxOptions } from 'electron';
import { APP_TITLE } from './windows';

export interface ReloadLimiter {
  /** True, and counts the reload, when another reload fits in the window; false when the cap is reached. */
  tryReload(): boolean;
}

/**
 * Caps automatic reloads so a page that crashes as soon as it loads cannot spin the CPU forever.
 * The clock is a parameter so tests can move time.
 */
export function createReloadLimiter(
  now: () => number,
  limits: { maxReloads: number; perMs: number } = { maxReloads: 3, perMs: 60_000 },
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
}

const WAIT = 0;
const RELOAD = 1;

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

/**
 * Recovers the window when its page dies or hangs: a crashed page is reloaded (within the limiter's cap),
 * and a hung page offers the user Wait or Reload. The dialog closes by itself if the page recovers.
 */
export function watchRendererHealth(contents: WatchedWebContents, deps: RendererHealthDeps): void {
  // Set when the user chose Reload: the renderer is crashed on purpose and reloaded right away,
  // so the resulting 'render-process-gone' must not reload a second time.
  let isCrashRequested = false;
  let openDialog: AbortController | undefined;

  contents.on('render-process-gone', (_event, details) => {
    deps.log('Renderer process gone', details);
    if (isCrashRequested) {
      isCrashRequested = false;
      return;
    }
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    if (deps.limiter.tryReload()) contents.reload();
    else deps.log('Renderer keeps failing; not reloading again for now');
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

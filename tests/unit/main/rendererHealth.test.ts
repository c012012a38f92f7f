import { EventEmitter } from 'node:events';
import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ReloadLimiter } from '../../../src/main/rendererHealth';
import {
  crashLimitDialogOptions,
  createReloadLimiter,
  watchRendererHealth,
} from '../../../src/main/rendererHealth';

describe('createReloadLimiter', () => {
  function clock(start = 1_000_000) {
    let time = start;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  }

  it('allows three reloads a minute, then refuses', () => {
    const time = clock();
    const limiter = createReloadLimiter(time.now);
    expect([limiter.tryReload(), limiter.tryReload(), limiter.tryReload()]).toEqual([true, true, true]);
    expect(limiter.tryReload()).toBe(false);
    time.advance(59_999);
    expect(limiter.tryReload()).toBe(false);
  });

  it('allows reloads again as the earlier ones fall out of the last minute', () => {
    const time = clock();
    const limiter = createReloadLimiter(time.now);
    limiter.tryReload();
    time.advance(20_000);
    limiter.tryReload();
    time.advance(20_000);
    limiter.tryReload();
    time.advance(19_999);
    expect(limiter.tryReload()).toBe(false);
    time.advance(1);
    expect(limiter.tryReload()).toBe(true);
    expect(limiter.tryReload()).toBe(false);
    time.advance(20_000);
    expect(limiter.tryReload()).toBe(true);
  });

  it('does not count refused attempts against the next minute', () => {
    const time = clock();
    const limiter = createReloadLimiter(time.now);
    for (let i = 0; i < 3; i++) limiter.tryReload();
    for (let i = 0; i < 10; i++) expect(limiter.tryReload()).toBe(false);
    time.advance(60_000);
    expect([limiter.tryReload(), limiter.tryReload(), limiter.tryReload()]).toEqual([true, true, true]);
  });

  it('takes other limits', () => {
    const time = clock();
    const limiter = createReloadLimiter(time.now, { maxReloads: 1, perMs: 1_000 });
    expect(limiter.tryReload()).toBe(true);
    expect(limiter.tryReload()).toBe(false);
    time.advance(1_000);
    expect(limiter.tryReload()).toBe(true);
  });
});

class FakeContents extends EventEmitter {
  calls: string[] = [];
  isDestroyedNow = false;
  isDestroyed(): boolean {
    return this.isDestroyedNow;
  }
  reload(): void {
    this.calls.push('reload');
  }
  forcefullyCrashRenderer(): void {
    this.calls.push('crash');
  }
  gone(reason: string): void {
    this.emit('render-process-gone', {}, { reason, exitCode: 1 });
  }
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function watch(
  options: {
    limiter?: ReloadLimiter;
    /** Answers each dialog; by default a dialog stays open. */
    answer?: (dialog: MessageBoxOptions) => Promise<{ response: number }>;
  } = {},
) {
  const contents = new FakeContents();
  const dialogs: MessageBoxOptions[] = [];
  const logs: string[] = [];
  let closedWindows = 0;
  watchRendererHealth(contents, {
    limiter: options.limiter ?? { tryReload: () => true },
    showMessageBox: (dialogOptions) => {
      dialogs.push(dialogOptions);
      return options.answer?.(dialogOptions) ?? new Promise(() => undefined);
    },
    log: (message) => logs.push(message),
    closeWindow: () => {
      closedWindows += 1;
    },
  });
  return { contents, dialogs, logs, closedWindows: () => closedWindows };
}

describe('watchRendererHealth: a crashed page', () => {
  it('is logged and reloaded', () => {
    const { contents, logs } = watch();
    contents.gone('crashed');
    expect(logs).toEqual(['Renderer process gone']);
    expect(contents.calls).toEqual(['reload']);
  });

  it('is reloaded at most three times a minute', () => {
    let time = 0;
    const { contents, logs } = watch({ limiter: createReloadLimiter(() => time) });
    for (let i = 0; i < 5; i++) contents.gone('crashed');
    expect(contents.calls).toEqual(['reload', 'reload', 'reload']);
    expect(logs.filter((line) => line.startsWith('Renderer keeps failing'))).toHaveLength(2);
    time += 60_000;
    contents.gone('oom');
    expect(contents.calls).toHaveLength(4);
  });

  it('is not reloaded after a clean exit or once the window is gone', () => {
    const { contents } = watch();
    contents.gone('clean-exit');
    contents.isDestroyedNow = true;
    contents.gone('crashed');
    expect(contents.calls).toEqual([]);
  });
});

describe('crashLimitDialogOptions', () => {
  it('tells the user what happened, that saved entries are safe, and offers Reload or Close window', () => {
    expect(crashLimitDialogOptions()).toEqual({
      type: 'error',
      title: 'Upper Back Journal',
      message: 'Upper Back Journal keeps stopping unexpectedly.',
      detail:
        'It stopped three times within a minute, so it was not reloaded again. Entries you saved are safe. ' +
        'You can try reloading now, or close the window and start the app again later.',
      buttons: ['Reload', 'Close window'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
  });
});

describe('watchRendererHealth: a page that keeps crashing', () => {
  const RELOAD = 0;
  const CLOSE_WINDOW = 1;

  /** A page watched with the real limiter on a frozen clock, crashed `times` times. */
  function crashed(times: number, answer?: (dialog: MessageBoxOptions) => Promise<{ response: number }>) {
    const watched = watch({ limiter: createReloadLimiter(() => 0), answer });
    for (let i = 0; i < times; i++) watched.contents.gone('crashed');
    return watched;
  }

  it('asks the user, once the reloads a minute are used up, instead of leaving a blank window', () => {
    const { contents, dialogs, logs } = crashed(4);
    expect(contents.calls).toEqual(['reload', 'reload', 'reload']);
    expect(dialogs).toEqual([crashLimitDialogOptions()]);
    expect(logs).toContain('Renderer keeps failing; not reloading again for now');
  });

  it('does not ask before the cap is reached', () => {
    const { dialogs } = crashed(3);
    expect(dialogs).toEqual([]);
  });

  it('shows one crash dialog at a time', () => {
    const { dialogs } = crashed(7);
    expect(dialogs).toHaveLength(1);
  });

  it('reloads once more when the user chooses Reload, and asks again if it crashes again', async () => {
    const { contents, dialogs, closedWindows } = crashed(4, async () => ({ response: RELOAD }));
    await flush();
    expect(contents.calls).toEqual(['reload', 'reload', 'reload', 'reload']);
    // The user's reload resets nothing: the next crash within the minute asks again rather than reloading.
    contents.gone('crashed');
    expect(contents.calls).toHaveLength(4);
    expect(dialogs).toHaveLength(2);
    expect(closedWindows()).toBe(0);
  });

  it('closes the window when the user chooses Close window, or presses Escape', async () => {
    const { contents, closedWindows } = crashed(4, async (dialog) => ({
      response: dialog.cancelId ?? CLOSE_WINDOW,
    }));
    await flush();
    expect(closedWindows()).toBe(1);
    expect(contents.calls).toEqual(['reload', 'reload', 'reload']);
  });

  it('does nothing once the window is gone', async () => {
    let answer: (value: { response: number }) => void = () => undefined;
    const { contents, closedWindows } = crashed(4, () => new Promise((resolve) => (answer = resolve)));
    contents.isDestroyedNow = true;
    answer({ response: RELOAD });
    await flush();
    expect(contents.calls).toHaveLength(3);
    expect(closedWindows()).toBe(0);
  });

  it('logs a dialog that cannot be shown, and tries again on the next crash', async () => {
    const { contents, dialogs, logs } = crashed(4, () => Promise.reject(new Error('no window')));
    await flush();
    expect(logs).toContain('Could not show the crash dialog');
    contents.gone('crashed');
    expect(dialogs).toHaveLength(2);
  });

  it('is not shown for a clean exit', () => {
    const { contents, dialogs } = crashed(3);
    contents.gone('clean-exit');
    expect(dialogs).toEqual([]);
  });
});

describe('watchRendererHealth: a hung page', () => {
  it('offers Wait or Reload, with Wait as the safe default', () => {
    const { contents, dialogs } = watch();
    contents.emit('unresponsive');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatchObject({
      type: 'warning',
      buttons: ['Wait', 'Reload'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('does nothing when the user waits', async () => {
    const { contents } = watch({ answer: () => Promise.resolve({ response: 0 }) });
    contents.emit('unresponsive');
    await flush();
    expect(contents.calls).toEqual([]);
  });

  it('crashes and reloads the page when the user chooses Reload, and does not reload twice', async () => {
    const { contents } = watch({ answer: () => Promise.resolve({ response: 1 }) });
    contents.emit('unresponsive');
    await flush();
    expect(contents.calls).toEqual(['crash', 'reload']);
    contents.gone('killed');
    expect(contents.calls).toEqual(['crash', 'reload']);
    contents.gone('crashed');
    expect(contents.calls).toEqual(['crash', 'reload', 'reload']);
  });

  it('shows one dialog at a time', async () => {
    let answer: (value: { response: number }) => void = () => undefined;
    const { contents, dialogs } = watch({ answer: () => new Promise((resolve) => (answer = resolve)) });
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    expect(dialogs).toHaveLength(1);
    answer({ response: 0 });
    await flush();
    contents.emit('unresponsive');
    expect(dialogs).toHaveLength(2);
  });

  it('closes the dialog by itself when the page crashes instead, leaving the crash to the reload', async () => {
    const { contents, dialogs } = watch({ answer: () => Promise.resolve({ response: 1 }) });
    contents.emit('unresponsive');
    contents.gone('crashed');
    expect(dialogs[0]?.signal?.aborted).toBe(true);
    await flush();
    expect(contents.calls).toEqual(['reload']);
  });

  it('closes the dialog by itself when the page recovers, without reloading', async () => {
    const { contents, dialogs } = watch({ answer: () => Promise.resolve({ response: 1 }) });
    contents.emit('unresponsive');
    const signal = dialogs[0]?.signal;
    expect(signal?.aborted).toBe(false);
    contents.emit('responsive');
    expect(signal?.aborted).toBe(true);
    await flush();
    expect(contents.calls).toEqual([]);
  });
});

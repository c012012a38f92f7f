import { EventEmitter } from 'node:events';
import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ReloadLimiter } from '../../../src/main/rendererHealth';
import { createReloadLimiter, watchRendererHealth } from '../../../src/main/rendererHealth';

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

function watch(options: { limiter?: ReloadLimiter; answer?: () => Promise<{ response: number }> } = {}) {
  const contents = new FakeContents();
  const dialogs: MessageBoxOptions[] = [];
  const logs: string[] = [];
  watchRendererHealth(contents, {
    limiter: options.limiter ?? { tryReload: () => true },
    showMessageBox: (dialogOptions) => {
      dialogs.push(dialogOptions);
      return options.answer?.() ?? Promise.resolve({ response: 0 });
    },
    log: (message) => logs.push(message),
  });
  return { contents, dialogs, logs };
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

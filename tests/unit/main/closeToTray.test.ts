import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CloseToTrayState, HideableWindow } from '../../../src/main/closeToTray';
import { createQuitState, keepInTrayOnClose } from '../../../src/main/closeToTray';
import type { WindowState } from '../../../src/main/windowState';
import { createMainWindow } from '../../../src/main/windows';
import { FakeEvent } from './fakes';

class FakeWindow extends EventEmitter {
  isHidden = false;
  hide(): void {
    this.isHidden = true;
  }
  /** Emits 'close' like Electron and reports whether a listener kept the window open. */
  tryClose(): boolean {
    const event = new FakeEvent();
    this.emit('close', event);
    return event.isDefaultPrevented;
  }
}

const state = (keepInTray: boolean, hasTray: boolean, isQuitting: boolean): CloseToTrayState => ({
  keepInTray: () => keepInTray,
  hasTray: () => hasTray,
  isQuitting: () => isQuitting,
});

describe('keepInTrayOnClose', () => {
  it('asks only for what Electron’s BrowserWindow has (checked by tsc)', () => {
    expectTypeOf<BrowserWindow>().toExtend<HideableWindow>();
  });

  it.each([
    // keepInTray, hasTray, isQuitting → hidden instead of closed
    [true, true, false, true],
    [false, true, false, false],
    [true, false, false, false],
    [true, true, true, false],
    [false, false, false, false],
    [false, true, true, false],
    [true, false, true, false],
    [false, false, true, false],
  ])('keep in tray %s, tray %s, quitting %s → hidden: %s', (keepInTray, hasTray, isQuitting, isHidden) => {
    const window = new FakeWindow();
    keepInTrayOnClose(window, state(keepInTray, hasTray, isQuitting));
    expect(window.tryClose()).toBe(isHidden);
    expect(window.isHidden).toBe(isHidden);
  });

  it('reads the setting at each close, so turning it off applies at once', () => {
    const window = new FakeWindow();
    let keepInTray = true;
    keepInTrayOnClose(window, { keepInTray: () => keepInTray, hasTray: () => true, isQuitting: () => false });
    expect(window.tryClose()).toBe(true);
    keepInTray = false;
    expect(window.tryClose()).toBe(false);
  });

  it('lets the window close once the app is quitting', () => {
    const window = new FakeWindow();
    const quitState = createQuitState();
    keepInTrayOnClose(window, {
      keepInTray: () => true,
      hasTray: () => true,
      isQuitting: quitState.isQuitting,
    });
    expect(window.tryClose()).toBe(true);
    quitState.markQuitting();
    expect(window.tryClose()).toBe(false);
  });
});

describe('keepInTrayOnClose telling where the window went', () => {
  it('says so each time closing hides the window, and never when closing really closes', () => {
    const window = new FakeWindow();
    const hidden: string[] = [];
    let keepInTray = true;
    keepInTrayOnClose(window, {
      keepInTray: () => keepInTray,
      hasTray: () => true,
      isQuitting: () => false,
      onHiddenToTray: () => hidden.push('hidden'),
    });
    window.tryClose();
    expect(hidden).toEqual(['hidden']);
    keepInTray = false;
    window.tryClose();
    expect(hidden).toEqual(['hidden']);
  });
});

describe('keepInTrayOnClose with the main window’s bounds saving', () => {
  class FakeMainWindow extends FakeWindow {
    show(): void {}
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 900, height: 600 };
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
  }

  function openMainWindow(BrowserWindow: new () => FakeMainWindow) {
    const saved: WindowState[] = [];
    const window = createMainWindow({
      BrowserWindow,
      preloadPath: '/p.js',
      platform: 'linux',
      loadUrl: 'app://bundle/index.html',
      windowState: {
        load: () => ({ bounds: { width: 900, height: 600 }, isMaximized: false }),
        save: (windowState) => saved.push(windowState),
      },
      onLoadError: () => undefined,
    });
    return { window, saved };
  }

  const SAVED = [{ bounds: { x: 10, y: 20, width: 900, height: 600 }, isMaximized: false }];

  it('hides the window and saves its bounds when the bounds are saved first', () => {
    const { window, saved } = openMainWindow(FakeMainWindow);
    keepInTrayOnClose(window, state(true, true, false));
    expect(window.tryClose()).toBe(true);
    expect(window.isHidden).toBe(true);
    expect(saved).toEqual(SAVED);
  });

  it('hides the window and saves its bounds when it is hidden first', () => {
    // createMainWindow adds its listener before returning; a subclass gets in ahead of it.
    class HiddenFirst extends FakeMainWindow {
      constructor() {
        super();
        keepInTrayOnClose(this, state(true, true, false));
      }
    }
    const { window, saved } = openMainWindow(HiddenFirst);
    expect(window.tryClose()).toBe(true);
    expect(window.isHidden).toBe(true);
    expect(saved).toEqual(SAVED);
  });
});

describe('createQuitState', () => {
  it('is not quitting until marked, and stays marked', () => {
    const quitState = createQuitState();
    expect(quitState.isQuitting()).toBe(false);
    quitState.markQuitting();
    quitState.markQuitting();
    expect(quitState.isQuitting()).toBe(true);
  });

  it('keeps each app’s state apart', () => {
    const first = createQuitState();
    const second = createQuitState();
    first.markQuitting();
    expect(second.isQuitting()).toBe(false);
  });
});

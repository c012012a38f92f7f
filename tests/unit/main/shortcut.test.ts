import type { GlobalShortcut } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { GlobalShortcutLike } from '../../../src/main/shortcut';
import { createQuickLogShortcut } from '../../../src/main/shortcut';

/** Registers like Electron: refuses keys another app holds, and keys this app already registered. */
class FakeGlobalShortcut implements GlobalShortcutLike {
  readonly registered = new Map<string, () => void>();
  readonly calls: string[] = [];
  /** Keys some other app holds. */
  readonly takenElsewhere = new Set<string>();
  /** Keys whose registration throws, as Electron does for text it cannot parse. */
  readonly throwing = new Set<string>();

  register(accelerator: string, callback: () => void): boolean {
    this.calls.push(`register ${accelerator}`);
    if (this.throwing.has(accelerator)) throw new Error(`conversion failure for ${accelerator}`);
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.calls.push(`unregister ${accelerator}`);
    this.registered.delete(accelerator);
  }
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }
  press(accelerator: string): void {
    const callback = this.registered.get(accelerator);
    if (callback === undefined) throw new Error(`${accelerator} is not registered`);
    callback();
  }
}

function setUp(options: { isMac?: boolean; isPortalSession?: boolean; onPress?: () => void } = {}) {
  const globalShortcut = new FakeGlobalShortcut();
  const logs: string[] = [];
  let presses = 0;
  const shortcut = createQuickLogShortcut({
    globalShortcut,
    onPress:
      options.onPress ??
      (() => {
        presses++;
      }),
    isMac: options.isMac ?? false,
    isPortalSession: options.isPortalSession ?? false,
    log: (message) => logs.push(message),
  });
  return { globalShortcut, shortcut, logs, presses: () => presses };
}

describe('createQuickLogShortcut', () => {
  it('asks only for what Electron’s globalShortcut has (checked by tsc)', () => {
    expectTypeOf<GlobalShortcut>().toExtend<GlobalShortcutLike>();
  });

  it('says a shortcut registered under Wayland may still need the desktop’s approval', () => {
    // The portal takes the keys as a request; register() answers true before the person has allowed them.
    const { shortcut } = setUp({ isPortalSession: true });
    expect(shortcut.apply('CommandOrControl+Alt+P')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+P',
      mayNeedDesktopApproval: true,
    });
    // Applying the same keys again says the same.
    expect(shortcut.apply('CommandOrControl+Alt+P')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+P',
      mayNeedDesktopApproval: true,
    });
  });

  it('reports a shortcut as simply registered where registering it means it works', () => {
    const { shortcut } = setUp({ isPortalSession: false });
    expect(shortcut.apply('CommandOrControl+Alt+P')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+P',
    });
  });

  it('never says registered when the system refused, under Wayland too', () => {
    const { shortcut, globalShortcut } = setUp({ isPortalSession: true });
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+P');
    expect(shortcut.apply('CommandOrControl+Alt+P').status).toBe('refused');
    expect(shortcut.current()).toBeNull();
  });

  it('starts with no shortcut', () => {
    const { shortcut, globalShortcut } = setUp();
    expect(shortcut.current()).toBeNull();
    expect(globalShortcut.calls).toEqual([]);
  });

  it('registers a shortcut in its one spelling and opens the quick log when pressed', () => {
    const { shortcut, globalShortcut, presses } = setUp();
    expect(shortcut.apply('ctrl+alt+p')).toEqual({ status: 'registered', accelerator: 'Control+Alt+P' });
    expect(shortcut.current()).toBe('Control+Alt+P');
    globalShortcut.press('Control+Alt+P');
    expect(presses()).toBe(1);
  });

  it('registers the new shortcut before letting the previous one go', () => {
    const { shortcut, globalShortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.calls.length = 0;
    expect(shortcut.apply('CommandOrControl+Alt+L')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+L',
    });
    expect(globalShortcut.calls).toEqual([
      'register CommandOrControl+Alt+L',
      'unregister CommandOrControl+Alt+P',
    ]);
    expect([...globalShortcut.registered.keys()]).toEqual(['CommandOrControl+Alt+L']);
    expect(shortcut.current()).toBe('CommandOrControl+Alt+L');
  });

  it('leaves the same shortcut alone when it is applied again', () => {
    const { shortcut, globalShortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.calls.length = 0;
    expect(shortcut.apply('cmdorctrl+alt+p')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+P',
    });
    expect(globalShortcut.calls).toEqual([]);
  });

  it('treats another spelling of the same keys as the same shortcut, instead of a refusal', () => {
    const { shortcut, globalShortcut } = setUp({ isMac: false });
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.calls.length = 0;
    expect(shortcut.apply('Control+Alt+P')).toEqual({ status: 'registered', accelerator: 'Control+Alt+P' });
    expect(globalShortcut.calls).toEqual([]);
    expect(shortcut.current()).toBe('Control+Alt+P');
  });

  it('registers again a shortcut something else let go', () => {
    const { shortcut, globalShortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.registered.clear();
    globalShortcut.calls.length = 0;
    expect(shortcut.apply('CommandOrControl+Alt+P')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+P',
    });
    expect(globalShortcut.calls).toEqual(['register CommandOrControl+Alt+P']);
    expect(globalShortcut.isRegistered('CommandOrControl+Alt+P')).toBe(true);
  });

  it('says which keys are taken, as the person knows them, and keeps the previous shortcut', () => {
    const { shortcut, globalShortcut } = setUp({ isMac: false });
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+L');
    expect(shortcut.apply('CommandOrControl+Alt+L')).toEqual({
      status: 'refused',
      message:
        'Your system didn’t accept Ctrl+Alt+L: another app may already be using it. Choose a different shortcut.',
    });
    expect(shortcut.current()).toBe('CommandOrControl+Alt+P');
    expect([...globalShortcut.registered.keys()]).toEqual(['CommandOrControl+Alt+P']);
  });

  it('names the keys the Mac way on a Mac', () => {
    const { shortcut, globalShortcut } = setUp({ isMac: true });
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+P');
    expect(shortcut.apply('CommandOrControl+Alt+P')).toEqual({
      status: 'refused',
      message:
        'Your system didn’t accept Cmd+Option+P: another app may already be using it. Choose a different shortcut.',
    });
    expect(shortcut.current()).toBeNull();
  });

  it('reports a registration that throws as refused, logs it, and keeps the previous shortcut', () => {
    const { shortcut, globalShortcut, logs } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.throwing.add('CommandOrControl+Alt+L');
    expect(shortcut.apply('CommandOrControl+Alt+L')).toMatchObject({ status: 'refused' });
    expect(logs).toEqual(['Could not register the quick-log shortcut']);
    expect(shortcut.current()).toBe('CommandOrControl+Alt+P');
    expect(globalShortcut.isRegistered('CommandOrControl+Alt+P')).toBe(true);
  });

  it('refuses a shortcut without Ctrl, Alt or Cmd, and keeps the previous one', () => {
    const { shortcut, globalShortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    globalShortcut.calls.length = 0;
    expect(shortcut.apply('Shift+P')).toEqual({
      status: 'invalid',
      message: 'Add Ctrl, Alt or Cmd, so the shortcut doesn’t get in the way of typing.',
    });
    expect(shortcut.apply('Ctrl+Alt+Foo')).toEqual({
      status: 'invalid',
      message: '“Foo” isn’t a key the shortcut can use.',
    });
    expect(globalShortcut.calls).toEqual([]);
    expect(shortcut.current()).toBe('CommandOrControl+Alt+P');
  });

  it('turns the shortcut off with an empty one', () => {
    const { shortcut, globalShortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    expect(shortcut.apply('')).toEqual({ status: 'off' });
    expect(globalShortcut.registered.size).toBe(0);
    expect(shortcut.current()).toBeNull();
    expect(shortcut.apply('  ')).toEqual({ status: 'off' });
    expect(globalShortcut.calls.filter((call) => call.startsWith('unregister'))).toHaveLength(1);
  });

  it('can be turned on again after being off', () => {
    const { shortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    shortcut.apply('');
    expect(shortcut.apply('CommandOrControl+Alt+P')).toEqual({
      status: 'registered',
      accelerator: 'CommandOrControl+Alt+P',
    });
  });

  it('gives the keys back on dispose', () => {
    const { shortcut, globalShortcut } = setUp();
    shortcut.apply('CommandOrControl+Alt+P');
    shortcut.dispose();
    expect(globalShortcut.registered.size).toBe(0);
    expect(shortcut.current()).toBeNull();
    shortcut.dispose();
    expect(globalShortcut.calls.filter((call) => call.startsWith('unregister'))).toHaveLength(1);
  });

  it('logs an error from the quick log instead of letting it escape into Electron', () => {
    const { shortcut, globalShortcut, logs } = setUp({
      onPress: () => {
        throw new Error('no window');
      },
    });
    shortcut.apply('CommandOrControl+Alt+P');
    expect(() => globalShortcut.press('CommandOrControl+Alt+P')).not.toThrow();
    expect(logs).toEqual(['The quick-log shortcut failed']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ShortcutKeyEvent } from '@shared/accelerator';
import {
  acceleratorFromKeyEvent,
  acceleratorLabel,
  isSameShortcut,
  validateAccelerator,
} from '@shared/accelerator';
import { DEFAULT_QUICK_LOG_SHORTCUT } from '@shared/api';
import { MENU_KEYS } from '../../../src/shared/menuKeys';

describe('validateAccelerator: accepted shortcuts, in one spelling', () => {
  it.each([
    ['CommandOrControl+Alt+P', 'CommandOrControl+Alt+P'],
    ['cmdorctrl+alt+p', 'CommandOrControl+Alt+P'],
    ['Alt+CmdOrCtrl+P', 'CommandOrControl+Alt+P'],
    ['Ctrl+Alt+P', 'Control+Alt+P'],
    ['ctrl+option+p', 'Control+Alt+P'],
    ['Shift+Cmd+L', 'Command+Shift+L'],
    ['Meta+Shift+L', 'Super+Shift+L'],
    ['super+alt+l', 'Super+Alt+L'],
    ['AltGr+Q', 'AltGr+Q'],
    [
      'Shift+Alt+AltGr+Super+Control+Command+CommandOrControl+X',
      'CommandOrControl+Command+Control+Super+Alt+AltGr+Shift+X',
    ],
    [' Ctrl + Alt + P ', 'Control+Alt+P'],
    ['Ctrl+Ctrl+Control+Alt+P', 'Control+Alt+P'],
    ['Ctrl+Alt+P+p', 'Control+Alt+P'],
    ['Ctrl+Alt+7', 'Control+Alt+7'],
    ['Ctrl+Alt+f12', 'Control+Alt+F12'],
    ['Ctrl+Alt+F24', 'Control+Alt+F24'],
    ['Ctrl+Alt+plus', 'Control+Alt+Plus'],
    ['Ctrl+Alt++', 'Control+Alt+Plus'],
    ['Ctrl+Alt+space', 'Control+Alt+Space'],
    ['Ctrl+Alt+enter', 'Control+Alt+Return'],
    ['Ctrl+Alt+Return', 'Control+Alt+Return'],
    ['Ctrl+Alt+esc', 'Control+Alt+Escape'],
    ['Ctrl+Alt+pageup', 'Control+Alt+PageUp'],
    ['Ctrl+Alt+capslock', 'Control+Alt+Capslock'],
    ['Ctrl+Alt+PrintScreen', 'Control+Alt+PrintScreen'],
    ['Ctrl+Alt+mediaplaypause', 'Control+Alt+MediaPlayPause'],
    ['Ctrl+Alt+VOLUMEUP', 'Control+Alt+VolumeUp'],
    ['Ctrl+Alt+Num5', 'Control+Alt+num5'],
    ['Ctrl+Alt+NumAdd', 'Control+Alt+numadd'],
    ['Ctrl+Alt+numdiv', 'Control+Alt+numdiv'],
    ['Ctrl+Alt+Up', 'Control+Alt+Up'],
    ['Ctrl+Shift+!', 'Control+Shift+!'],
    ['Ctrl+Alt+/', 'Control+Alt+/'],
    ['Ctrl+Alt+\\', 'Control+Alt+\\'],
    ['Ctrl+Alt+"', 'Control+Alt+"'],
    ['Ctrl+Alt+`', 'Control+Alt+`'],
    ['Ctrl+!', 'Control+!'],
  ])('%s → %s', (typed, expected) => {
    expect(validateAccelerator(typed)).toEqual({ ok: true, accelerator: expected });
  });

  it('accepts every punctuation key Electron names', () => {
    for (const key of `)!@#$%^&*(:;'=<,_->.?/~\`{][|\\}"`) {
      expect(validateAccelerator(`Alt+${key}`)).toEqual({ ok: true, accelerator: `Alt+${key}` });
    }
  });

  it('keeps the default quick-log shortcut exactly as it is', () => {
    expect(validateAccelerator(DEFAULT_QUICK_LOG_SHORTCUT)).toEqual({
      ok: true,
      accelerator: DEFAULT_QUICK_LOG_SHORTCUT,
    });
  });

  it('gives back the same text when given its own answer', () => {
    for (const typed of ['ctrl+option+p', 'Shift+Meta+F5', 'Ctrl+Alt++', 'esc+cmd+shift']) {
      const first = validateAccelerator(typed);
      if (!first.ok) throw new Error(first.message);
      expect(validateAccelerator(first.accelerator)).toEqual(first);
    }
  });
});

describe('validateAccelerator: refused shortcuts, said in the person’s words', () => {
  const TYPING = 'Add Ctrl, Alt or Cmd, so the shortcut doesn’t get in the way of typing.';
  const ONE_KEY = 'Choose one key besides the modifier keys.';

  it.each([
    ['P', TYPING],
    ['Shift+P', TYPING],
    ['F5', TYPING],
    ['Shift+Space', TYPING],
    ['Ctrl+Alt', ONE_KEY],
    ['Ctrl+', ONE_KEY],
    ['Shift+Alt', ONE_KEY],
    ['Ctrl+Alt+Foo', '“Foo” isn’t a key the shortcut can use.'],
    ['Hyper+P', '“Hyper” isn’t a key the shortcut can use.'],
    ['Ctrl+Alt+F25', '“F25” isn’t a key the shortcut can use.'],
    ['Ctrl+Alt+é', '“é” isn’t a key the shortcut can use.'],
    ['Ctrl+Alt+num10', '“num10” isn’t a key the shortcut can use.'],
    ['Ctrl+A+B', 'Choose one key besides the modifier keys, not both “A” and “B”.'],
    ['', 'Choose a shortcut, for example Ctrl+Alt+P.'],
    ['   ', 'Choose a shortcut, for example Ctrl+Alt+P.'],
  ])('%j: %s', (typed, message) => {
    expect(validateAccelerator(typed)).toEqual({ ok: false, message });
  });

  it('names an unknown key before complaining about the modifiers', () => {
    expect(validateAccelerator('Foo')).toEqual({
      ok: false,
      message: '“Foo” isn’t a key the shortcut can use.',
    });
  });

  it('shortens a long unknown name in the message', () => {
    const result = validateAccelerator(`Ctrl+${'x'.repeat(60)}`);
    expect(result).toEqual({ ok: false, message: `“${'x'.repeat(24)}…” isn’t a key the shortcut can use.` });
  });

  it('refuses text far longer than any shortcut without echoing it all', () => {
    const result = validateAccelerator('Ctrl+'.repeat(1000) + 'P');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(80);
  });
});

describe('validateAccelerator: keys other apps and the system rely on', () => {
  const APP_KEYS =
    'Ctrl or Cmd with one key is what the app in front uses (Ctrl+C copies, for example). Add Alt or Shift as well.';
  const SYSTEM_ALT =
    'Your system uses that one for its windows. Choose a letter, number or function key instead.';
  const SUPER =
    'Your system keeps shortcuts with the Windows or Super key for itself. Add Ctrl or Alt instead.';
  it.each([
    ['Ctrl+C', APP_KEYS],
    ['CmdOrCtrl+S', APP_KEYS],
    ['Cmd+Q', APP_KEYS],
    ['Ctrl+Cmd+F', APP_KEYS],
    ['Ctrl+F5', APP_KEYS],
    ['Alt+F4', SYSTEM_ALT],
    ['Alt+Tab', SYSTEM_ALT],
    ['Alt+Space', SYSTEM_ALT],
    ['Super+L', SUPER],
  ])('%s is refused', (typed, message) => {
    expect(validateAccelerator(typed)).toEqual({ ok: false, message });
  });

  it.each(['Ctrl+Shift+C', 'Ctrl+Alt+S', 'Alt+F5', 'Alt+Shift+Tab', 'Super+Alt+L', 'Ctrl+!'])(
    '%s is allowed',
    (typed) => {
      expect(validateAccelerator(typed).ok).toBe(true);
    },
  );

  it('never lets the global shortcut take one of the journal’s own menu keys', () => {
    for (const key of Object.values(MENU_KEYS)) expect(validateAccelerator(key).ok).toBe(false);
  });
});

describe('isSameShortcut', () => {
  it.each([
    ['CommandOrControl+Alt+P', 'Control+Alt+P', false, true],
    ['CommandOrControl+Alt+P', 'Control+Alt+P', true, false],
    ['CommandOrControl+Alt+P', 'Command+Alt+P', true, true],
    ['CommandOrControl+Alt+P', 'Super+Alt+P', true, true],
    ['Command+Shift+P', 'Super+Shift+P', false, true],
    ['Ctrl+Shift+1', 'Ctrl+!', false, true],
    ['Ctrl+Shift+=', 'Ctrl+Plus', false, true],
    ['Ctrl+Alt+P', 'ctrl+option+p', false, true],
    ['Ctrl+Alt+P', 'Ctrl+Alt+O', false, false],
    ['Ctrl+Alt+P', 'Ctrl+Alt+Shift+P', false, false],
    ['Ctrl+Alt+P', 'Shift+P', false, false],
    ['P', 'P', false, false],
  ])('%s and %s (Mac: %s) → %s', (first, second, isMac, expected) => {
    expect(isSameShortcut(first, second, isMac)).toBe(expected);
  });
});

function press(code: string, key: string, held: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  return { code, key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...held };
}

describe('acceleratorFromKeyEvent', () => {
  it.each([
    ['Ctrl', press('ControlLeft', 'Control', { ctrlKey: true })],
    ['Shift', press('ShiftRight', 'Shift', { shiftKey: true })],
    ['Alt', press('AltLeft', 'Alt', { altKey: true })],
    ['AltGr', press('AltRight', 'AltGraph', { ctrlKey: true, altKey: true })],
    ['Meta', press('MetaLeft', 'Meta', { metaKey: true })],
    ['a key Electron cannot name', press('IntlRo', 'Unidentified', { ctrlKey: true })],
  ])('waits while only %s is held', (_name, event) => {
    expect(acceleratorFromKeyEvent(event, false)).toBeNull();
    expect(acceleratorFromKeyEvent(event, true)).toBeNull();
  });

  it.each([
    [press('KeyP', 'p', { ctrlKey: true, altKey: true }), 'CommandOrControl+Alt+P'],
    [press('KeyP', 'P', { ctrlKey: true, shiftKey: true }), 'CommandOrControl+Shift+P'],
    [press('KeyL', 'l', { metaKey: true }), 'Super+L'],
    [press('Digit1', '!', { ctrlKey: true, shiftKey: true }), 'CommandOrControl+Shift+1'],
    [press('F5', 'F5', { altKey: true }), 'Alt+F5'],
    [press('ArrowUp', 'ArrowUp', { ctrlKey: true }), 'CommandOrControl+Up'],
    [press('Space', ' ', { ctrlKey: true }), 'CommandOrControl+Space'],
    [press('Minus', '_', { ctrlKey: true, shiftKey: true }), 'CommandOrControl+Shift+-'],
    [press('Enter', 'Enter', { ctrlKey: true }), 'CommandOrControl+Return'],
    [press('NumpadEnter', 'Enter', { ctrlKey: true }), 'CommandOrControl+Return'],
    [press('Escape', 'Escape', { altKey: true }), 'Alt+Escape'],
    [press('Numpad7', '7', { ctrlKey: true }), 'CommandOrControl+num7'],
    [press('NumpadAdd', '+', { ctrlKey: true }), 'CommandOrControl+numadd'],
    [press('Backslash', '\\', { ctrlKey: true }), 'CommandOrControl+\\'],
    [press('Quote', "'", { ctrlKey: true }), "CommandOrControl+'"],
    [press('AudioVolumeUp', 'AudioVolumeUp', { ctrlKey: true }), 'CommandOrControl+VolumeUp'],
    [press('MediaTrackNext', 'MediaTrackNext', { ctrlKey: true }), 'CommandOrControl+MediaNextTrack'],
    // A German keyboard: the key labelled Z sits where code says KeyY, and Windows registers it as Z.
    [press('KeyY', 'z', { ctrlKey: true, altKey: true }), 'CommandOrControl+Alt+Z'],
    // AltGr+Q types '@' on a German keyboard: the physical key is still Q.
    [press('KeyQ', '@', { ctrlKey: true, altKey: true }), 'CommandOrControl+Alt+Q'],
    // No code from some virtual keyboards: the typed character is enough.
    [press('', 'k', { ctrlKey: true }), 'CommandOrControl+K'],
    [press('KeyP', 'p'), 'P'],
  ])('on Windows and Linux: %j → %s', (event, expected) => {
    expect(acceleratorFromKeyEvent(event, false)).toBe(expected);
  });

  it.each([
    [press('KeyP', 'π', { metaKey: true, altKey: true }), 'CommandOrControl+Alt+P'],
    [press('KeyP', 'p', { ctrlKey: true }), 'Control+P'],
    [press('KeyP', 'p', { ctrlKey: true, metaKey: true }), 'CommandOrControl+Control+P'],
    [press('KeyP', '∏', { metaKey: true, altKey: true, shiftKey: true }), 'CommandOrControl+Alt+Shift+P'],
    // A Mac registers shortcuts by the physical key, so a German layout's Z key stays KeyY → Y.
    [press('KeyY', 'z', { metaKey: true, altKey: true }), 'CommandOrControl+Alt+Y'],
    [press('Digit2', '™', { metaKey: true, altKey: true }), 'CommandOrControl+Alt+2'],
  ])('on a Mac: %j → %s', (event, expected) => {
    expect(acceleratorFromKeyEvent(event, true)).toBe(expected);
  });

  it('gives text validateAccelerator accepts unchanged', () => {
    const accelerator = acceleratorFromKeyEvent(
      press('Slash', '?', { altKey: true, shiftKey: true, ctrlKey: true }),
      false,
    );
    expect(accelerator).toBe('CommandOrControl+Alt+Shift+/');
    expect(validateAccelerator(accelerator ?? '')).toEqual({ ok: true, accelerator });
  });
});

describe('acceleratorLabel', () => {
  it.each([
    ['CommandOrControl+Alt+P', 'Ctrl+Alt+P', 'Cmd+Option+P'],
    ['cmdorctrl+shift+p', 'Ctrl+Shift+P', 'Cmd+Shift+P'],
    ['Control+Alt+P', 'Ctrl+Alt+P', 'Ctrl+Option+P'],
    ['Command+L', 'Super+L', 'Cmd+L'],
    ['Super+L', 'Super+L', 'Cmd+L'],
    ['Meta+L', 'Super+L', 'Cmd+L'],
    ['AltGr+Q', 'AltGr+Q', 'AltGr+Q'],
    ['Ctrl+Alt+Return', 'Ctrl+Alt+Enter', 'Ctrl+Option+Return'],
    ['Ctrl+Alt+Esc', 'Ctrl+Alt+Esc', 'Ctrl+Option+Esc'],
    ['Ctrl+Alt+Plus', 'Ctrl+Alt+Plus', 'Ctrl+Option+Plus'],
    ['Ctrl+Alt+num5', 'Ctrl+Alt+Num 5', 'Ctrl+Option+Num 5'],
    ['Ctrl+Alt+numadd', 'Ctrl+Alt+Num +', 'Ctrl+Option+Num +'],
    ['Ctrl+Alt+PageDown', 'Ctrl+Alt+Page Down', 'Ctrl+Option+Page Down'],
    ['Ctrl+Alt+MediaPlayPause', 'Ctrl+Alt+Play/Pause', 'Ctrl+Option+Play/Pause'],
    ['Ctrl+Alt+F5', 'Ctrl+Alt+F5', 'Ctrl+Option+F5'],
    ['Alt+ctrl+p', 'Ctrl+Alt+P', 'Ctrl+Option+P'],
  ])('%s → %s, or %s on a Mac', (accelerator, other, mac) => {
    expect(acceleratorLabel(accelerator, false)).toBe(other);
    expect(acceleratorLabel(accelerator, true)).toBe(mac);
  });

  it('still labels the parts it knows of a shortcut it would refuse', () => {
    expect(acceleratorLabel('Shift+p', false)).toBe('Shift+P');
    expect(acceleratorLabel('CmdOrCtrl+Foo', true)).toBe('Cmd+Foo');
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { FORM_KEYS, formKey, formKeyFromEvent } from '@shared/formKeys';
import { MENU_KEYS } from '@shared/menuKeys';
import { QUICK_STARTS } from '@shared/quickStart';
import { applicationMenuTemplate } from '../../../src/main/menu';

const press = (
  key: string,
  code: string,
  modifiers: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean } = {},
) => ({
  key,
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

/** The letters Alt opens the top-level menus with on Windows and Linux (the letter after '&'). */
function menuMnemonics(platform: NodeJS.Platform): string[] {
  const menu: MenuItemConstructorOptions[] = applicationMenuTemplate({
    platform,
    appName: 'Upper Back Journal',
    isPackaged: false,
    run: () => undefined,
    openQuickLog: () => undefined,
  });
  return menu.flatMap((item) => {
    const match = /&(\w)/.exec(item.label ?? '');
    return match?.[1] ? [match[1].toUpperCase()] : [];
  });
}

describe('the episode forms’ keys', () => {
  it('are Alt with a letter, each letter used once', () => {
    const letters = FORM_KEYS.map((key) => /^Alt\+([A-Z])$/.exec(key.accelerator)?.[1]);
    expect(letters.every((letter) => letter !== undefined)).toBe(true);
    expect(new Set(letters).size).toBe(FORM_KEYS.length);
  });

  it('leave the menu bar’s Alt letters to the menu on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const mnemonics = menuMnemonics(platform);
      expect(mnemonics).toEqual(expect.arrayContaining(['F', 'E', 'V', 'W', 'H']));
      for (const key of FORM_KEYS) expect(mnemonics).not.toContain(key.accelerator.slice('Alt+'.length));
    }
  });

  it('are none of the menu’s own shortcuts', () => {
    const menuKeys: string[] = Object.values(MENU_KEYS);
    for (const key of FORM_KEYS) expect(menuKeys).not.toContain(key.accelerator);
  });

  it('read Alt+B as the body figure, on any layout and on a Mac where Option+B types ∫', () => {
    expect(formKeyFromEvent(press('b', 'KeyB', { altKey: true }), false)).toBe('where');
    expect(formKeyFromEvent(press('∫', 'KeyB', { altKey: true }), true)).toBe('where');
    expect(formKeyFromEvent(press('t', 'KeyT', { altKey: true }), false)).toBe('tried');
    expect(formKeyFromEvent(press('d', 'KeyD', { altKey: true }), false)).toBe('more-details');
  });

  it('leave plain letters (the quick log’s start letters) and other chords alone', () => {
    for (const choice of QUICK_STARTS) {
      const letter = choice.key.toLowerCase();
      expect(formKeyFromEvent(press(letter, `Key${letter.toUpperCase()}`), false)).toBeNull();
    }
    expect(formKeyFromEvent(press('B', 'KeyB', { altKey: true, shiftKey: true }), false)).toBeNull();
    // AltGr on Windows arrives as Ctrl+Alt: it types characters, so it is not a form key.
    expect(formKeyFromEvent(press('b', 'KeyB', { altKey: true, ctrlKey: true }), false)).toBeNull();
    expect(formKeyFromEvent(press('q', 'KeyQ', { altKey: true }), false)).toBeNull();
  });

  it('look up by what they do', () => {
    expect(formKey('going-on').accelerator).toBe('Alt+G');
  });
});

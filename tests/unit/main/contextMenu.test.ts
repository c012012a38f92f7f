import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ContextMenuParamsLike, ContextMenuWebContents } from '../../../src/main/contextMenu';
import { attachContextMenu, contextMenuTemplate } from '../../../src/main/contextMenu';

const ALL_FLAGS = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (overrides: Partial<ContextMenuParamsLike> = {}): ContextMenuParamsLike => ({
  isEditable: false,
  selectionText: '',
  editFlags: ALL_FLAGS,
  misspelledWord: '',
  dictionarySuggestions: [],
  ...overrides,
});

const noSpelling = {
  isSpellingOn: false,
  spelling: { replaceMisspelling: () => undefined, addToDictionary: () => undefined },
};

/** The template without click functions, so it can be compared as plain values. */
const shape = (template: MenuItemConstructorOptions[]) => template.map(({ click: _click, ...item }) => item);

describe('contextMenuTemplate', () => {
  it('offers Cut, Copy, Paste and Select all in a text field, each as the page allows', () => {
    const template = contextMenuTemplate(
      params({
        isEditable: true,
        editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
      }),
      noSpelling,
    );
    expect(template).toEqual([
      { role: 'cut', enabled: false },
      { role: 'copy', enabled: false },
      { role: 'paste', enabled: true },
      { type: 'separator' },
      { role: 'selectAll', enabled: true },
    ]);
  });

  it('offers only Copy on selected text outside a field', () => {
    expect(contextMenuTemplate(params({ selectionText: 'Sharp pain' }), noSpelling)).toEqual([
      { role: 'copy', enabled: true },
    ]);
  });

  it('offers no menu where there is nothing to edit or copy', () => {
    expect(contextMenuTemplate(params(), noSpelling)).toEqual([]);
    expect(contextMenuTemplate(params({ selectionText: '  ' }), noSpelling)).toEqual([]);
  });

  it('puts spelling suggestions and Add to dictionary first where spelling is on (macOS)', () => {
    const replaced: string[] = [];
    const added: string[] = [];
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'shouldr', dictionarySuggestions: ['shoulder', 'should'] }),
      {
        isSpellingOn: true,
        spelling: { replaceMisspelling: (w) => replaced.push(w), addToDictionary: (w) => added.push(w) },
      },
    );
    expect(shape(template)).toEqual([
      { label: 'shoulder' },
      { label: 'should' },
      { label: 'Add to dictionary' },
      { type: 'separator' },
      { role: 'cut', enabled: true },
      { role: 'copy', enabled: true },
      { role: 'paste', enabled: true },
      { type: 'separator' },
      { role: 'selectAll', enabled: true },
    ]);
    template[0]?.click?.({} as never, undefined, {} as never);
    template[2]?.click?.({} as never, undefined, {} as never);
    expect(replaced).toEqual(['shoulder']);
    expect(added).toEqual(['shouldr']);
  });

  it('says when there are no suggestions, and keeps the list short', () => {
    const spellingOn = { ...noSpelling, isSpellingOn: true };
    const none = contextMenuTemplate(params({ isEditable: true, misspelledWord: 'xqzt' }), spellingOn);
    expect(shape(none).slice(0, 2)).toEqual([
      { label: 'No spelling suggestions', enabled: false },
      { label: 'Add to dictionary' },
    ]);
    const many = contextMenuTemplate(
      params({
        isEditable: true,
        misspelledWord: 'a',
        dictionarySuggestions: ['b', 'c', 'd', 'e', 'f', 'g', 'h'],
      }),
      spellingOn,
    );
    expect(many.filter((item) => item.label !== undefined)).toHaveLength(6);
  });

  it('offers no spelling items where spelling is off (Windows and Linux)', () => {
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'shouldr', dictionarySuggestions: ['shoulder'] }),
      noSpelling,
    );
    expect(template.map((item) => item.role ?? item.type)).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });
});

class FakeContents extends EventEmitter implements ContextMenuWebContents {
  replaced: string[] = [];
  added: string[] = [];
  session = {
    addWordToSpellCheckerDictionary: (word: string) => {
      this.added.push(word);
      return true;
    },
  };
  replaceMisspelling(word: string): void {
    this.replaced.push(word);
  }
}

function fakeMenu() {
  const shown: { template: MenuItemConstructorOptions[]; window: unknown }[] = [];
  return {
    shown,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({
        popup: (options?: { window?: string }) => shown.push({ template, window: options?.window }),
      }),
    },
  };
}

describe('attachContextMenu', () => {
  it('asks only for what Electron’s WebContents has (checked by tsc)', () => {
    expectTypeOf<WebContents>().toExtend<ContextMenuWebContents>();
  });

  it('shows the menu over its own window on a right-click in a text field', () => {
    const contents = new FakeContents();
    const { Menu, shown } = fakeMenu();
    attachContextMenu(contents, { Menu, window: 'journal window', isSpellingOn: false });
    contents.emit('context-menu', {}, params({ isEditable: true }));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.window).toBe('journal window');
    expect(shown[0]?.template.map((item) => item.role ?? item.type)).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });

  it('shows nothing on a right-click over plain page', () => {
    const contents = new FakeContents();
    const { Menu, shown } = fakeMenu();
    attachContextMenu(contents, { Menu, window: 'w', isSpellingOn: true });
    contents.emit('context-menu', {}, params());
    expect(shown).toEqual([]);
  });

  it('replaces the word in the page and adds words to the session’s dictionary', () => {
    const contents = new FakeContents();
    const { Menu, shown } = fakeMenu();
    attachContextMenu(contents, { Menu, window: 'w', isSpellingOn: true });
    contents.emit(
      'context-menu',
      {},
      params({ isEditable: true, misspelledWord: 'shouldr', dictionarySuggestions: ['shoulder'] }),
    );
    const [suggestion, addToDictionary] = shown[0]?.template ?? [];
    suggestion?.click?.({} as never, undefined, {} as never);
    addToDictionary?.click?.({} as never, undefined, {} as never);
    expect(contents.replaced).toEqual(['shoulder']);
    expect(contents.added).toEqual(['shouldr']);
  });
});

import type { MenuItemConstructorOptions } from 'electron';

// Built from Electron's own menu roles rather than the electron-context-menu package: that package imports
// electron itself, so it cannot be handed fakes and tested here, and it would bring electron-dl and other
// dependencies into the installer for four menu items.

/** The parts of Electron's ContextMenuParams used here. */
export interface ContextMenuParamsLike {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
  /** The word under the pointer when the spell checker marked it, else ''. */
  misspelledWord: string;
  dictionarySuggestions: string[];
}

/** What the spelling items do: replace the word in the page, or teach the dictionary the word. */
export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

export interface ContextMenuOptions {
  /** True where spelling is checked (spelling.ts), so suggestions and "Add to dictionary" make sense. */
  isSpellingOn: boolean;
  spelling: SpellingActions;
}

/** At most this many suggestions: more make a long menu that hides the editing items. */
const MAX_SUGGESTIONS = 5;

function spellingItems(
  params: ContextMenuParamsLike,
  options: ContextMenuOptions,
): MenuItemConstructorOptions[] {
  const word = params.misspelledWord;
  if (!options.isSpellingOn || !params.isEditable || word === '') return [];
  const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
  return [
    ...(suggestions.length === 0
      ? [{ label: 'No spelling suggestions', enabled: false }]
      : suggestions.map((suggestion) => ({
          label: suggestion,
          click: () => options.spelling.replaceMisspelling(suggestion),
        }))),
    { label: 'Add to dictionary', click: () => options.spelling.addToDictionary(word) },
    { type: 'separator' },
  ];
}

/**
 * The right-click menu for what is under the pointer: in a text field, spelling suggestions (where spelling
 * is on), Cut, Copy, Paste and Select all; on selected text elsewhere, Copy; anywhere else, no menu (an
 * empty list). The roles do the work in the focused page, and are enabled only when the page says they can.
 */
export function contextMenuTemplate(
  params: ContextMenuParamsLike,
  options: ContextMenuOptions,
): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      ...spellingItems(params, options),
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', enabled: flags.canCopy }];
  return [];
}

/** The parts of a WebContents the menu needs. */
export interface ContextMenuWebContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParamsLike) => void): unknown;
  replaceMisspelling(word: string): void;
  session: { addWordToSpellCheckerDictionary(word: string): boolean };
}

/** Electron's Menu class and the menu it builds, for showing the menu at the pointer. */
export interface PopupMenuBuilder<W> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): { popup(options?: { window?: W }): void };
}

/** Shows the right-click menu on every right-click in the window's page. */
export function attachContextMenu<W>(
  contents: ContextMenuWebContents,
  deps: { Menu: PopupMenuBuilder<W>; window: W; isSpellingOn: boolean },
): void {
  const spelling: SpellingActions = {
    replaceMisspelling: (word) => contents.replaceMisspelling(word),
    addToDictionary: (word) => {
      contents.session.addWordToSpellCheckerDictionary(word);
    },
  };
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, { isSpellingOn: deps.isSpellingOn, spelling });
    if (template.length === 0) return;
    deps.Menu.buildFromTemplate(template).popup({ window: deps.window });
  });
}

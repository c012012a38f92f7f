import type { SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { SaveFileResult } from '@shared/api';
import type { AtomicWriteFs } from './atomicFile';
import { contentByteLength, MAX_FILE_BYTES, writeFileAtomically } from './atomicFile';

/** The kinds of file the app exports, by extension, with the name the save dialog's filter shows. */
export const SAVE_FILE_TYPES: Readonly<Record<string, string>> = {
  json: 'JSON',
  csv: 'CSV (spreadsheet)',
  html: 'Web page',
  txt: 'Text',
  md: 'Markdown',
  pdf: 'PDF document',
};

export const MAX_FILE_NAME_LENGTH = 200;

// Letters and digits in any script, then spaces and a few punctuation marks that are safe on every system.
const SAFE_FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.,()-]*$/u;
// Names Windows keeps for devices, with or without an extension.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * The extension of a suggested name when it is a plain, safe file name the app may propose, else null: no
 * folders, no '..', nothing hidden, no device names, at most 200 characters, and one of the export types.
 */
export function suggestedFileExtension(name: string): string | null {
  if (name.length > MAX_FILE_NAME_LENGTH || !SAFE_FILE_NAME.test(name)) return null;
  if (name.includes('..') || name.endsWith(' ') || WINDOWS_DEVICE_NAME.test(name)) return null;
  const dot = name.lastIndexOf('.');
  if (dot < 1) return null;
  const extension = name.slice(dot + 1).toLowerCase();
  return Object.hasOwn(SAVE_FILE_TYPES, extension) ? extension : null;
}

export interface SaveDialogResultLike {
  canceled: boolean;
  /** Electron gives '' when the dialog was cancelled; older versions left it undefined. */
  filePath?: string;
}

/** Electron's dialog: attached to a window as a sheet when there is one, free-standing otherwise. */
export interface SaveDialogLike<W> {
  // Two overloads, as Electron declares them, so tsc checks the real dialog against each.
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogResultLike>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogResultLike>;
}

export interface SaveFileDeps<W> {
  dialog: SaveDialogLike<W>;
  /** The window the dialog belongs to; undefined when it has gone. */
  window: W | undefined;
  fs: AtomicWriteFs;
  /** Where the dialog opens (the person's Documents folder). */
  defaultFolder: string;
  maxBytes?: number;
}

export function saveDialogOptions(defaultFolder: string, name: string, extension: string): SaveDialogOptions {
  return {
    title: 'Save a copy',
    defaultPath: join(defaultFolder, name),
    filters: [
      { name: SAVE_FILE_TYPES[extension] ?? extension.toUpperCase(), extensions: [extension] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Asks the person where to save an exported file, proposing the suggested name in the default folder, and
 * writes it there atomically. The name and the size are checked before any dialog shows, so a page cannot
 * use this to propose a path or an executable; where the file goes is the person's choice alone.
 */
export async function saveFileWithDialog<W>(
  deps: SaveFileDeps<W>,
  suggestedName: string,
  content: string | Uint8Array,
): Promise<SaveFileResult> {
  const extension = suggestedFileExtension(suggestedName);
  if (extension === null) throw new Error('Refused: the suggested file name is not a plain, safe file name');
  if (contentByteLength(content) > (deps.maxBytes ?? MAX_FILE_BYTES)) {
    throw new Error('Refused: the file is too large to save');
  }
  const options = saveDialogOptions(deps.defaultFolder, suggestedName, extension);
  const choice =
    deps.window === undefined
      ? await deps.dialog.showSaveDialog(options)
      : await deps.dialog.showSaveDialog(deps.window, options);
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
  await writeFileAtomically(deps.fs, choice.filePath, content);
  return { saved: true, location: choice.filePath };
}

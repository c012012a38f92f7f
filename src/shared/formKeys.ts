/**
 * The episode forms' own keys: Alt with a letter jumps to a part of the form (Option with it on a Mac), so
 * a full entry needs no long runs of Tab. In one place so the forms, the hints shown on their controls and
 * the Help screen's key table agree.
 *
 * The letters stay clear of the desktop menu's mnemonics (Alt+F File, E Edit, V View, W Window, H Help on
 * Windows and Linux, tested against the menu itself), of the quick log's start letters (those have no
 * modifier), and of Chromium's own Alt keys, which are all arrows, Home or function keys.
 */
import { acceleratorFromKeyEvent, type ShortcutKeyEvent } from './accelerator';

export type FormKeyId = 'more-details' | 'where' | 'feels' | 'going-on' | 'tried';

export interface FormKey {
  id: FormKeyId;
  /** Electron accelerator syntax, which is also what aria-keyshortcuts expects ('Alt+B'). */
  accelerator: string;
  /** What the key does, for the Help screen. */
  what: string;
}

export const FORM_KEYS: readonly FormKey[] = [
  { id: 'more-details', accelerator: 'Alt+D', what: 'In Log pain: More details…, the full form' },
  { id: 'where', accelerator: 'Alt+B', what: 'In an episode form: go to “Where”, the body figure' },
  { id: 'feels', accelerator: 'Alt+K', what: 'In an episode form: go to “What it feels like”' },
  { id: 'going-on', accelerator: 'Alt+G', what: 'In an episode form: go to “What was going on”' },
  { id: 'tried', accelerator: 'Alt+T', what: 'In an episode form: go to “What you tried”' },
];

const BY_ID = new Map(FORM_KEYS.map((key) => [key.id, key]));

export function formKey(id: FormKeyId): FormKey {
  const key = BY_ID.get(id);
  if (key === undefined) throw new Error(`Unknown form key: ${id}`);
  return key;
}

/** The form key a key press stands for, or null. Alt+B and Option+B (which types '∫') are both B. */
export function formKeyFromEvent(event: ShortcutKeyEvent, isMac: boolean): FormKeyId | null {
  if (!event.altKey) return null;
  const pressed = acceleratorFromKeyEvent(event, isMac);
  return FORM_KEYS.find((key) => key.accelerator === pressed)?.id ?? null;
}

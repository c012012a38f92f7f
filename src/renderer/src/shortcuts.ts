/** The app's keyboard shortcuts, in one place so the help text and the handlers agree. */
export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

export const SHORTCUT_LABELS = {
  quickLog: `${mod}+Shift+L`,
  save: `${mod}+Enter`,
} as const;

type KeyInfo = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

function hasMod(event: KeyInfo): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

export function isQuickLogShortcut(event: KeyInfo): boolean {
  return hasMod(event) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l';
}

export function isSaveShortcut(event: KeyInfo): boolean {
  return hasMod(event) && event.key === 'Enter';
}

/** True when the key goes into a text field, so single-key shortcuts must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'range', 'button', 'submit'].includes(target.type);
  }
  return false;
}

/**
 * The global quick-log shortcut, in Electron's accelerator syntax ('CommandOrControl+Alt+P'). Pure, so the
 * settings screen (which records the keys pressed and shows them) and main (which registers them) agree on
 * what a shortcut is. Electron's own parser is case-insensitive, trims spaces and skips empty parts; this one
 * accepts the same text and writes it back in one spelling.
 */

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; message: string };

type Modifier = 'CommandOrControl' | 'Command' | 'Control' | 'Super' | 'Alt' | 'AltGr' | 'Shift';

/** The order modifiers are written in, so one shortcut always has one spelling. */
const MODIFIER_ORDER: readonly Modifier[] = [
  'CommandOrControl',
  'Command',
  'Control',
  'Super',
  'Alt',
  'AltGr',
  'Shift',
];

const MODIFIERS: ReadonlyMap<string, Modifier> = new Map([
  ['commandorcontrol', 'CommandOrControl'],
  ['cmdorctrl', 'CommandOrControl'],
  ['command', 'Command'],
  ['cmd', 'Command'],
  ['control', 'Control'],
  ['ctrl', 'Control'],
  ['super', 'Super'],
  ['meta', 'Super'],
  ['alt', 'Alt'],
  ['option', 'Alt'],
  ['altgr', 'AltGr'],
  ['shift', 'Shift'],
]);

/** Shift on its own still types capitals, so at least one of the others must be held. */
const TYPING_SAFE_MODIFIERS: ReadonlySet<Modifier> = new Set(MODIFIER_ORDER.filter((m) => m !== 'Shift'));

/** Shifted punctuation and the key it is typed on: Electron reads '!' as Shift+1 (on a US layout). */
const SHIFTED_PUNCTUATION: ReadonlyMap<string, string> = new Map([
  [')', '0'],
  ['!', '1'],
  ['@', '2'],
  ['#', '3'],
  ['$', '4'],
  ['%', '5'],
  ['^', '6'],
  ['&', '7'],
  ['*', '8'],
  ['(', '9'],
  [':', ';'],
  ['<', ','],
  ['_', '-'],
  ['>', '.'],
  ['?', '/'],
  ['~', '`'],
  ['{', '['],
  ['|', '\\'],
  ['}', ']'],
  ['"', "'"],
]);

/** Every punctuation key Electron understands. '+' is the separator, so that key is written 'Plus'. */
const PUNCTUATION = [...SHIFTED_PUNCTUATION.keys(), ';', '=', ',', '-', '.', '/', '`', '[', '\\', ']', "'"];

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];

const range = (count: number, from = 0): number[] => Array.from({ length: count }, (_, i) => i + from);

/** Every key name Electron accepts, lower-cased, to its one spelling here. */
const KEYS: ReadonlyMap<string, string> = new Map(
  [
    ...range(26).map((i) => String.fromCharCode(65 + i)),
    ...range(10).map(String),
    ...range(24, 1).map((n) => `F${n}`),
    ...range(10).map((n) => `num${n}`),
    ...PUNCTUATION,
    ...NAMED_KEYS,
  ]
    .map((key): [string, string] => [key.toLowerCase(), key])
    .concat([
      ['enter', 'Return'],
      ['esc', 'Escape'],
    ]),
);

/** Long enough for every modifier and the longest key name; longer text is not a shortcut. */
const MAX_ACCELERATOR_LENGTH = 120;

const quoted = (text: string): string => `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;

/** Electron's separator is '+', so the + key itself is written 'Plus'; 'Ctrl++' is read that way too. */
function splitParts(accelerator: string): string[] {
  const rawParts = accelerator.split('+');
  const parts: string[] = [];
  for (let i = 0; i < rawParts.length; i++) {
    const part = (rawParts[i] ?? '').trim();
    if (part === '' && i + 1 < rawParts.length && (rawParts[i + 1] ?? '').trim() === '') {
      parts.push('Plus');
      i++;
    } else if (part !== '') {
      parts.push(part);
    }
  }
  return parts;
}

function joinAccelerator(modifiers: Iterable<Modifier>, key: string): string {
  const held = new Set(modifiers);
  return [...MODIFIER_ORDER.filter((modifier) => held.has(modifier)), key].join('+');
}

/** Checks a shortcut the person chose and writes it in one spelling: 'ctrl+option+p' → 'Control+Alt+P'. */
export function validateAccelerator(accelerator: string): AcceleratorCheck {
  if (typeof accelerator !== 'string' || accelerator.trim() === '') {
    return { ok: false, message: 'Choose a shortcut, for example Ctrl+Alt+P.' };
  }
  if (accelerator.length > MAX_ACCELERATOR_LENGTH) {
    return { ok: false, message: `${quoted(accelerator)} isn’t a shortcut the app can use.` };
  }
  const modifiers = new Set<Modifier>();
  const keys: string[] = [];
  for (const part of splitParts(accelerator)) {
    const name = part.toLowerCase();
    const modifier = MODIFIERS.get(name);
    const key = KEYS.get(name);
    if (modifier !== undefined) modifiers.add(modifier);
    else if (key !== undefined) {
      if (!keys.includes(key)) keys.push(key);
    } else return { ok: false, message: `${quoted(part)} isn’t a key the shortcut can use.` };
  }
  const [key, otherKey] = keys;
  if (key === undefined) return { ok: false, message: 'Choose one key besides the modifier keys.' };
  if (otherKey !== undefined) {
    return {
      ok: false,
      message: `Choose one key besides the modifier keys, not both ${quoted(key)} and ${quoted(otherKey)}.`,
    };
  }
  if (![...modifiers].some((modifier) => TYPING_SAFE_MODIFIERS.has(modifier))) {
    return { ok: false, message: 'Add Ctrl, Alt or Cmd, so the shortcut doesn’t get in the way of typing.' };
  }
  const taken = takenByOthers(modifiers, key);
  if (taken !== null) return { ok: false, message: taken };
  return { ok: true, accelerator: joinAccelerator(modifiers, key) };
}

const CONTROL_KEYS: ReadonlySet<Modifier> = new Set(['CommandOrControl', 'Command', 'Control']);
/** Alt with these is the system's own on Windows and Linux: close window, switch window, window menu. */
const SYSTEM_ALT_KEYS: ReadonlySet<string> = new Set(['F4', 'Tab', 'Space', 'Escape']);

/**
 * A global shortcut works in every app, so it must not take keys that other apps or the system rely on:
 * Ctrl (or Cmd) with one key is every app's own (Ctrl+C copies, Ctrl+S saves, and the journal's menu uses
 * several); Alt+F4 or Alt+Tab belong to the system, as do the Windows key's shortcuts.
 */
function takenByOthers(modifiers: ReadonlySet<Modifier>, key: string): string | null {
  const held = [...modifiers];
  // '!' or '+' is typed with Shift, so Ctrl+! is really Ctrl+Shift+1.
  const isShifted = key === 'Plus' || SHIFTED_PUNCTUATION.has(key);
  if (!isShifted && held.every((modifier) => CONTROL_KEYS.has(modifier))) {
    return 'Ctrl or Cmd with one key is what the app in front uses (Ctrl+C copies, for example). Add Alt or Shift as well.';
  }
  if (held.length === 1 && held[0] === 'Alt' && SYSTEM_ALT_KEYS.has(key)) {
    return 'Your system uses that one for its windows. Choose a letter, number or function key instead.';
  }
  if (held.length === 1 && held[0] === 'Super') {
    return 'Your system keeps shortcuts with the Windows or Super key for itself. Add Ctrl or Alt instead.';
  }
  return null;
}

/**
 * Whether two valid shortcuts are the same keys to Electron on this computer: 'Control+Alt+P' and
 * 'CommandOrControl+Alt+P' are on Windows, 'Super' and 'Command' always are, '!' is Shift+1. Electron refuses
 * to register the same keys twice, so a new spelling of the current shortcut must not be registered again.
 */
export function isSameShortcut(first: string, second: string, isMac: boolean): boolean {
  const keysPressed = (accelerator: string): string | null => {
    const check = validateAccelerator(accelerator);
    if (!check.ok) return null;
    const held = new Set<string>();
    let key = '';
    for (const part of check.accelerator.split('+')) {
      if (MODIFIERS.has(part.toLowerCase())) {
        if (part === 'CommandOrControl') held.add(isMac ? 'Command' : 'Control');
        else held.add(part === 'Super' ? 'Command' : part);
        continue;
      }
      const unshifted = part === 'Plus' ? '=' : SHIFTED_PUNCTUATION.get(part);
      if (unshifted !== undefined) held.add('Shift');
      key = unshifted ?? part;
    }
    return [...[...held].sort(), key].join('+');
  };
  const firstKeys = keysPressed(first);
  return firstKeys !== null && firstKeys === keysPressed(second);
}

/** The keys a key press can stand for, by the physical key (KeyboardEvent.code). */
const CODE_KEYS: ReadonlyMap<string, string> = new Map([
  ...range(26).map((i): [string, string] => [
    `Key${String.fromCharCode(65 + i)}`,
    String.fromCharCode(65 + i),
  ]),
  ...range(10).map((n): [string, string] => [`Digit${n}`, String(n)]),
  ...range(10).map((n): [string, string] => [`Numpad${n}`, `num${n}`]),
  ...range(24, 1).map((n): [string, string] => [`F${n}`, `F${n}`]),
  ['NumpadDecimal', 'numdec'],
  ['NumpadAdd', 'numadd'],
  ['NumpadSubtract', 'numsub'],
  ['NumpadMultiply', 'nummult'],
  ['NumpadDivide', 'numdiv'],
  ['NumpadEnter', 'Return'],
  ['Enter', 'Return'],
  ['ArrowUp', 'Up'],
  ['ArrowDown', 'Down'],
  ['ArrowLeft', 'Left'],
  ['ArrowRight', 'Right'],
  ['Space', 'Space'],
  ['Tab', 'Tab'],
  ['CapsLock', 'Capslock'],
  ['NumLock', 'Numlock'],
  ['ScrollLock', 'Scrolllock'],
  ['Backspace', 'Backspace'],
  ['Delete', 'Delete'],
  ['Insert', 'Insert'],
  ['Home', 'Home'],
  ['End', 'End'],
  ['PageUp', 'PageUp'],
  ['PageDown', 'PageDown'],
  ['Escape', 'Escape'],
  ['PrintScreen', 'PrintScreen'],
  ['Minus', '-'],
  ['Equal', '='],
  ['BracketLeft', '['],
  ['BracketRight', ']'],
  ['Backslash', '\\'],
  ['Semicolon', ';'],
  ['Quote', "'"],
  ['Backquote', '`'],
  ['Comma', ','],
  ['Period', '.'],
  ['Slash', '/'],
  ['AudioVolumeUp', 'VolumeUp'],
  ['AudioVolumeDown', 'VolumeDown'],
  ['AudioVolumeMute', 'VolumeMute'],
  ['VolumeUp', 'VolumeUp'],
  ['VolumeDown', 'VolumeDown'],
  ['VolumeMute', 'VolumeMute'],
  ['MediaTrackNext', 'MediaNextTrack'],
  ['MediaTrackPrevious', 'MediaPreviousTrack'],
  ['MediaStop', 'MediaStop'],
  ['MediaPlayPause', 'MediaPlayPause'],
]);

/** Pressing only these is not a shortcut yet: the person is still choosing. */
const MODIFIER_KEY_NAMES = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'Fn',
]);

/**
 * The parts of a DOM KeyboardEvent read here (Pick<KeyboardEvent, 'key' | 'code' | …>), spelled out because
 * main, which shares this module, has no DOM types.
 */
export interface ShortcutKeyEvent {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The accelerator for a key press in a "press the keys you want" field, or null while only modifier keys
 * are held (or the key is one Electron cannot name). The key comes from the physical key, so Alt+P on a Mac
 * (which types 'π') is still P. Windows and Linux register shortcuts by the letter the layout puts on a key,
 * so there a plain letter comes from what the key types (Z on a German keyboard, where code says KeyY).
 */
export function acceleratorFromKeyEvent(event: ShortcutKeyEvent, isMac: boolean): string | null {
  if (MODIFIER_KEY_NAMES.has(event.key)) return null;
  const typedLetter = !isMac && /^[a-z]$/i.test(event.key) ? event.key.toUpperCase() : undefined;
  const key =
    typedLetter ??
    CODE_KEYS.get(event.code) ??
    (event.key.length === 1 ? KEYS.get(event.key.toLowerCase()) : undefined);
  if (key === undefined) return null;
  const modifiers: Modifier[] = [];
  if (event.ctrlKey) modifiers.push(isMac ? 'Control' : 'CommandOrControl');
  if (event.metaKey) modifiers.push(isMac ? 'CommandOrControl' : 'Super');
  if (event.altKey) modifiers.push('Alt');
  if (event.shiftKey) modifiers.push('Shift');
  return joinAccelerator(modifiers, key);
}

const MAC_LABELS: Readonly<Record<Modifier, string>> = {
  CommandOrControl: 'Cmd',
  Command: 'Cmd',
  Control: 'Ctrl',
  Super: 'Cmd',
  Alt: 'Option',
  AltGr: 'AltGr',
  Shift: 'Shift',
};

const OTHER_LABELS: Readonly<Record<Modifier, string>> = {
  CommandOrControl: 'Ctrl',
  Command: 'Super',
  Control: 'Ctrl',
  Super: 'Super',
  Alt: 'Alt',
  AltGr: 'AltGr',
  Shift: 'Shift',
};

const KEY_LABELS: ReadonlyMap<string, string> = new Map([
  ['Escape', 'Esc'],
  ['Capslock', 'Caps Lock'],
  ['Numlock', 'Num Lock'],
  ['Scrolllock', 'Scroll Lock'],
  ['PageUp', 'Page Up'],
  ['PageDown', 'Page Down'],
  ['PrintScreen', 'Print Screen'],
  ['VolumeUp', 'Volume Up'],
  ['VolumeDown', 'Volume Down'],
  ['VolumeMute', 'Mute'],
  ['MediaNextTrack', 'Next Track'],
  ['MediaPreviousTrack', 'Previous Track'],
  ['MediaStop', 'Stop'],
  ['MediaPlayPause', 'Play/Pause'],
  ['numdec', 'Num .'],
  ['numadd', 'Num +'],
  ['numsub', 'Num -'],
  ['nummult', 'Num *'],
  ['numdiv', 'Num /'],
  ...range(10).map((n): [string, string] => [`num${n}`, `Num ${n}`]),
]);

/** The shortcut as the person knows the keys: 'CommandOrControl+Alt+P' → 'Ctrl+Alt+P', or 'Cmd+Option+P'. */
export function acceleratorLabel(accelerator: string, isMac: boolean): string {
  const check = validateAccelerator(accelerator);
  const parts = check.ok ? check.accelerator.split('+') : splitParts(accelerator);
  const modifierLabels = isMac ? MAC_LABELS : OTHER_LABELS;
  return parts
    .map((part) => {
      const modifier = MODIFIERS.get(part.toLowerCase());
      if (modifier !== undefined) return modifierLabels[modifier];
      const key = KEYS.get(part.toLowerCase());
      if (key === undefined) return part;
      if (key === 'Return') return isMac ? 'Return' : 'Enter';
      return KEY_LABELS.get(key) ?? key;
    })
    .join('+');
}

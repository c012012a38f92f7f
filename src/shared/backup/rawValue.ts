/**
 * Finds the text of one member of a JSON document's top-level object, exactly as it is written in the
 * file (spaces, line breaks and escapes included).
 *
 * Why this exists: a backup's checksum covers the `tables` value as it appears in the file, so that a
 * program writing an indented file can hash what it wrote. JSON.parse gives no source positions, and
 * re-serialising the parsed value gives different text for an indented file, so the reader needs the
 * original characters. This is deliberately small: it is only called on text that JSON.parse has
 * already accepted, so it tracks just what it must to find where values end (strings with their
 * escapes, and nesting), and gives up with null on anything it doesn't expect rather than guess.
 */

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** JSON's whitespace: space, tab, line feed, carriage return (and nothing else). */
function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index just after the string that starts at `at` (which holds its opening quote), or -1. */
export function endOfString(text: string, at: number): number {
  if (text.charCodeAt(at) !== QUOTE) return -1;
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH)
      i++; // the escaped character (or the "u" of \uXXXX) can't end the string
    else if (code === QUOTE) return i + 1;
  }
  return -1;
}

/** The index just after the JSON value that starts at `at`, or -1 if none can be found. */
export function endOfValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return endOfString(text, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    // Objects and arrays: count nesting outside strings; brackets inside strings are only text.
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        const end = endOfString(text, i);
        if (end === -1) return -1;
        i = end - 1;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: it runs until a separator or space.
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isJsonSpace(code)) break;
    i++;
  }
  return i > at ? i : -1;
}

function decodedKey(quoted: string): string | null {
  try {
    const name: unknown = JSON.parse(quoted);
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/**
 * The text of the top-level object's member `key`, as written, or null if there is none (or the text is
 * not an object). Keys are compared after decoding their escapes, as JSON.parse does, and when a key is
 * repeated the last one counts, again as JSON.parse does, so the text found is always the value parsed.
 */
export function topLevelMemberText(text: string, key: string): string | null {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return null;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return null;
  let found: string | null = null;
  for (;;) {
    const keyEnd = endOfString(text, i);
    if (keyEnd === -1) return null;
    const name = decodedKey(text.slice(i, keyEnd));
    if (name === null) return null;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return null;
    const valueStart = skipSpace(text, i + 1);
    const valueEnd = endOfValue(text, valueStart);
    if (valueEnd === -1) return null;
    if (name === key) found = text.slice(valueStart, valueEnd);
    i = skipSpace(text, valueEnd);
    const separator = text.charCodeAt(i);
    if (separator === CLOSE_BRACE) return found;
    if (separator !== COMMA) return null;
    i = skipSpace(text, i + 1);
  }
}

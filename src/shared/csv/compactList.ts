/**
 * The compact encoding the journal's CSV uses to fit a list of records into one cell:
 *
 *   workout;type=rowing;effort=8|stress;level=7|other;note=lifting boxes
 *
 * Items are separated by `|`; in each item the first part is the kind, then `key=value` parts separated
 * by `;`. A value that is "not recorded" is left out; an empty value (`note=`) is an empty string. Inside
 * values, `\`, `;`, `=` and `|` are escaped with a backslash.
 */

export interface CompactItem {
  kind: string;
  /** In the order written. */
  fields: [key: string, value: string][];
}

const SPECIAL = /[\\;=|]/g;

export function escapeCompactValue(value: string): string {
  return value.replace(SPECIAL, (c) => `\\${c}`);
}

export function unescapeCompactValue(raw: string): string {
  return raw.replace(/\\([\s\S])/g, '$1');
}

/** Splits on a separator that is not escaped; the pieces keep their escapes. */
function splitUnescaped(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === separator) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Encodes items; fields whose value is null are left out. */
export function encodeCompactList(
  items: readonly { kind: string; fields: readonly (readonly [string, string | number | null])[] }[],
): string {
  return items
    .map(({ kind, fields }) =>
      [
        kind,
        ...fields.flatMap(([key, value]) =>
          value === null ? [] : [`${key}=${escapeCompactValue(String(value))}`],
        ),
      ].join(';'),
    )
    .join('|');
}

export type DecodeResult = { ok: true; items: CompactItem[] } | { ok: false; message: string };

/** Decodes a cell; an empty cell is an empty list. Messages name the item by its position (1-based). */
export function decodeCompactList(cell: string): DecodeResult {
  if (cell === '') return { ok: true, items: [] };
  const items: CompactItem[] = [];
  for (const [index, rawItem] of splitUnescaped(cell, '|').entries()) {
    const [rawKind = '', ...rawFields] = splitUnescaped(rawItem, ';');
    const kind = unescapeCompactValue(rawKind);
    if (kind === '') return { ok: false, message: `item ${index + 1} has no kind` };
    const fields: [string, string][] = [];
    for (const rawField of rawFields) {
      const equals = rawField.indexOf('=');
      const key = equals === -1 ? rawField : rawField.slice(0, equals);
      if (equals === -1 || /[\\;|]/.test(key)) {
        return { ok: false, message: `"${unescapeCompactValue(rawField)}" in ${kind} is not key=value` };
      }
      if (fields.some(([seen]) => seen === key)) {
        return { ok: false, message: `${kind} has "${key}" twice` };
      }
      fields.push([key, unescapeCompactValue(rawField.slice(equals + 1))]);
    }
    items.push({ kind, fields });
  }
  return { ok: true, items };
}

/**
 * Whether a file someone chose as a backup is a CSV instead, so Restore can point to the CSV import
 * rather than call it a broken backup. Told by content, not the name: not JSON, and a header row of at
 * least two named columns that the CSV reader accepts.
 */
import { parseCsv } from './parse';

export function looksLikeCsv(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '' || start.startsWith('{') || start.startsWith('[')) return false;
  try {
    const { headers } = parseCsv(text);
    const named = headers.filter((header) => header.trim() !== '');
    return headers.length >= 2 && named.length >= 2 && named.every((header) => header.length <= 200);
  } catch {
    return false;
  }
}

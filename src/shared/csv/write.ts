/**
 * Writes CSV text (RFC 4180, comma-separated, CRLF line ends) that spreadsheets open safely.
 *
 * Formula-injection guard: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some,
 * a tab or carriage return) as a formula. Their full-width forms `＝ ＋ － ＠` (U+FF1D, U+FF0B, U+FF0D,
 * U+FF20, typed with East Asian keyboards) count too: spreadsheets in those languages read them as the
 * ordinary signs. Such a cell is written with a leading apostrophe, which
 * spreadsheets show as plain text. So that the guard can be undone exactly, a cell that already starts
 * with one or more apostrophes followed by one of those characters gets one more apostrophe too:
 *
 *   `=SUM(A1)`  → `'=SUM(A1)`      `'=x` → `''=x`      `''-1` → `'''-1`      `'hello` → `'hello`
 *
 * unguardFormula removes exactly that one apostrophe, and only from cells that have the guarded shape
 * (one or more apostrophes, then one of those characters), so unguard(guard(x)) === x for every x.
 * parseCsv applies it by default. The price: a negative number such as `-5` reads as `'-5` in a
 * spreadsheet; the journal's own columns never hold negative numbers.
 */

/** A UTF-8 byte order mark. Prepend it to a saved file so that Excel reads the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const GUARDED_FORMULA = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Characters that make a cell need quotes. `;` and tab are included so delimiter detection stays right. */
const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/;

/** True when a cell would start a formula in a spreadsheet (after any apostrophes). */
export function needsFormulaGuard(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** Prefixes an apostrophe to a formula-like cell; other cells are returned unchanged. */
export function guardFormula(cell: string): string {
  return needsFormulaGuard(cell) ? `'${cell}` : cell;
}

/** Undoes guardFormula: removes the one apostrophe it added. */
export function unguardFormula(cell: string): string {
  return GUARDED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** Quotes a cell (doubling its quotes) when it holds a delimiter, quote, line break or edge spaces. */
export function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function formatRow(cells: readonly string[]): string {
  // A row of one empty cell would be a blank line, which readers skip: write it as "".
  if (cells.length === 1 && cells[0] === '') return '""';
  return cells.map((cell) => quoteCell(guardFormula(cell))).join(',');
}

/** The CSV text for a header row and data rows, each line ending with CRLF. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((cells) => `${formatRow(cells)}\r\n`).join('');
}

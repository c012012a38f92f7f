/**
 * Reads CSV text (RFC 4180) into a header row and data rows, all cells as strings.
 *
 * - Quoted cells may hold the delimiter, line breaks and doubled quotes ("").
 * - Line ends may be CRLF, LF or a lone CR. A leading UTF-8 byte order mark is dropped, and so are blank
 *   lines at the end. A blank line in the middle is kept as a row with one empty cell, so row numbers
 *   stay the ones a spreadsheet shows.
 * - A quote inside an unquoted cell (`5'10"`) is kept as text, as spreadsheets do; text after the closing
 *   quote of a quoted cell is an error.
 * - The delimiter (comma, semicolon or tab) is detected from the header line unless given.
 * - Cells written with the formula-injection guard of ./write (a leading apostrophe) get that apostrophe
 *   removed, so `parseCsv(toCsv(headers, rows))` gives back exactly what was written. Pass
 *   `formulaGuard: 'keep'` to see the cells as they are in the file.
 * - Malformed or oversized input throws a CsvError whose message can be shown to the person as it is.
 */
import { unguardFormula } from './write';

export type CsvDelimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
}

export interface ParseCsvOptions {
  /** Detected from the header line when not given. */
  delimiter?: CsvDelimiter;
  /** Longest cell accepted; defaults to CSV_LIMITS.maxCellChars. */
  maxCellChars?: number;
  /** 'strip' (the default) removes the apostrophe the writer adds in front of formula-like cells. */
  formulaGuard?: 'strip' | 'keep';
}

export const CSV_LIMITS = {
  /** 50 MB of text (counted in UTF-16 code units, as JavaScript strings are). */
  maxTextChars: 50 * 1024 * 1024,
  /** Data rows, not counting the header row. */
  maxRows: 200_000,
  maxCellChars: 10_000,
} as const;

export class CsvError extends Error {
  override readonly name = 'CsvError';
  /** The line of the file the problem is on, when there is one. */
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(message);
    this.line = line;
  }
}

const BOM = '\uFEFF';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Counts line breaks (CRLF, LF or a lone CR) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) count += 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count += 1;
  }
  return count;
}

/** The delimiter that occurs most often outside quotes on the first line; comma on a tie or none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const candidate of DELIMITERS) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

interface QuotedCell {
  value: string;
  /** Index just after the closing quote. */
  end: number;
  lineBreaks: number;
}

function readQuotedCell(text: string, start: number, line: number, maxCellChars: number): QuotedCell {
  let value = '';
  let lineBreaks = 0;
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new CsvError(`Line ${line} has an opening quote that is never closed.`, line);
    lineBreaks += countLineBreaks(text, from, quote);
    value += text.slice(from, quote);
    if (value.length > maxCellChars) throw cellTooLong(line, maxCellChars);
    if (text[quote + 1] !== '"') return { value, end: quote + 1, lineBreaks };
    value += '"';
    from = quote + 2;
  }
}

function cellTooLong(line: number, maxCellChars: number): CsvError {
  return new CsvError(
    `Line ${line} has a cell longer than ${formatCount(maxCellChars)} characters, which is more than this importer accepts.`,
    line,
  );
}

export function parseCsv(input: string, options: ParseCsvOptions = {}): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (text.length > CSV_LIMITS.maxTextChars) {
    throw new CsvError(
      'This file is larger than 50 MB, which is more than this importer accepts. Split it into smaller files.',
    );
  }
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const maxCellChars = options.maxCellChars ?? CSV_LIMITS.maxCellChars;
  const strip = options.formulaGuard !== 'keep';

  const records: string[][] = [];
  /** Whether each record is a blank line (one unquoted empty cell), so trailing ones can be dropped. */
  const blank: boolean[] = [];
  let record: string[] = [];
  let recordQuoted = false;
  let line = 1;
  let i = 0;

  const endRecord = (): void => {
    records.push(record);
    blank.push(!recordQuoted && record.length === 1 && record[0] === '');
    if (records.length > CSV_LIMITS.maxRows + 1) {
      throw new CsvError(
        `This file has more than ${formatCount(CSV_LIMITS.maxRows)} rows, which is more than this importer accepts. Split it into smaller files.`,
      );
    }
    record = [];
    recordQuoted = false;
  };

  while (i < text.length) {
    let value: string;
    if (text[i] === '"') {
      const cell = readQuotedCell(text, i, line, maxCellChars);
      const next = text[cell.end];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new CsvError(
          `Line ${line + cell.lineBreaks} has text after the closing quote of a quoted cell. Quotes inside a quoted cell must be doubled ("").`,
          line + cell.lineBreaks,
        );
      }
      value = cell.value;
      line += cell.lineBreaks;
      i = cell.end;
      recordQuoted = true;
    } else {
      let end = i;
      while (end < text.length) {
        const c = text[end];
        if (c === delimiter || c === '\n' || c === '\r') break;
        end += 1;
      }
      if (end - i > maxCellChars) throw cellTooLong(line, maxCellChars);
      value = text.slice(i, end);
      i = end;
    }
    record.push(strip ? unguardFormula(value) : value);

    const c = text[i];
    if (c === undefined) {
      endRecord();
    } else if (c === delimiter) {
      i += 1;
      // A delimiter at the very end of the text leaves one more, empty, cell.
      if (i === text.length) {
        record.push('');
        endRecord();
      }
    } else {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      endRecord();
    }
  }

  while (blank.length > 0 && blank[blank.length - 1] === true) {
    blank.pop();
    records.pop();
  }
  const [headers = [], ...rows] = records;
  return { headers, rows };
}

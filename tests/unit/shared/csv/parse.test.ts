import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, CsvError, detectDelimiter, parseCsv } from '../../../../src/shared/csv/parse';

function errorOf(run: () => unknown): CsvError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

describe('parseCsv', () => {
  it('reads a header row and data rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n4,5,6\n')).toEqual({
      headers: ['a', 'b', 'c'],
      rows: [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
    });
  });

  it('reads quoted cells with doubled quotes, delimiters and line breaks inside', () => {
    const text = 'name,note\r\n"Smith, J","He said ""ouch""\r\nthen left"\r\n"",x\r\n';
    expect(parseCsv(text)).toEqual({
      headers: ['name', 'note'],
      rows: [
        ['Smith, J', 'He said "ouch"\r\nthen left'],
        ['', 'x'],
      ],
    });
  });

  it('accepts CRLF, LF and lone CR line ends, with or without a final line end', () => {
    const expected = { headers: ['a', 'b'], rows: [['1', '2']] };
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(parseCsv('a,b\n1,2')).toEqual(expected);
    expect(parseCsv('a,b\r1,2\r')).toEqual(expected);
  });

  it('strips a leading byte order mark, and only a leading one', () => {
    expect(parseCsv('\uFEFFDate,Pain\n2026-01-01,4\n')).toEqual({
      headers: ['Date', 'Pain'],
      rows: [['2026-01-01', '4']],
    });
    expect(parseCsv('a\n\uFEFFb\n').rows).toEqual([['\uFEFFb']]);
  });

  it('ignores blank lines at the end but keeps one in the middle, so row numbers match a spreadsheet', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n\n\r\n')).toEqual({
      headers: ['a', 'b'],
      rows: [['1', '2'], [''], ['3', '4']],
    });
  });

  it('keeps a quoted empty cell on the last row', () => {
    expect(parseCsv('a\n""\n')).toEqual({ headers: ['a'], rows: [['']] });
  });

  it('keeps empty cells, including one after a final delimiter', () => {
    expect(parseCsv('a,b,c\n,,\n1,,')).toEqual({
      headers: ['a', 'b', 'c'],
      rows: [
        ['', '', ''],
        ['1', '', ''],
      ],
    });
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parseCsv('height\n5\'10"\n').rows).toEqual([['5\'10"']]);
  });

  it('reads empty text as an empty table', () => {
    expect(parseCsv('')).toEqual({ headers: [], rows: [] });
    expect(parseCsv('\uFEFF')).toEqual({ headers: [], rows: [] });
  });

  it('does not trim spaces', () => {
    expect(parseCsv(' a , b \n 1 ,2\n')).toEqual({ headers: [' a ', ' b '], rows: [[' 1 ', '2']] });
  });

  it('strips the formula guard apostrophe unless asked to keep it', () => {
    const text = "note\n'=1+1\n''-x\n'hello\n";
    expect(parseCsv(text).rows).toEqual([['=1+1'], ["'-x"], ["'hello"]]);
    expect(parseCsv(text, { formulaGuard: 'keep' }).rows).toEqual([["'=1+1"], ["''-x"], ["'hello"]]);
  });
});

describe('delimiters', () => {
  it('detects comma, semicolon and tab from the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('Datum;Schmerz;Notiz\n1,5;2;x')).toBe(';');
    expect(detectDelimiter('Date\tPain\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('single\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('reads semicolon files (European spreadsheets) with commas in numbers', () => {
    expect(parseCsv('Datum;Schmerz\n13.02.2026 10:00;7,5\n')).toEqual({
      headers: ['Datum', 'Schmerz'],
      rows: [['13.02.2026 10:00', '7,5']],
    });
  });

  it('reads tab-separated files', () => {
    expect(parseCsv('a\tb\n"x\ty"\t2\n')).toEqual({ headers: ['a', 'b'], rows: [['x\ty', '2']] });
  });

  it('uses the delimiter given instead of detecting one', () => {
    expect(parseCsv('a;b,c\n1;2,3\n', { delimiter: ',' })).toEqual({
      headers: ['a;b', 'c'],
      rows: [['1;2', '3']],
    });
  });
});

describe('malformed input', () => {
  it('names the line of a quote that is never closed', () => {
    const lines = ['a,b', ...Array.from({ length: 10 }, (_, i) => `${i},x`), '1,"never closed', 'more'];
    const error = errorOf(() => parseCsv(lines.join('\n')));
    expect(error.message).toBe('Line 12 has an opening quote that is never closed.');
    expect(error.line).toBe(12);
    expect(error.name).toBe('CsvError');
  });

  it('counts line breaks inside quoted cells when naming a line', () => {
    const error = errorOf(() => parseCsv('a,b\n"x\r\ny\nz",1\n"open\n'));
    expect(error.message).toBe('Line 5 has an opening quote that is never closed.');
  });

  it('refuses text after a closing quote', () => {
    expect(errorOf(() => parseCsv('a,b\n1,"x"y\n')).message).toBe(
      'Line 2 has text after the closing quote of a quoted cell. Quotes inside a quoted cell must be doubled ("").',
    );
  });
});

describe('limits', () => {
  it('refuses text over 50 MB', () => {
    const text = 'a\n'.repeat(CSV_LIMITS.maxTextChars / 2 + 1);
    expect(errorOf(() => parseCsv(text)).message).toBe(
      'This file is larger than 50 MB, which is more than this importer accepts. Split it into smaller files.',
    );
  });

  it('accepts 200,000 data rows and refuses one more', () => {
    const rows = (count: number) => `n\n${'1\n'.repeat(count)}`;
    expect(parseCsv(rows(CSV_LIMITS.maxRows)).rows).toHaveLength(CSV_LIMITS.maxRows);
    expect(errorOf(() => parseCsv(rows(CSV_LIMITS.maxRows + 1))).message).toBe(
      'This file has more than 200,000 rows, which is more than this importer accepts. Split it into smaller files.',
    );
  });

  it('accepts a 10,000-character cell and refuses a longer one, quoted or not', () => {
    const long = 'x'.repeat(CSV_LIMITS.maxCellChars);
    expect(parseCsv(`a\n${long}\n`).rows[0]?.[0]).toHaveLength(CSV_LIMITS.maxCellChars);
    expect(parseCsv(`a\n"${long}"\n`).rows[0]?.[0]).toHaveLength(CSV_LIMITS.maxCellChars);
    const message =
      'Line 2 has a cell longer than 10,000 characters, which is more than this importer accepts.';
    expect(errorOf(() => parseCsv(`a\n${long}x\n`)).message).toBe(message);
    expect(errorOf(() => parseCsv(`a\n"${long}"""\n`)).message).toBe(message);
  });

  it('takes a different cell limit when asked', () => {
    expect(errorOf(() => parseCsv('a\nabcdef\n', { maxCellChars: 5 })).message).toContain(
      'longer than 5 characters',
    );
  });
});

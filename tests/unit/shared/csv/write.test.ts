import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/shared/csv/parse';
import {
  CSV_BOM,
  guardFormula,
  needsFormulaGuard,
  quoteCell,
  toCsv,
  unguardFormula,
} from '../../../../src/shared/csv/write';
import { awkwardText } from './arbitraries';

describe('toCsv', () => {
  it('writes CRLF line ends and leaves plain cells bare', () => {
    expect(toCsv(['a', 'b'], [['1', 'two words']])).toBe('a,b\r\n1,two words\r\n');
  });

  it('quotes cells with a comma, quote, CR, LF, semicolon, tab or edge spaces', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hi"'], ['a\rb'], ['a\nb'], ['a;b'], ['a\tb'], [' a'], ['a ']])).toBe(
      'x\r\n"a,b"\r\n"say ""hi"""\r\n"a\rb"\r\n"a\nb"\r\n"a;b"\r\n"a\tb"\r\n" a"\r\n"a "\r\n',
    );
  });

  it('writes a row of one empty cell as "" so it is not read as a blank line', () => {
    expect(toCsv([''], [[''], ['', '']])).toBe('""\r\n""\r\n,\r\n');
  });

  it('writes only the header line for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  it('exports a byte order mark for callers saving files for Excel', () => {
    expect(CSV_BOM).toBe('\uFEFF');
  });
});

describe('formula-injection guard', () => {
  it('prefixes an apostrophe to cells starting with = + - @ tab or CR', () => {
    expect(['=SUM(A1)', '+1', '-5', '@cmd', '\tx', '\rx'].map(guardFormula)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-5",
      "'@cmd",
      "'\tx",
      "'\rx",
    ]);
  });

  it.each([
    ['a full-width equals sign', '＝1+1'],
    ['a full-width plus sign', '＋1'],
    ['a full-width hyphen-minus', '－1'],
    ['a full-width at sign', '＠SUM(A1)'],
  ])('guards a cell starting with %s, which spreadsheets also run as a formula', (_name, cell) => {
    expect(needsFormulaGuard(cell)).toBe(true);
    expect(toCsv(['notes'], [[cell]])).toBe(`notes\r\n'${cell}\r\n`);
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
    expect(guardFormula(`'${cell}`)).toBe(`''${cell}`);
    expect(parseCsv(toCsv(['notes'], [[cell]])).rows).toEqual([[cell]]);
  });

  it('leaves other cells alone, including formula characters later in the cell', () => {
    for (const cell of ['', 'a=b', ' =1', "'hello", "'", '5-3', 'x@y', '\n=1']) {
      expect(guardFormula(cell)).toBe(cell);
      expect(needsFormulaGuard(cell)).toBe(false);
    }
  });

  it('also escapes cells that already look guarded, so the guard can always be undone', () => {
    expect(guardFormula("'=x")).toBe("''=x");
    expect(guardFormula("''-1")).toBe("'''-1");
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(unguardFormula("'=x")).toBe('=x');
    expect(unguardFormula("'hello")).toBe("'hello");
    expect(unguardFormula('=x')).toBe('=x');
  });

  it('writes guarded cells and quotes them when needed', () => {
    expect(toCsv(['n'], [['=1+1'], ['-a,b'], ['\rx']])).toBe('n\r\n\'=1+1\r\n"\'-a,b"\r\n"\'\rx"\r\n');
  });

  it('unguard undoes guard for any text', () => {
    fc.assert(
      fc.property(awkwardText(40), (cell) => {
        expect(unguardFormula(guardFormula(cell))).toBe(cell);
      }),
    );
  });

  it('never leaves a written cell starting a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(awkwardText(20), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (rows) => {
          const raw = parseCsv(toCsv(['h'], rows), { delimiter: ',', formulaGuard: 'keep' });
          for (const cell of raw.rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});

describe('quoteCell', () => {
  it('doubles quotes inside a quoted cell', () => {
    expect(quoteCell('a"b')).toBe('"a""b"');
    expect(quoteCell('plain')).toBe('plain');
    expect(quoteCell('\uFEFFstart')).toBe('"\uFEFFstart"');
  });
});

describe('round trip', () => {
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.record({
      headers: fc.array(awkwardText(20), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(awkwardText(20), { minLength: width, maxLength: width }), { maxLength: 8 }),
    }),
  );

  it('parseCsv(toCsv(table)) gives the table back, with the delimiter detected', () => {
    fc.assert(
      fc.property(table, ({ headers, rows }) => {
        expect(parseCsv(toCsv(headers, rows))).toEqual({ headers, rows });
      }),
      { numRuns: 500 },
    );
  });

  it('also with a byte order mark in front, as saved for Excel', () => {
    fc.assert(
      fc.property(table, ({ headers, rows }) => {
        expect(parseCsv(CSV_BOM + toCsv(headers, rows))).toEqual({ headers, rows });
      }),
    );
  });
});

/** The small scanner that finds a top-level member's text as written (for the backup checksum). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfValue, topLevelMemberText } from '../../../../src/shared/backup/rawValue';

describe('topLevelMemberText', () => {
  it('finds any value exactly as JSON.stringify wrote it, compact or indented (property)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.jsonValue(),
        fc.constantFrom(0, 1, 2, 4, '\t'),
        (before, value, after, indent) => {
          const text = JSON.stringify({ before, tables: value, after }, null, indent);
          // Inside the envelope every line of the value is indented one more level.
          const level = typeof indent === 'number' ? ' '.repeat(indent) : indent;
          const expected = JSON.stringify(value, null, indent).replaceAll('\n', `\n${level}`);
          expect(topLevelMemberText(text, 'tables')).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a quote and brackets inside a string', '{"tables":"a\\"]}[{","x":1}', '"a\\"]}[{"'],
    ['a backslash just before a closing quote', '{"tables":["x\\\\"],"x":1}', '["x\\\\"]'],
    ['a key written with an escape', '{"tabl\\u0065s":[1]}', '[1]'],
    ['the last of a repeated key, as JSON.parse keeps', '{"tables":[1],"tables":[2]}', '[2]'],
    ['a key that only contains the name', '{"oldtables":[1],"tables2":[2],"tables":[3]}', '[3]'],
    ['a nested member of that name, which is not top-level', '{"a":{"tables":[1]},"tables":[2]}', '[2]'],
    [
      'spaces, tabs and Windows line breaks',
      '\r\n{ "tables"\t:\r\n [ 1 ,\r\n 2 ] \r\n}\r\n',
      '[ 1 ,\r\n 2 ]',
    ],
    ['a number', '{"tables":-1.5e3}', '-1.5e3'],
    ['null', '{"tables":null }', 'null'],
    ['an empty object', '{"tables":{}}', '{}'],
  ])('finds the value with %s', (_name, text, expected) => {
    expect(JSON.parse(text)).toEqual(expect.anything());
    expect(topLevelMemberText(text, 'tables')).toBe(expected);
  });

  it.each([
    ['no such member', '{"other":[]}'],
    ['an empty object', '{}'],
    ['an array', '[{"tables":[]}]'],
    ['a string', '"tables"'],
    ['text cut short', '{"tables":[1,2'],
  ])('gives null for %s', (_name, text) => {
    expect(topLevelMemberText(text, 'tables')).toBeNull();
  });
});

describe('endOfValue', () => {
  it('gives -1 for an unfinished string or array, rather than guessing', () => {
    expect(endOfValue('"abc', 0)).toBe(-1);
    expect(endOfValue('"abc\\"', 0)).toBe(-1);
    expect(endOfValue('[[1]', 0)).toBe(-1);
    expect(endOfValue('', 0)).toBe(-1);
  });
});

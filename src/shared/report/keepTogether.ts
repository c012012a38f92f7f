/**
 * Words in the report's narrow table cells that must not be split across lines: a number and its unit
 * ("3 h", "15 min"), a rating change ("8 → 5 after 3 h"), a range ("95% range 1 to 3.3") and "Not
 * recorded". Their spaces become non-breaking, so a cell wraps only between such groups.
 */
const NBSP = '\u00a0';

const RULES: readonly [RegExp, string][] = [
  // "8 → 5", "? → 4"
  [/([\d?]) → ([\d?])/g, `$1${NBSP}→${NBSP}$2`],
  // "5 after 3 h" may break before "after": the narrowest cell then still holds each half whole.
  [/\b(after|needs) (\d)/g, `$1${NBSP}$2`],
  // "3 h", "15 min", "2 points", "6 days"
  [/(\d) (h|min|points?|days?|uses?)\b/g, `$1${NBSP}$2`],
  // "3 h 15 min": the hours and minutes of one duration
  [/\bh (\d)/g, `h${NBSP}$1`],
  // "1 to 3.3", "-0.5 to 2"
  [/(\d) to (-?\d)/g, `$1${NBSP}to${NBSP}$2`],
  // "95% range", "95% interval"
  [/95% (range|interval) (-?\d)/g, `95%${NBSP}$1${NBSP}$2`],
  [/\bNot recorded\b/g, `Not${NBSP}recorded`],
  [/\bnot recorded\b/g, `not${NBSP}recorded`],
];

export function keepTogether(text: string): string {
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Turns a schema problem into a sentence about the row, in the person's words. */
import type { z } from 'zod';

function field(path: readonly PropertyKey[]): string {
  const parts = path.map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part)));
  return parts.length === 0 ? 'this entry' : parts.join(' ');
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a set of fields',
  boolean: 'yes or no',
  null: 'empty',
};

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = field(issue.path);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return `${where} is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `${where} has more than ${String(issue.maximum)} items`;
      return `${where} is more than ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return `${where} is empty`;
      if (issue.origin === 'array') return `${where} has fewer than ${String(issue.minimum)} items`;
      return `${where} is less than ${String(issue.minimum)}`;
    case 'invalid_type':
      return `${where} should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${where} is not a value the app knows`;
    case 'invalid_union':
      return `${where} is not a kind the app knows`;
    case 'invalid_format':
      // Our schemas give their own words for formats (e.g. 'not an id'); zod's defaults start "Invalid".
      return issue.message.startsWith('Invalid')
        ? `${where} is not in the expected format`
        : `${where} is ${issue.message}`;
    case 'not_multiple_of':
      return `${where} should be a whole number`;
    case 'custom':
      return `${where} is ${issue.message}`;
    default:
      return `${where} is not valid`;
  }
}

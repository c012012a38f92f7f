/** Problems found while reading rows, numbered as a spreadsheet numbers rows (the header is row 1). */
import type { z } from 'zod';
import { describeIssue as describeRowIssue } from '../backup/problems';
import { episodeSchema } from '../model';

export interface CsvProblem {
  row: number;
  /** A plain sentence starting "Row N: ", ready to show. */
  message: string;
}

/**
 * A schema problem with a row, in the same words the backup check uses (one source for how a field is
 * named and how a range is said): "The effort (trigger 2) should be a whole number from 0 to 10."
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'This row is not an episode the app can read.';
  return describeRowIssue(issue, episodeSchema);
}

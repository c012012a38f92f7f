/** Problems found while reading rows, numbered as a spreadsheet numbers rows (the header is row 1). */
import type { z } from 'zod';

export interface CsvProblem {
  row: number;
  /** A plain sentence starting "Row N: ", ready to show. */
  message: string;
}

/** How the journal CSV names the schema's fields. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  startedAt: 'started_at',
  endedAt: 'ended_at',
  redFlags: 'red_flags',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  workoutType: 'type',
  dayNumber: 'day',
  deskHours: 'hours',
  medicationName: 'name',
  painBefore: 'before',
  painAfter: 'after',
  minutesAfter: 'minutes',
};

/** "triggers, item 2, effort: Too big: expected number to be <=10." for a schema issue. */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'the row is not a valid episode.';
  const place = issue.path
    .map((part) =>
      typeof part === 'number' ? `item ${part + 1}` : (FIELD_NAMES[String(part)] ?? String(part)),
    )
    .join(', ');
  const message = issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  return place === '' ? message : `${place}: ${message}`;
}

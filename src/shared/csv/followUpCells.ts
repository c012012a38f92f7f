/**
 * The follow-up ("How is it now?") in the journal's episodes CSV: one column per detail, so a
 * spreadsheet can sort and filter by them, all empty when none was answered. Reading is forgiving in
 * one way only: a follow-up cell that cannot be read costs the row its follow-up, never the episode,
 * and the problem says which cell and what it should hold.
 */
import { isIsoInstant } from '../dates';
import { MAX_MINUTES_AFTER, type Episode, type FollowUp, type FollowUpFields } from '../model';

export const FOLLOW_UP_CSV_COLUMNS = [
  {
    name: 'follow_up_at',
    description:
      'The follow-up (“How is it now?”): the time its answer is about, in the same form as started_at. This and the next five cells are all empty when none was answered.',
  },
  { name: 'follow_up_pain', description: 'The pain then, 0-10 (0 when it had stopped).' },
  {
    name: 'follow_up_stopped',
    description: 'yes when the answer was “it has stopped” (the episode ended then), otherwise no.',
  },
  {
    name: 'follow_up_pain_before',
    description: 'The pain when the episode was logged, 0-10: what the answer is compared with.',
  },
  {
    name: 'follow_up_minutes_after',
    description: `Minutes from logging the episode to the time the answer is about, 0-${MAX_MINUTES_AFTER}.`,
  },
  { name: 'follow_up_answered_at', description: 'When the follow-up was answered, in the same form.' },
  {
    name: 'follow_up_snoozed_until',
    description: 'When “Ask me later” put the question off until, in the same form; empty if it was not.',
  },
  {
    name: 'follow_up_dismissed_at',
    description: 'When “Don’t ask about this one” was chosen, in the same form; empty if it was not.',
  },
] as const;

export type FollowUpColumnName = (typeof FOLLOW_UP_CSV_COLUMNS)[number]['name'];

export function followUpCells(episode: Episode): Record<FollowUpColumnName, string> {
  const answer = episode.followUp;
  return {
    follow_up_at: answer?.at ?? '',
    follow_up_pain: answer === null ? '' : String(answer.pain),
    follow_up_stopped: answer === null ? '' : answer.stopped ? 'yes' : 'no',
    follow_up_pain_before: answer === null ? '' : String(answer.painBefore),
    follow_up_minutes_after: answer === null ? '' : String(answer.minutesAfter),
    follow_up_answered_at: answer?.answeredAt ?? '',
    follow_up_snoozed_until: episode.followUpSnoozedUntil ?? '',
    follow_up_dismissed_at: episode.followUpDismissedAt ?? '',
  };
}

/** Each cell as the person knows it, and the words for what it should hold. */
const CELL_WORDS: Record<FollowUpColumnName, { label: string; shouldBe: string }> = {
  follow_up_at: { label: 'the follow-up time', shouldBe: 'a date and time' },
  follow_up_pain: { label: 'the follow-up pain', shouldBe: 'a whole number from 0 to 10' },
  follow_up_stopped: { label: 'whether the pain had stopped', shouldBe: 'yes or no' },
  follow_up_pain_before: {
    label: 'the pain before the follow-up',
    shouldBe: 'a whole number from 0 to 10',
  },
  follow_up_minutes_after: {
    label: 'the follow-up’s minutes after logging',
    shouldBe: `a whole number from 0 to ${MAX_MINUTES_AFTER}`,
  },
  follow_up_answered_at: { label: 'the time the follow-up was answered', shouldBe: 'a date and time' },
  follow_up_snoozed_until: {
    label: 'the time the follow-up was put off until',
    shouldBe: 'a date and time',
  },
  follow_up_dismissed_at: { label: 'the time the follow-up was dismissed', shouldBe: 'a date and time' },
};

const ANSWER_COLUMNS = [
  'follow_up_at',
  'follow_up_pain',
  'follow_up_stopped',
  'follow_up_pain_before',
  'follow_up_minutes_after',
  'follow_up_answered_at',
] as const satisfies readonly FollowUpColumnName[];

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

function problemWith(column: FollowUpColumnName, text: string, consequence: string): Read<never> {
  const { label, shouldBe } = CELL_WORDS[column];
  const found = text === '' ? 'is empty' : `is "${text}"`;
  return {
    ok: false,
    problem: `${label} (column ${column}) ${found} but should be ${shouldBe}, ${consequence}.`,
  };
}

function wholeNumber(text: string, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

function yesOrNo(text: string): boolean | null {
  const word = text.toLowerCase();
  if (word === 'yes' || word === 'true') return true;
  if (word === 'no' || word === 'false') return false;
  return null;
}

const NO_ANSWER = 'so the episode was read without its follow-up';

function readAnswer(cell: (name: FollowUpColumnName) => string): Read<FollowUp | null> {
  const text = (name: FollowUpColumnName) => cell(name).trim();
  if (ANSWER_COLUMNS.every((name) => text(name) === '')) return { ok: true, value: null };
  const at = text('follow_up_at');
  if (!isIsoInstant(at)) return problemWith('follow_up_at', at, NO_ANSWER);
  const pain = wholeNumber(text('follow_up_pain'), 10);
  if (pain === null) return problemWith('follow_up_pain', text('follow_up_pain'), NO_ANSWER);
  const stopped = yesOrNo(text('follow_up_stopped'));
  if (stopped === null) return problemWith('follow_up_stopped', text('follow_up_stopped'), NO_ANSWER);
  const painBefore = wholeNumber(text('follow_up_pain_before'), 10);
  if (painBefore === null)
    return problemWith('follow_up_pain_before', text('follow_up_pain_before'), NO_ANSWER);
  const minutesAfter = wholeNumber(text('follow_up_minutes_after'), MAX_MINUTES_AFTER);
  if (minutesAfter === null)
    return problemWith('follow_up_minutes_after', text('follow_up_minutes_after'), NO_ANSWER);
  const answeredAt = text('follow_up_answered_at');
  if (!isIsoInstant(answeredAt)) return problemWith('follow_up_answered_at', answeredAt, NO_ANSWER);
  return { ok: true, value: { at, pain, stopped, painBefore, minutesAfter, answeredAt } };
}

function readInstant(
  cell: (name: FollowUpColumnName) => string,
  column: FollowUpColumnName,
): Read<string | null> {
  const text = cell(column).trim();
  if (text === '') return { ok: true, value: null };
  return isIsoInstant(text) ? { ok: true, value: text } : problemWith(column, text, 'so it was left out');
}

export interface FollowUpRead {
  fields: FollowUpFields;
  /** Sentences without the row number, e.g. 'the follow-up pain (column follow_up_pain) is "12" but …'. */
  problems: string[];
}

/**
 * The follow-up fields of one row. A file without the follow-up columns (from before follow-ups) reads
 * as none answered, as the episodes of an older backup do.
 */
export function followUpFromCells(cell: (name: FollowUpColumnName) => string): FollowUpRead {
  const problems: string[] = [];
  const take = <T>(read: Read<T>, otherwise: T): T => {
    if (read.ok) return read.value;
    problems.push(read.problem);
    return otherwise;
  };
  return {
    fields: {
      followUp: take(readAnswer(cell), null),
      followUpSnoozedUntil: take(readInstant(cell, 'follow_up_snoozed_until'), null),
      followUpDismissedAt: take(readInstant(cell, 'follow_up_dismissed_at'), null),
    },
    problems,
  };
}

/**
 * Withdrawal periods: a substance the person has stopped, from a quit day to an optional end day.
 * The quit day is day 1.
 */
import { z } from 'zod';
import { isCalendarDay } from './dates';
import { daySchema } from './schemaParts';
import type { FieldErrors } from './episodeDraft';
import { activePeriodOn, withdrawalDayNumber } from './scoring/withdrawalDays';
import type { WithdrawalSubstanceId } from './taxonomy/triggers';
import { WITHDRAWAL_SUBSTANCE_IDS } from './taxonomy/triggers';

const day = daySchema;

export const withdrawalPeriodSchema = z
  .object({
    id: z.string().min(1).max(64),
    substance: z.enum(WITHDRAWAL_SUBSTANCE_IDS),
    quitDay: day,
    /** The last day of the period, or null while it goes on. */
    endDay: day.nullable(),
  })
  .refine((p) => p.endDay === null || p.endDay >= p.quitDay, {
    message: 'ends before it starts',
    path: ['endDay'],
  });

export type WithdrawalPeriod = z.infer<typeof withdrawalPeriodSchema>;

/** The settings form for a period, as typed. */
export interface WithdrawalPeriodDraft {
  id: string | null;
  substance: WithdrawalSubstanceId | '';
  quitDay: string;
  endDay: string;
}

/** What is wrong with a period the person typed, in their words; empty when it can be saved. */
export function validateWithdrawalPeriodDraft(draft: WithdrawalPeriodDraft, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.substance === '') errors.substance = 'Choose what you stopped.';
  if (!isCalendarDay(draft.quitDay)) errors.quitDay = 'Enter the day you stopped.';
  else if (draft.quitDay > today) errors.quitDay = 'That day hasn’t come yet. Enter the day you stopped.';
  if (draft.endDay !== '') {
    if (!isCalendarDay(draft.endDay)) errors.endDay = 'Enter a valid end day, or leave it empty.';
    else if (isCalendarDay(draft.quitDay) && draft.endDay < draft.quitDay)
      errors.endDay = 'The end can’t be before the day you stopped.';
  }
  return errors;
}

/** What the forms fill in for a day inside a withdrawal period: the substance and the day number. */
export interface WithdrawalPrefill {
  substance: WithdrawalSubstanceId;
  dayNumber: number;
}

export function withdrawalPrefillOn(
  periods: readonly WithdrawalPeriod[],
  day: string,
): WithdrawalPrefill | null {
  const period = activePeriodOn(periods, day);
  const dayNumber = period ? withdrawalDayNumber(period, day) : null;
  return period && dayNumber !== null ? { substance: period.substance, dayNumber } : null;
}

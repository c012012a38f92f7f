import { describe, expect, it } from 'vitest';
import {
  validateWithdrawalPeriodDraft,
  withdrawalPeriodSchema,
  withdrawalPrefillOn,
} from '../../../src/shared/withdrawal';

const today = '2026-11-21';

describe('withdrawal periods', () => {
  it('accepts an ongoing period and one with an end', () => {
    expect(
      validateWithdrawalPeriodDraft(
        { id: null, substance: 'alcohol', quitDay: '2026-11-01', endDay: '' },
        today,
      ),
    ).toEqual({});
    expect(
      validateWithdrawalPeriodDraft(
        { id: 'p', substance: 'opioids', quitDay: '2026-10-01', endDay: '2026-10-31' },
        today,
      ),
    ).toEqual({});
  });

  it('explains each problem at its field', () => {
    expect(
      validateWithdrawalPeriodDraft({ id: null, substance: '', quitDay: '', endDay: 'x' }, today),
    ).toEqual({
      substance: 'Choose what you stopped.',
      quitDay: 'Enter the day you stopped.',
      endDay: 'Enter a valid end day, or leave it empty.',
    });
    expect(
      validateWithdrawalPeriodDraft(
        { id: null, substance: 'nicotine', quitDay: '2026-11-22', endDay: '' },
        today,
      ),
    ).toEqual({ quitDay: 'That day hasn’t come yet. Enter the day you stopped.' });
    expect(
      validateWithdrawalPeriodDraft(
        { id: null, substance: 'nicotine', quitDay: '2026-11-10', endDay: '2026-11-09' },
        today,
      ),
    ).toEqual({ endDay: 'The end can’t be before the day you stopped.' });
  });

  it('the stored schema refuses an end before the start', () => {
    expect(
      withdrawalPeriodSchema.safeParse({
        id: 'p',
        substance: 'alcohol',
        quitDay: '2026-11-10',
        endDay: '2026-11-01',
      }).success,
    ).toBe(false);
  });
});

describe('withdrawalPrefillOn', () => {
  const periods = [
    { id: 'a', substance: 'alcohol' as const, quitDay: '2026-11-01', endDay: null },
    { id: 'n', substance: 'nicotine' as const, quitDay: '2026-06-01', endDay: '2026-06-30' },
  ];
  it('gives the substance and day number (the quit day is day 1) for a day inside a period', () => {
    expect(withdrawalPrefillOn(periods, '2026-11-01')).toEqual({ substance: 'alcohol', dayNumber: 1 });
    expect(withdrawalPrefillOn(periods, '2026-11-21')).toEqual({ substance: 'alcohol', dayNumber: 21 });
    expect(withdrawalPrefillOn(periods, '2026-06-30')).toEqual({ substance: 'nicotine', dayNumber: 30 });
  });
  it('gives nothing outside every period', () => {
    expect(withdrawalPrefillOn(periods, '2026-07-01')).toBeNull();
    expect(withdrawalPrefillOn([], '2026-11-21')).toBeNull();
  });
});

/** Every kind of schema problem a backup row can have, in the words the person reads. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssue } from '../../../../src/shared/backup/problems';
import { checkInSchema } from '../../../../src/shared/checkIns';
import { measureSchema } from '../../../../src/shared/measures';
import { episodeSchema } from '../../../../src/shared/model';
import { withdrawalPeriodSchema } from '../../../../src/shared/withdrawal';
import { checkIn, episode } from '../../../fixtures/builders';

const EPISODE = episode('2026-11-20T09:00:00.000Z', 6, { regions: ['neck'] });
const STRESS = { id: '0a0a0a0a-0000-4000-8000-00000000000b', kind: 'stress', note: '', level: 4 };
const HEAT = {
  id: '0a0a0a0a-0000-4000-8000-00000000000c',
  kind: 'heat',
  medicationName: null,
  dose: null,
  painBefore: 7,
  painAfter: 4,
  minutesAfter: 30,
};

function firstProblem(schema: z.ZodType, row: unknown): string {
  const result = schema.safeParse(row);
  if (result.success) throw new Error('the row is valid');
  const [issue] = result.error.issues;
  if (issue === undefined) throw new Error('no issue');
  return describeIssue(issue, schema);
}

describe('problems in an episode', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a fraction (int)', { intensity: 6.5 }, 'Pain should be a whole number from 0 to 10.'],
    ['too big (too_big)', { intensity: 11 }, 'Pain should be a whole number from 0 to 10.'],
    ['below 0 (too_small)', { intensity: -1 }, 'Pain should be a whole number from 0 to 10.'],
    ['text for a number (invalid_type)', { intensity: '6' }, 'Pain should be a whole number from 0 to 10.'],
    ['a missing field (invalid_type)', { intensity: undefined }, 'Pain is missing.'],
    ['text for a list (invalid_type)', { triggers: 'gym' }, 'The triggers should be a list.'],
    ['a wrong type of text field', { notes: 5 }, 'The notes should be text.'],
    [
      'text too long (too_big)',
      { notes: 'x'.repeat(5001) },
      'The notes are too long: at most 5000 characters fit.',
    ],
    [
      'a list too long (too_big)',
      { triggers: Array.from({ length: 21 }, () => STRESS) },
      'There can be at most 20 triggers.',
    ],
    [
      'an end before the start (custom)',
      { endedAt: '2026-11-20T08:00:00.000Z' },
      'The end time is before the start time.',
    ],
    ['a bad date (custom)', { startedAt: 'last Tuesday' }, 'The start time is not a date and time.'],
    ['a bad id (invalid_format)', { id: 'not-an-id' }, 'The id is not a valid id.'],
    ['an unknown region (invalid_value)', { regions: ['knee'] }, 'Region 1 is not one the app knows.'],
    ['a region twice (custom)', { regions: ['neck', 'neck'] }, 'Where it hurt lists the same one twice.'],
    [
      'an unknown trigger kind (invalid_union)',
      { triggers: [{ ...STRESS, kind: 'weather' }] },
      'The kind (trigger 1) is not one the app knows.',
    ],
    [
      'a trigger detail out of range',
      { triggers: [{ ...STRESS, level: 12 }] },
      'The stress level (trigger 1) should be a whole number from 0 to 10.',
    ],
    [
      'a remedy detail of the wrong type',
      { remedies: [HEAT, { ...HEAT, painAfter: 'less' }] },
      'Pain after (remedy 2) should be a whole number from 0 to 10.',
    ],
    [
      'minutes out of range',
      { remedies: [{ ...HEAT, minutesAfter: 2000 }] },
      'The minutes after (remedy 1) should be a whole number from 0 to 1440.',
    ],
  ])('%s', (_kind, patch, message) => {
    expect(firstProblem(episodeSchema, { ...EPISODE, ...patch })).toBe(message);
  });

  it('agrees with a plural field inside a list item', () => {
    const { minutesAfter: _m, ...withoutMinutes } = HEAT;
    expect(firstProblem(episodeSchema, { ...EPISODE, remedies: [withoutMinutes] })).toBe(
      'The minutes after (remedy 1) are missing.',
    );
  });

  it('says a row that is not an entry at all cannot be read', () => {
    expect(firstProblem(episodeSchema, 'episode')).toBe('This is not an entry the app can read.');
  });
});

describe('problems in other tables', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    [
      'a check-in rating out of range',
      checkInSchema,
      checkIn('2026-11-20', { sleepQuality: 6 }),
      'Sleep quality should be a whole number from 1 to 5.',
    ],
    [
      'a check-in number out of range',
      checkInSchema,
      checkIn('2026-11-20', { sleepHours: 25 }),
      'The hours of sleep should be a number from 0 to 24.',
    ],
    ['a bad day', checkInSchema, checkIn('20/11/2026'), 'The day is not a date in the form yyyy-MM-dd.'],
    [
      'a PEG-3 rating out of range',
      measureSchema,
      {
        id: 'm1',
        kind: 'peg3',
        day: '2026-11-20',
        takenAt: '2026-11-20T09:00:00.000Z',
        pain: 11,
        enjoyment: 3,
        activity: 3,
      },
      'Pain should be a whole number from 0 to 10.',
    ],
    [
      'a withdrawal that ends before it starts',
      withdrawalPeriodSchema,
      { id: 'w1', substance: 'caffeine', quitDay: '2026-11-20', endDay: '2026-11-01' },
      'The end day is before the day stopped.',
    ],
  ])('%s', (_kind, schema, row, message) => {
    expect(firstProblem(schema, row)).toBe(message);
  });
});

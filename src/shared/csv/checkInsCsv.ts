/**
 * The journal's CSV of daily check-ins, one row per day. "Not recorded" is an empty cell, never 0.
 * Columns are documented in docs/csv-format.md (from CHECK_IN_CSV_COLUMNS).
 */
import type { CheckIn } from '../checkIns';
import type { OwnFactor } from '../ownFactors';
import { localTimeWithOffset } from './localTimes';
import { toCsv } from './write';

export const CHECK_IN_CSV_COLUMNS = [
  { name: 'day', description: 'The calendar day the check-in is about, yyyy-MM-dd in your time zone.' },
  { name: 'overall_pain', description: 'Overall pain that day, 0-10.' },
  { name: 'sleep_hours', description: 'Hours of sleep the night before.' },
  { name: 'sleep_quality', description: 'How well you slept, 1 (very poor) to 5 (very good).' },
  { name: 'water_litres', description: 'Water drunk, in litres (a glass counts as 0.25).' },
  { name: 'stress', description: 'Stress, 0-10.' },
  { name: 'desk_hours', description: 'Desk or screen hours.' },
  {
    name: 'workout',
    description: 'none, or the kind of workout (weightlifting, rowing, overhead, running, other).',
  },
  { name: 'workout_effort', description: 'Workout effort, 0-10.' },
  { name: 'withdrawal_substance', description: 'The substance being stopped, if any.' },
  { name: 'withdrawal_day', description: 'Day number of the withdrawal (the day you stopped is day 1).' },
  { name: 'notes', description: 'Your notes.' },
  {
    name: 'created_at',
    description:
      'When the check-in was first saved: the date and time in your time zone with its offset from UTC ' +
      '(ISO 8601), e.g. 2026-11-24T21:05:00+00:00.',
  },
  { name: 'updated_at', description: 'When it was last changed, in the same form.' },
  { name: 'mood', description: 'Mood, 0 (very low) to 10 (very good).' },
  { name: 'energy', description: 'Energy, 0 (exhausted) to 10 (full of energy).' },
] as const;

/**
 * After the fixed columns, one per factor of your own (archived ones too, their records are kept), in the
 * order they were added: headed with the factor's name and, for numbers, its unit, e.g. "Cups of coffee
 * (cups)". Yes/no factors are written yes or no.
 */
export function ownFactorColumnName(factor: OwnFactor): string {
  return factor.kind === 'number' && factor.unit ? `${factor.name} (${factor.unit})` : factor.name;
}

function ownCell(factor: OwnFactor, value: number | undefined): string {
  if (value === undefined) return '';
  if (factor.kind === 'yes-no') return value === 1 ? 'yes' : 'no';
  return String(value);
}

function cell(value: number | string | null): string {
  return value === null ? '' : String(value);
}

/** Oldest day first, with times in `timeZone` (the person's, passed in). */
export function checkInsToCsv(
  checkIns: readonly CheckIn[],
  ownFactors: readonly OwnFactor[],
  timeZone: string,
): string {
  const factors = [...ownFactors].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const rows = [...checkIns]
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((c) => [
      c.day,
      cell(c.overallPain),
      cell(c.sleepHours),
      cell(c.sleepQuality),
      cell(c.waterLitres),
      cell(c.stress),
      cell(c.deskHours),
      cell(c.workout),
      cell(c.workoutEffort),
      cell(c.withdrawalSubstance),
      cell(c.withdrawalDay),
      c.notes,
      localTimeWithOffset(c.createdAt, timeZone),
      localTimeWithOffset(c.updatedAt, timeZone),
      cell(c.mood),
      cell(c.energy),
      ...factors.map((f) => ownCell(f, c.ownValues[f.id])),
    ]);
  return toCsv([...CHECK_IN_CSV_COLUMNS.map((c) => c.name), ...factors.map(ownFactorColumnName)], rows);
}

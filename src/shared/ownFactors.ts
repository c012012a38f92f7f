/**
 * Factors of the person's own: things they suspect and want to track in the daily check-in ("carried a
 * backpack", "hours on the phone", "cups of coffee"). Each is a row of its own, kept forever: renaming
 * changes only the name (the values are stored under the id), archiving hides it from the check-in and
 * the charts without losing what was recorded. A factor joins the analysis's family of comparisons when it
 * is created, never after its results have been seen (docs/insights-method.md).
 */
import { z } from 'zod';
import { instantSchema } from './schemaParts';

export const OWN_FACTOR_KINDS = ['yes-no', 'rating', 'number'] as const;
export type OwnFactorKind = (typeof OWN_FACTOR_KINDS)[number];

export const MAX_OWN_FACTOR_NAME_LENGTH = 60;
export const MAX_OWN_FACTOR_UNIT_LENGTH = 20;
/** More than this and the check-in becomes a chore; the analysis could not test them all honestly anyway. */
export const MAX_OWN_FACTORS = 20;
/** The largest number a "number with a unit" factor takes (cups, hours, kilograms...). */
export const MAX_OWN_FACTOR_NUMBER = 10_000;

const uuid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'not an id')
  .toLowerCase();

export const ownFactorSchema = z
  .object({
    id: uuid,
    /** What the person calls it, e.g. "Carried a backpack". */
    name: z.string().trim().min(1).max(MAX_OWN_FACTOR_NAME_LENGTH),
    /** yes-no: 1 yes, 0 no; rating: 0-10; number: 0 to MAX_OWN_FACTOR_NUMBER, in `unit`. */
    kind: z.enum(OWN_FACTOR_KINDS),
    /** Only for 'number': "cups", "hours", "km". */
    unit: z.string().trim().max(MAX_OWN_FACTOR_UNIT_LENGTH).nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    /** Set when the person archives it: hidden from the check-in and charts, its values kept. */
    archivedAt: instantSchema.nullable(),
  })
  .refine((f) => f.kind === 'number' || f.unit === null, {
    message: 'only numbers have a unit',
    path: ['unit'],
  });

export type OwnFactor = z.infer<typeof ownFactorSchema>;

/** The stored value of one own factor on one day; a factor not recorded that day has no key at all. */
export const ownFactorValueSchema = z.number().min(0).max(MAX_OWN_FACTOR_NUMBER);

/** A check-in's own-factor values, by factor id. Missing key = not recorded (never 0). */
export const ownValuesSchema = z.record(uuid, ownFactorValueSchema);
export type OwnValues = z.infer<typeof ownValuesSchema>;

/** Whether `value` is a value this kind of factor can hold. */
export function isValidOwnValue(kind: OwnFactorKind, value: number): boolean {
  if (!Number.isFinite(value) || value < 0) return false;
  if (kind === 'yes-no') return value === 0 || value === 1;
  if (kind === 'rating') return Number.isInteger(value) && value <= 10;
  return value <= MAX_OWN_FACTOR_NUMBER;
}

export function activeOwnFactors(factors: readonly OwnFactor[]): OwnFactor[] {
  return factors.filter((f) => f.archivedAt === null).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/**
 * The daily check-in: what the day was like, recorded every day whether or not it hurt, so patterns can
 * be seen against days without pain. Every field may be "not recorded" (null), which is different from 0.
 */
import { z } from 'zod';
import { daySchema, instantSchema } from './schemaParts';
import { MAX_NOTES_LENGTH, MAX_WITHDRAWAL_DAY, ratingSchema } from './model';
import { ownValuesSchema } from './ownFactors';
import { WITHDRAWAL_SUBSTANCE_IDS, WORKOUT_TYPE_IDS } from './taxonomy/triggers';

export const SLEEP_QUALITY_LEVELS = [
  { value: 1, label: 'Very poor' },
  { value: 2, label: 'Poor' },
  { value: 3, label: 'Fair' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
] as const;

/** Stored in litres whatever unit the person uses; a glass counts as 250 ml. */
export const LITRES_PER_GLASS = 0.25;
export const MAX_WATER_LITRES = 15;

const day = daySchema;
const instant = instantSchema;

export const checkInSchema = z.object({
  /** The calendar day this check-in is about ("yyyy-MM-dd", the person's time zone). One per day. */
  day,
  sleepHours: z.number().min(0).max(24).nullable(),
  sleepQuality: z.number().int().min(1).max(5).nullable(),
  waterLitres: z.number().min(0).max(MAX_WATER_LITRES).nullable(),
  stress: ratingSchema.nullable(),
  deskHours: z.number().min(0).max(24).nullable(),
  /** null: not recorded; 'none': no workout that day; otherwise the kind of workout. */
  workout: z.union([z.literal('none'), z.enum(WORKOUT_TYPE_IDS)]).nullable(),
  workoutEffort: ratingSchema.nullable(),
  withdrawalSubstance: z.enum(WITHDRAWAL_SUBSTANCE_IDS).nullable(),
  withdrawalDay: z.number().int().min(1).max(MAX_WITHDRAWAL_DAY).nullable(),
  overallPain: ratingSchema.nullable(),
  /** 0-10, optional (schema 4). Missing in journals and backups from before: not recorded. */
  mood: ratingSchema.nullable().default(null),
  energy: ratingSchema.nullable().default(null),
  /** The person's own factors (src/shared/ownFactors.ts) by id; a factor not recorded has no key. */
  ownValues: ownValuesSchema.default({}),
  notes: z.string().max(MAX_NOTES_LENGTH),
  createdAt: instant,
  updatedAt: instant,
});

export type CheckIn = z.infer<typeof checkInSchema>;
export type CheckInInput = Omit<CheckIn, 'createdAt' | 'updatedAt'>;

/**
 * The outcome measures a physiotherapist uses, as stored. Scoring lives in src/shared/scoring.
 * PSFS: the person names 3-5 activities made hard by their back and rates each 0 (unable) to 10 (as
 * before). PEG-3: average Pain, interference with Enjoyment of life and with General activity, 0-10 each.
 */
import { z } from 'zod';
import { daySchema, instantSchema } from './schemaParts';
import { ratingSchema } from './model';
import { MAX_ACTIVITY_NAME_LENGTH, PSFS_MAX_ACTIVITIES } from './measureLimits';

// The limits need no schema: the journal's first screen reads them from measureLimits.ts.
export * from './measureLimits';

const id = z.string().min(1).max(64);
const day = daySchema;
const instant = instantSchema;

export const psfsActivitySchema = z.object({
  id,
  name: z.string().trim().min(1).max(MAX_ACTIVITY_NAME_LENGTH),
  /** Where it stands in the person's list, so activities are always shown in the order they wrote them. */
  position: z
    .number()
    .int()
    .min(0)
    .max(PSFS_MAX_ACTIVITIES - 1),
  createdAt: instant,
  /** Set when the person stops rating this activity; its past ratings stay. */
  retiredAt: instant.nullable(),
});
export type PsfsActivity = z.infer<typeof psfsActivitySchema>;

export const psfsRatingSchema = z.object({ activityId: id, score: ratingSchema });
export type PsfsRating = z.infer<typeof psfsRatingSchema>;

export const measureSchema = z.discriminatedUnion('kind', [
  z.object({
    id,
    kind: z.literal('psfs'),
    day,
    takenAt: instant,
    ratings: z.array(psfsRatingSchema).min(1).max(PSFS_MAX_ACTIVITIES),
  }),
  z.object({
    id,
    kind: z.literal('peg3'),
    day,
    takenAt: instant,
    pain: ratingSchema,
    enjoyment: ratingSchema,
    activity: ratingSchema,
  }),
]);
export type Measure = z.infer<typeof measureSchema>;
export type PsfsMeasure = Extract<Measure, { kind: 'psfs' }>;
export type Peg3Measure = Extract<Measure, { kind: 'peg3' }>;

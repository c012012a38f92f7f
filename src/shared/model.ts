/**
 * The journal's domain: what a pain episode is, with the triggers around it and the remedies tried.
 * The schemas here guard every write to the database (and, later, every imported row).
 */
import { z } from 'zod';
import {
  MAX_MINUTES_AFTER,
  MAX_NOTES_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_WITHDRAWAL_DAY,
} from './episodeBasics';
import { instantSchema } from './schemaParts';
import { BODY_REGION_IDS } from './taxonomy/regions';
import { PAIN_QUALITY_IDS } from './taxonomy/qualities';
import { RED_FLAG_IDS } from './taxonomy/redFlags';
import { REMEDY_IDS } from './taxonomy/remedies';
import { POSTURE_POSITION_IDS, WITHDRAWAL_SUBSTANCE_IDS, WORKOUT_TYPE_IDS } from './taxonomy/triggers';

// What needs no schema (limits, the empty follow-up, durations) is in episodeBasics.ts, which the
// journal's first screen loads without zod.
export * from './episodeBasics';

/**
 * A UUID, in either case as other programs may write it, kept in lower case: ids are compared as text
 * (merge, the database's keys), so "0A0A…" and "0a0a…" must become the same id.
 */
const uuid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'not an id')
  .toLowerCase();
const instant = instantSchema;
/** A 0-10 rating: pain, effort or stress. Whole numbers only, as people rate them. */
export const ratingSchema = z.number().int().min(0).max(10);
const optionalRating = ratingSchema.nullable();
const shortText = z.string().max(MAX_SHORT_TEXT_LENGTH);

function uniqueList<T extends string>(values: readonly [T, ...T[]]) {
  return z.array(z.enum(values)).refine((list) => new Set(list).size === list.length, 'listed twice');
}

const triggerBase = { id: uuid, note: shortText };

export const triggerSchema = z.discriminatedUnion('kind', [
  z.object({
    ...triggerBase,
    kind: z.literal('workout'),
    workoutType: z.enum(WORKOUT_TYPE_IDS).nullable(),
    effort: optionalRating,
  }),
  z.object({ ...triggerBase, kind: z.literal('stress'), level: optionalRating }),
  z.object({
    ...triggerBase,
    kind: z.literal('withdrawal'),
    substance: z.enum(WITHDRAWAL_SUBSTANCE_IDS).nullable(),
    dayNumber: z.number().int().min(0).max(MAX_WITHDRAWAL_DAY).nullable(),
  }),
  z.object({
    ...triggerBase,
    kind: z.literal('posture'),
    deskHours: z.number().min(0).max(24).nullable(),
    position: z.enum(POSTURE_POSITION_IDS).nullable(),
  }),
  z.object({ ...triggerBase, kind: z.literal('dehydration') }),
  z.object({ ...triggerBase, kind: z.literal('poor-sleep') }),
  z.object({ ...triggerBase, kind: z.literal('injury') }),
  z.object({ ...triggerBase, kind: z.literal('other') }),
]);

export type Trigger = z.infer<typeof triggerSchema>;
export type TriggerKind = Trigger['kind'];
export type TriggerOfKind<K extends TriggerKind> = Extract<Trigger, { kind: K }>;

export const remedyTriedSchema = z.object({
  id: uuid,
  kind: z.enum(REMEDY_IDS),
  /** Only for medication remedies: what the person typed. The app never suggests a name. */
  medicationName: shortText.nullable(),
  dose: shortText.nullable(),
  painBefore: optionalRating,
  painAfter: optionalRating,
  minutesAfter: z.number().int().min(0).max(MAX_MINUTES_AFTER).nullable(),
});

export type RemedyTried = z.infer<typeof remedyTriedSchema>;

/**
 * The answer to "How is it now?", asked a while after an episode was logged (src/shared/followUps). It
 * keeps its own "before" and its timing, so the natural course of the person's pain can be measured from
 * episodes where nothing was tried, and editing the episode later does not change what was compared.
 */
export const followUpSchema = z.object({
  /** The time the answer applies to: now, or the time the person chose for a late answer. */
  at: instant,
  pain: ratingSchema,
  /** "It has stopped": the episode ends at `at`, and `pain` is 0. */
  stopped: z.boolean(),
  /** The episode's pain when it was logged, the rating the answer is compared with. */
  painBefore: ratingSchema,
  /** Minutes from logging to `at`. */
  minutesAfter: z.number().int().min(0).max(MAX_MINUTES_AFTER),
  answeredAt: instant,
});

export type FollowUp = z.infer<typeof followUpSchema>;

export const episodeSchema = z
  .object({
    id: uuid,
    startedAt: instant,
    endedAt: instant.nullable(),
    intensity: ratingSchema,
    regions: uniqueList(BODY_REGION_IDS),
    qualities: uniqueList(PAIN_QUALITY_IDS),
    triggers: z.array(triggerSchema).max(20),
    remedies: z.array(remedyTriedSchema).max(30),
    /** Warning signs the person noticed with this episode; each comes with advice to seek care. */
    redFlags: uniqueList(RED_FLAG_IDS),
    notes: z.string().max(MAX_NOTES_LENGTH),
    createdAt: instant,
    updatedAt: instant,
    /** Set when the person deletes the episode; cleared by Undo. Deleted rows are kept, never purged. */
    deletedAt: instant.nullable(),
    /** Missing in journals and backups from before follow-ups (schema 3): none asked yet. */
    followUp: followUpSchema.nullable().default(null),
    /** "Ask me again later": the follow-up waits until then. */
    followUpSnoozedUntil: instant.nullable().default(null),
    /** "Don't ask about this one": set when the person dismisses the follow-up. */
    followUpDismissedAt: instant.nullable().default(null),
  })
  .refine((e) => e.endedAt === null || Date.parse(e.endedAt) >= Date.parse(e.startedAt), {
    message: 'ends before it starts',
    path: ['endedAt'],
  });

export type Episode = z.infer<typeof episodeSchema>;

/** The follow-up's own fields: answered and changed by the follow-up, never by the episode form. */
export type FollowUpFields = Pick<Episode, 'followUp' | 'followUpSnoozedUntil' | 'followUpDismissedAt'>;

/**
 * What a person enters; the repository adds ids and the bookkeeping times. The follow-up fields may be
 * left out: a save keeps what is stored (see saveEpisode).
 */
export type EpisodeInput = Omit<
  Episode,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | keyof FollowUpFields
> &
  Partial<FollowUpFields> & { id?: string };

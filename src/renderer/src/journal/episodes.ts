/**
 * Every read and write of episodes. One user action is one transaction: an episode is saved together
 * with its triggers and remedies, or not at all. The reads (and deletes) are in episodeReads.ts, which
 * the journal's first screen loads without the schemas; this module adds saving, which validates.
 */
import { episodeSchema, type Episode, type EpisodeInput, type FollowUpFields } from '@shared/model';
import type { EpisodeRow, JournalDatabase } from '../db/database';
import { withFreeIds } from './childIds';
import { EpisodeConflict, findConflict } from './episodeConflict';
import { assembleStored, episodeToRows, remedyOf, triggerOf } from './episodeReads';

export * from './episodeReads';

export interface SaveOptions {
  now: Date;
  newId: () => string;
  /**
   * For an edit: the stored episode as the form loaded it (or as the person chose to write over it),
   * or null when they chose to keep an episode no longer stored. The edit is written only over that
   * very version; otherwise nothing is written and an EpisodeConflict is thrown. Left out, the save
   * replaces whatever is stored. A new episode (no id) never conflicts.
   */
  basedOn?: Episode | null;
}

function normalizeInstant(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/**
 * The follow-up fields a save writes: those given, else the stored episode's, so an edit from the
 * episode form (which never holds them) keeps the follow-up answered, snoozed or dismissed meanwhile.
 */
function followUpFieldsFor(input: EpisodeInput, existing: EpisodeRow | undefined): FollowUpFields {
  return {
    followUp: input.followUp !== undefined ? input.followUp : (existing?.followUp ?? null),
    followUpSnoozedUntil:
      input.followUpSnoozedUntil !== undefined
        ? input.followUpSnoozedUntil
        : (existing?.followUpSnoozedUntil ?? null),
    followUpDismissedAt:
      input.followUpDismissedAt !== undefined
        ? input.followUpDismissedAt
        : (existing?.followUpDismissedAt ?? null),
  };
}

/**
 * Creates an episode, or replaces an existing one (same id) keeping its creation time.
 * Throws when the episode is not valid, or EpisodeConflict when `basedOn` is no longer what is stored;
 * nothing is written then.
 */
export async function saveEpisode(
  db: JournalDatabase,
  input: EpisodeInput,
  options: SaveOptions,
): Promise<Episode> {
  const nowIso = options.now.toISOString();
  const result = await db.transaction('rw', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const existing =
      input.id === undefined
        ? undefined
        : ((await db.episodes.get(input.id)) ?? (await db.episodes.get(input.id.toLowerCase())));
    // Checked in the same transaction as the write, so no other window's save can land in between.
    if (input.id !== undefined && options.basedOn !== undefined) {
      const stored = existing ? await assembleStored(db, existing) : null;
      const conflict = findConflict(stored, options.basedOn);
      if (conflict) return conflict;
    }
    const episode = episodeSchema.parse({
      ...input,
      ...followUpFieldsFor(input, existing),
      // One format for every stored instant, so index order is time order.
      startedAt: normalizeInstant(input.startedAt),
      endedAt: input.endedAt === null ? null : normalizeInstant(input.endedAt),
      id: input.id ?? options.newId(),
      createdAt: existing?.createdAt ?? nowIso,
      updatedAt: nowIso,
      deletedAt: null,
    });
    const { row, triggers, remedies } = episodeToRows(episode);
    if (existing && existing.id !== episode.id) {
      // Stored in upper case by an older version: the schema keeps ids in lower case, so move the
      // episode to its lower-case id rather than leave the old row as a duplicate.
      await db.episodes.delete(existing.id);
      await db.episodeTriggers.where('episodeId').equals(existing.id).delete();
      await db.remediesTried.where('episodeId').equals(existing.id).delete();
    }
    await db.episodes.put(row);
    await db.episodeTriggers.where('episodeId').equals(episode.id).delete();
    await db.remediesTried.where('episodeId').equals(episode.id).delete();
    // An id another episode already uses is renumbered rather than taken from that episode.
    const freeTriggers = await withFreeIds(db.episodeTriggers, triggers, options.newId);
    const freeRemedies = await withFreeIds(db.remediesTried, remedies, options.newId);
    await db.episodeTriggers.bulkPut(freeTriggers);
    await db.remediesTried.bulkPut(freeRemedies);
    return { ...episode, triggers: freeTriggers.map(triggerOf), remedies: freeRemedies.map(remedyOf) };
  });
  // Thrown outside the transaction: nothing was written, and there is nothing to roll back.
  if (result instanceof EpisodeConflict) throw result;
  return result;
}

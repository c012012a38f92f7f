/**
 * Every read and write of episodes. One user action is one transaction: an episode is saved together
 * with its triggers and remedies, or not at all.
 */
import {
  episodeSchema,
  type Episode,
  type EpisodeInput,
  type FollowUpFields,
  type RemedyTried,
  type Trigger,
} from '@shared/model';
import type { EpisodeRow, JournalDatabase, RemedyRow, TriggerRow } from '../db/database';
import { withFreeIds } from './childIds';
import { EpisodeConflict, findConflict } from './episodeConflict';

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

/** An episode as its stored rows: the episode, and its triggers and remedies linked by episodeId. */
export function episodeToRows(episode: Episode): {
  row: EpisodeRow;
  triggers: TriggerRow[];
  remedies: RemedyRow[];
} {
  const { triggers, remedies, ...row } = episode;
  return {
    row,
    triggers: triggers.map((t) => ({ ...t, episodeId: episode.id })),
    remedies: remedies.map((r) => ({ ...r, episodeId: episode.id })),
  };
}

function triggerOf(row: TriggerRow): Trigger {
  const { episodeId: _episodeId, ...trigger } = row;
  return trigger;
}

function remedyOf(row: RemedyRow): RemedyTried {
  const { episodeId: _episodeId, ...remedy } = row;
  return remedy;
}

function assemble(row: EpisodeRow, triggers: readonly TriggerRow[], remedies: readonly RemedyRow[]): Episode {
  // The row is this read's own fresh copy from IndexedDB, so it becomes the episode itself: copying every
  // field of ten years of episodes again cost time and memory at each read.
  const episode = row as Episode;
  episode.triggers = triggers.map(triggerOf);
  episode.remedies = remedies.map(remedyOf);
  return episode;
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

async function assembleStored(db: JournalDatabase, row: EpisodeRow): Promise<Episode> {
  const [triggers, remedies] = await Promise.all([
    db.episodeTriggers.where('episodeId').equals(row.id).toArray(),
    db.remediesTried.where('episodeId').equals(row.id).toArray(),
  ]);
  return assemble(row, triggers, remedies);
}

export async function getEpisode(db: JournalDatabase, id: string): Promise<Episode | undefined> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const row = await db.episodes.get(id);
    return row ? assembleStored(db, row) : undefined;
  });
}

function groupByEpisode<T extends { episodeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.episodeId);
    if (list) list.push(row);
    else map.set(row.episodeId, [row]);
  }
  return map;
}

/** Episodes from their stored rows, in the rows' order, each with its own triggers and remedies. */
export function assembleEpisodes(
  rows: readonly EpisodeRow[],
  triggers: readonly TriggerRow[],
  remedies: readonly RemedyRow[],
): Episode[] {
  const triggersByEpisode = groupByEpisode(triggers);
  const remediesByEpisode = groupByEpisode(remedies);
  return rows.map((row) =>
    assemble(row, triggersByEpisode.get(row.id) ?? [], remediesByEpisode.get(row.id) ?? []),
  );
}

/** Newest start first, as the start-time index orders them (ties: the larger id first, as its reverse does). */
export function byNewestStart(a: { startedAt: string; id: string }, b: { startedAt: string; id: string }) {
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * All episodes that are not deleted, newest first, with their triggers and remedies. Read with getAll
 * and sorted here: a reverse walk of the start-time index goes row by row through a cursor, which took
 * several times as long as one getAll on a ten-year journal.
 */
export async function listEpisodes(db: JournalDatabase): Promise<Episode[]> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const [rows, triggers, remedies] = await Promise.all([
      db.episodes.toArray(),
      db.episodeTriggers.toArray(),
      db.remediesTried.toArray(),
    ]);
    return assembleEpisodes(
      rows.filter((row) => row.deletedAt === null).sort(byNewestStart),
      triggers,
      remedies,
    );
  });
}

/** The latest episodes and how many there are in all, both not counting deleted ones. */
export interface LatestEpisodes {
  episodes: Episode[];
  total: number;
}

/**
 * The newest `limit` episodes that are not deleted, and the number of such episodes in the whole
 * journal: what the journal screen shows first. Read through the indexes (start time, and deletedAt,
 * which holds only the deleted ones), so a ten-year journal opens without reading every row.
 */
export async function listLatestEpisodes(db: JournalDatabase, limit: number): Promise<LatestEpisodes> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const [rows, stored, deleted] = await Promise.all([
      latestRows(db, limit),
      db.episodes.count(),
      db.episodes.orderBy('deletedAt').count(),
    ]);
    // One equality read per episode, all at once: IndexedDB answers them side by side, where anyOf()
    // walks the index with a cursor, one step after another.
    const [triggers, remedies] = await Promise.all([
      Promise.all(rows.map((row) => db.episodeTriggers.where('episodeId').equals(row.id).toArray())),
      Promise.all(rows.map((row) => db.remediesTried.where('episodeId').equals(row.id).toArray())),
    ]);
    return {
      episodes: assembleEpisodes(rows, triggers.flat(), remedies.flat()),
      total: stored - deleted,
    };
  });
}

/** Days of episodes read at first by latestRows, doubled until enough are found. */
const FIRST_WINDOW_DAYS = 45;

/**
 * The newest `limit` rows not deleted, newest first. Read as ranges of the start-time index going back
 * from the newest episode (each range one getAll), widening until enough are found or none are left:
 * a reverse walk of the index would go row by row through a cursor.
 */
async function latestRows(db: JournalDatabase, limit: number): Promise<EpisodeRow[]> {
  const [newest, oldest] = await Promise.all([
    db.episodes.orderBy('startedAt').last(),
    db.episodes.orderBy('startedAt').first(),
  ]);
  if (!newest || !oldest) return [];
  const newestTime = Date.parse(newest.startedAt);
  for (let days = FIRST_WINDOW_DAYS; ; days *= 2) {
    const since = new Date(newestTime - days * 86_400_000).toISOString();
    const rows = await db.episodes.where('startedAt').aboveOrEqual(since).toArray();
    const live = rows.filter((row) => row.deletedAt === null);
    if (live.length >= limit || since <= oldest.startedAt) return live.sort(byNewestStart).slice(0, limit);
  }
}

/**
 * The episodes, not deleted, that started at or after `since`: the few a follow-up can be about. Read by
 * the start-time index, so the quick-log window can ask without reading the whole journal.
 */
export async function listEpisodesStartedSince(db: JournalDatabase, since: Date): Promise<Episode[]> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const rows = await db.episodes.where('startedAt').aboveOrEqual(since.toISOString()).toArray();
    const live = rows.filter((row) => row.deletedAt === null);
    const ids = live.map((row) => row.id);
    const [triggers, remedies] = await Promise.all([
      db.episodeTriggers.where('episodeId').anyOf(ids).toArray(),
      db.remediesTried.where('episodeId').anyOf(ids).toArray(),
    ]);
    return assembleEpisodes(live, triggers, remedies);
  });
}

/** Marks an episode deleted. It stays in the database so Undo can bring it back. */
export async function deleteEpisode(db: JournalDatabase, id: string, now: Date): Promise<void> {
  const changed = await db.episodes.update(id, { deletedAt: now.toISOString() });
  if (changed === 0) throw new Error(`No episode with id ${id}`);
}

/**
 * Brings a deleted episode back. Given the deletedAt its delete set, Undo brings it back only if that
 * delete is still the latest thing that happened to it: once another window has brought it back, or
 * deleted it again, Undo leaves it as it is and resolves false.
 */
export async function undoDeleteEpisode(
  db: JournalDatabase,
  id: string,
  deletedAt?: string,
): Promise<boolean> {
  return db.transaction('rw', db.episodes, async () => {
    const row = await db.episodes.get(id);
    if (!row) throw new Error(`No episode with id ${id}`);
    if (deletedAt !== undefined && row.deletedAt !== deletedAt) return false;
    await db.episodes.update(id, { deletedAt: null });
    return true;
  });
}

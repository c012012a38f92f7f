/**
 * Every read of episodes, and the deletes (which only mark a row), without the schemas: what the
 * journal's first screen needs. Saving, which validates with the schemas, is in episodes.ts, loaded
 * with the forms that save.
 */
import type { Episode, RemedyTried, Trigger } from '@shared/model';
import type { EpisodeRow, JournalDatabase, RemedyRow, TriggerRow } from '../db/database';
import { episodesMarkOfRows, rememberEpisodesMark } from './journalMark';

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

export function triggerOf(row: TriggerRow): Trigger {
  const { episodeId: _episodeId, ...trigger } = row;
  return trigger;
}

export function remedyOf(row: RemedyRow): RemedyTried {
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

export async function assembleStored(db: JournalDatabase, row: EpisodeRow): Promise<Episode> {
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
    const mark = episodesMarkOfRows(rows);
    const episodes = assembleEpisodes(
      rows.filter((row) => row.deletedAt === null).sort(byNewestStart),
      triggers,
      remedies,
    );
    rememberEpisodesMark(episodes, mark);
    return episodes;
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

/**
 * Every read and write of episodes. One user action is one transaction: an episode is saved together
 * with its triggers and remedies, or not at all.
 */
import {
  episodeSchema,
  type Episode,
  type EpisodeInput,
  type RemedyTried,
  type Trigger,
} from '@shared/model';
import type { EpisodeRow, JournalDatabase, RemedyRow, TriggerRow } from '../db/database';
import { withFreeIds } from './childIds';

export interface SaveOptions {
  now: Date;
  newId: () => string;
}

function normalizeInstant(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
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
  return {
    ...row,
    triggers: triggers.map(triggerOf),
    remedies: remedies.map(remedyOf),
  };
}

/**
 * Creates an episode, or replaces an existing one (same id) keeping its creation time.
 * Throws when the episode is not valid; nothing is written then.
 */
export async function saveEpisode(
  db: JournalDatabase,
  input: EpisodeInput,
  options: SaveOptions,
): Promise<Episode> {
  const nowIso = options.now.toISOString();
  return db.transaction('rw', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const existing =
      input.id === undefined
        ? undefined
        : ((await db.episodes.get(input.id)) ?? (await db.episodes.get(input.id.toLowerCase())));
    const episode = episodeSchema.parse({
      ...input,
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
}

export async function getEpisode(db: JournalDatabase, id: string): Promise<Episode | undefined> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const row = await db.episodes.get(id);
    if (!row) return undefined;
    const [triggers, remedies] = await Promise.all([
      db.episodeTriggers.where('episodeId').equals(id).toArray(),
      db.remediesTried.where('episodeId').equals(id).toArray(),
    ]);
    return assemble(row, triggers, remedies);
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

/** All episodes that are not deleted, newest first, with their triggers and remedies. */
export async function listEpisodes(db: JournalDatabase): Promise<Episode[]> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const [rows, triggers, remedies] = await Promise.all([
      db.episodes.orderBy('startedAt').reverse().toArray(),
      db.episodeTriggers.toArray(),
      db.remediesTried.toArray(),
    ]);
    return assembleEpisodes(
      rows.filter((row) => row.deletedAt === null),
      triggers,
      remedies,
    );
  });
}

/** Marks an episode deleted. It stays in the database so Undo can bring it back. */
export async function deleteEpisode(db: JournalDatabase, id: string, now: Date): Promise<void> {
  const changed = await db.episodes.update(id, { deletedAt: now.toISOString() });
  if (changed === 0) throw new Error(`No episode with id ${id}`);
}

export async function undoDeleteEpisode(db: JournalDatabase, id: string): Promise<void> {
  const changed = await db.episodes.update(id, { deletedAt: null });
  if (changed === 0) throw new Error(`No episode with id ${id}`);
}

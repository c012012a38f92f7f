/**
 * A journal's mark: a short description of its episodes and check-ins that changes whenever they do, read
 * either from the indexes (a few small reads, before anything else is read) or from the rows a whole read
 * brought in. Both give the same mark for the same journal, so an answer worked out from a whole read can
 * be kept under its mark and shown on the next start, before the whole read is back (see insightsCache.ts).
 *
 * Why these parts catch every change a person can make:
 * - adding or removing an episode changes the count;
 * - saving an episode (which rewrites its triggers and remedies with it) gives it the newest updatedAt;
 * - deleting or bringing one back changes the list of deletedAt stamps (the index holds only deleted rows);
 * - check-ins likewise, by count and newest updatedAt.
 * A restore or import can write rows that break these rules (old stamps, other children), so it forgets
 * the kept answers itself (forgetKeptAnswers in insightsCache.ts).
 */
import type { CheckIn } from '@shared/checkIns';
import type { CalendarDay } from '@shared/dates';
import type { EpisodeRow, JournalDatabase } from '../db/database';

export interface EpisodesMark {
  rows: number;
  lastChange: string | null;
  deleted: string;
}

export interface CheckInsMark {
  rows: number;
  lastChange: string | null;
}

/** The episodes' mark from every stored row (deleted ones included), as a whole read has them. */
export function episodesMarkOfRows(rows: readonly EpisodeRow[]): EpisodesMark {
  let lastChange: string | null = null;
  const deleted: string[] = [];
  for (const row of rows) {
    if (lastChange === null || row.updatedAt > lastChange) lastChange = row.updatedAt;
    if (row.deletedAt !== null) deleted.push(row.deletedAt);
  }
  // The deletedAt index lists its keys in order; so do these.
  deleted.sort();
  return { rows: rows.length, lastChange, deleted: hashText(deleted.join('|')) };
}

export function checkInsMarkOfRows(rows: readonly CheckIn[]): CheckInsMark {
  let lastChange: string | null = null;
  for (const row of rows) if (lastChange === null || row.updatedAt > lastChange) lastChange = row.updatedAt;
  return { rows: rows.length, lastChange };
}

/** The same marks from the indexes: counts, the newest updatedAt and the deleted stamps, no rows. */
export async function readJournalMarks(
  db: JournalDatabase,
  today: CalendarDay,
): Promise<{ episodes: EpisodesMark; checkIns: CheckInsMark; checkInsUpToToday: number }> {
  return db.transaction('r', db.episodes, db.checkIns, async () => {
    const [episodes, lastEpisodeChange, deleted, checkIns, lastCheckInChange, upToToday] = await Promise.all([
      db.episodes.count(),
      db.episodes.orderBy('updatedAt').lastKey(),
      db.episodes.orderBy('deletedAt').keys(),
      db.checkIns.count(),
      db.checkIns.orderBy('updatedAt').lastKey(),
      db.checkIns.where('day').belowOrEqual(today).count(),
    ]);
    return {
      episodes: {
        rows: episodes,
        lastChange: typeof lastEpisodeChange === 'string' ? lastEpisodeChange : null,
        deleted: hashText(deleted.map(String).join('|')),
      },
      checkIns: {
        rows: checkIns,
        lastChange: typeof lastCheckInChange === 'string' ? lastCheckInChange : null,
      },
      checkInsUpToToday: upToToday,
    };
  });
}

/**
 * FNV-1a, 32 bits, as hex: only to keep a mark short when many episodes are deleted. Not a security
 * measure (nothing here is secret or checked against tampering), so a library's cryptographic hash
 * would be more than this needs.
 */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

const episodeMarks = new WeakMap<readonly unknown[], EpisodesMark>();
const checkInMarks = new WeakMap<readonly unknown[], CheckInsMark>();

/** Remembers which stored rows a list was made from (set by the whole reads in episodeReads/checkInReads). */
export function rememberEpisodesMark(list: readonly unknown[], mark: EpisodesMark): void {
  episodeMarks.set(list, mark);
}

export function rememberCheckInsMark(list: readonly unknown[], mark: CheckInsMark): void {
  checkInMarks.set(list, mark);
}

/** The mark of the rows a list came from; undefined for a list not made by a whole read. */
export function episodesMarkOf(list: readonly unknown[]): EpisodesMark | undefined {
  return episodeMarks.get(list);
}

export function checkInsMarkOf(list: readonly unknown[]): CheckInsMark | undefined {
  return checkInMarks.get(list);
}

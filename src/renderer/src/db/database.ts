/**
 * The journal's IndexedDB database. Rules that keep users' data safe:
 * - never edit a released version(n) or change a primary key; add version(n + 1) with an upgrade();
 * - every write goes through src/renderer/src/journal, one transaction per user action;
 * - the database is never deleted by the app.
 */
import Dexie, { type Table } from 'dexie';
import type { Episode, RemedyTried, Trigger } from '@shared/model';

export const JOURNAL_DB_NAME = 'upper-back-journal';
/** The newest schema version this build knows. A journal written by a newer build is not opened. */
export const JOURNAL_SCHEMA_VERSION = 1;

/** An episode as stored: its triggers and remedies live in their own tables, linked by episodeId. */
export type EpisodeRow = Omit<Episode, 'triggers' | 'remedies'>;
export type TriggerRow = Trigger & { episodeId: string };
export type RemedyRow = RemedyTried & { episodeId: string };

export class JournalDatabase extends Dexie {
  declare episodes: Table<EpisodeRow, string>;
  declare episodeTriggers: Table<TriggerRow, string>;
  declare remediesTried: Table<RemedyRow, string>;

  constructor(name: string = JOURNAL_DB_NAME) {
    // Chrome 121+ commits "relaxed" by default: a crash right after saving could lose the entry.
    super(name, { chromeTransactionDurability: 'strict' });

    // Version 1, released with the first build. Frozen: change the schema only in a new version.
    this.version(JOURNAL_SCHEMA_VERSION).stores({
      episodes: 'id, startedAt, updatedAt',
      episodeTriggers: 'id, episodeId, kind',
      remediesTried: 'id, episodeId, kind',
    });
  }
}

/**
 * The journal's IndexedDB database. Rules that keep users' data safe:
 * - never edit a released version(n) or change a primary key; add version(n + 1) with an upgrade();
 * - every write goes through src/renderer/src/journal, one transaction per user action;
 * - the database is never deleted by the app.
 */
import Dexie, { type Table } from 'dexie';
import type { CheckIn } from '@shared/checkIns';
import type { Measure, PsfsActivity } from '@shared/measures';
import type { Episode, RemedyTried, Trigger } from '@shared/model';
import type { OwnFactor } from '@shared/ownFactors';
import type { Settings } from '@shared/settings';
import type { WithdrawalPeriod } from '@shared/withdrawal';

export const JOURNAL_DB_NAME = 'upper-back-journal';
/** The newest schema version this build knows. A journal written by a newer build is not opened. */
export const JOURNAL_SCHEMA_VERSION = 5;

/** An episode as stored: its triggers and remedies live in their own tables, linked by episodeId. */
export type EpisodeRow = Omit<Episode, 'triggers' | 'remedies'>;
export type TriggerRow = Trigger & { episodeId: string };
export type RemedyRow = RemedyTried & { episodeId: string };
export type SettingsRow = Settings & { id: typeof SETTINGS_ROW_ID };
export const SETTINGS_ROW_ID = 'settings';

export class JournalDatabase extends Dexie {
  declare episodes: Table<EpisodeRow, string>;
  declare episodeTriggers: Table<TriggerRow, string>;
  declare remediesTried: Table<RemedyRow, string>;
  declare checkIns: Table<CheckIn, string>;
  declare measures: Table<Measure, string>;
  declare psfsActivities: Table<PsfsActivity, string>;
  declare withdrawalPeriods: Table<WithdrawalPeriod, string>;
  declare settings: Table<SettingsRow, string>;
  declare ownFactors: Table<OwnFactor, string>;

  constructor(name: string = JOURNAL_DB_NAME) {
    // Chrome 121+ commits "relaxed" by default: a crash right after saving could lose the entry.
    super(name, { chromeTransactionDurability: 'strict' });

    // Version 1, released with the first build. Frozen: change the schema only in a new version.
    this.version(1).stores({
      episodes: 'id, startedAt, updatedAt',
      episodeTriggers: 'id, episodeId, kind',
      remediesTried: 'id, episodeId, kind',
    });

    // Version 2: daily check-ins, outcome measures, withdrawal periods, settings; red flags on episodes.
    this.version(2)
      .stores({
        checkIns: 'day, updatedAt',
        measures: 'id, kind, day',
        psfsActivities: 'id, createdAt',
        withdrawalPeriods: 'id, quitDay',
        settings: 'id',
      })
      .upgrade((tx) =>
        tx
          .table('episodes')
          .toCollection()
          .modify((episode: Partial<EpisodeRow>) => {
            if (!Array.isArray(episode.redFlags)) episode.redFlags = [];
          }),
      );

    // Version 3: the "How is it now?" follow-up on each episode, with its snooze and dismissal. No new
    // store or index: the fields live on the episode row.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('episodes')
          .toCollection()
          .modify((episode: Partial<EpisodeRow>) => {
            if (episode.followUp === undefined) episode.followUp = null;
            if (episode.followUpSnoozedUntil === undefined) episode.followUpSnoozedUntil = null;
            if (episode.followUpDismissedAt === undefined) episode.followUpDismissedAt = null;
          }),
      );

    // Version 4: factors of the person's own (their definitions in a store of their own, their values on
    // each check-in), and mood and energy on the check-in.
    this.version(4)
      .stores({ ownFactors: 'id, createdAt' })
      .upgrade((tx) =>
        tx
          .table('checkIns')
          .toCollection()
          .modify((checkIn: Partial<CheckIn>) => {
            if (checkIn.mood === undefined) checkIn.mood = null;
            if (checkIn.energy === undefined) checkIn.energy = null;
            if (checkIn.ownValues === undefined) checkIn.ownValues = {};
          }),
      );

    // Version 5: an index on when an episode was deleted, so the journal can count its episodes without
    // reading them all (IndexedDB leaves a row whose key is null out of an index: it holds only the
    // deleted ones). No row changes shape (a backup's step from 4 to 5 changes nothing).
    this.version(5).stores({ episodes: 'id, startedAt, updatedAt, deletedAt' });
  }
}

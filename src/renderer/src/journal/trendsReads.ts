/**
 * What Trends reads when it opens before the whole journal is in: the entries from one day on (see
 * trendsSliceFrom in src/shared/trends/view.ts) and the journal's first and last days, through the
 * indexes, so a few weeks' charts of a ten-year journal do not wait for ten years of rows.
 */
import type { CheckIn } from '@shared/checkIns';
import type { CalendarDay } from '@shared/dates';
import type { Episode } from '@shared/model';
import { firstJournalDay, lastJournalDay } from '@shared/trends';
import type { JournalDatabase } from '../db/database';
import { assembleEpisodes, byNewestStart } from './episodeReads';

export interface TrendsSlice {
  /** The first day these entries start on: views whose trendsSliceFrom is on or after it can use them. */
  from: CalendarDay;
  episodes: Episode[];
  checkIns: CheckIn[];
  span: { firstDay: CalendarDay | null; lastDay: CalendarDay | null };
}

export async function readTrendsSlice(
  db: JournalDatabase,
  from: CalendarDay,
  timeZone: string,
): Promise<TrendsSlice> {
  return db.transaction('r', db.episodes, db.episodeTriggers, db.remediesTried, db.checkIns, async () => {
    // Episodes compare their stored start (an ISO instant) with `${day}T00:00`, as episodesNear does.
    const [rows, checkIns, firstLive, lastLive, firstCheckIn, lastCheckIn] = await Promise.all([
      db.episodes.where('startedAt').aboveOrEqual(`${from}T00:00`).toArray(),
      db.checkIns.where('day').aboveOrEqual(from).toArray(),
      db.episodes
        .orderBy('startedAt')
        .filter((row) => row.deletedAt === null)
        .first(),
      db.episodes
        .orderBy('startedAt')
        .reverse()
        .filter((row) => row.deletedAt === null)
        .first(),
      db.checkIns.orderBy('day').first(),
      db.checkIns.orderBy('day').last(),
    ]);
    const live = rows.filter((row) => row.deletedAt === null).sort(byNewestStart);
    // One equality read per episode, side by side (as listLatestEpisodes does; anyOf walks a cursor).
    const [triggers, remedies] = await Promise.all([
      Promise.all(live.map((row) => db.episodeTriggers.where('episodeId').equals(row.id).toArray())),
      Promise.all(live.map((row) => db.remediesTried.where('episodeId').equals(row.id).toArray())),
    ]);
    // The first and last days by the same functions the whole journal uses, given only its ends.
    const ends = [firstLive, lastLive].filter((row) => row !== undefined);
    const endCheckIns = [firstCheckIn, lastCheckIn].filter((row) => row !== undefined);
    return {
      from,
      episodes: assembleEpisodes(live, triggers.flat(), remedies.flat()),
      checkIns: checkIns.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)),
      span: {
        firstDay: firstJournalDay(ends, endCheckIns, timeZone),
        lastDay: lastJournalDay(ends, endCheckIns, timeZone),
      },
    };
  });
}

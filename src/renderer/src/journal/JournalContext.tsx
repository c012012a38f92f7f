import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckIn } from '@shared/checkIns';
import type { Episode } from '@shared/model';
import type { WithdrawalPeriod } from '@shared/withdrawal';
import type { JournalDatabase } from '../db/database';
import { listCheckIns } from './checkIns';
import { listEpisodes, listLatestEpisodes, type LatestEpisodes } from './episodes';
import { listWithdrawalPeriods } from './settings';

export const JournalContext = createContext<JournalDatabase | null>(null);

export function useJournal(): JournalDatabase {
  const db = useContext(JournalContext);
  if (!db) throw new Error('useJournal must be used inside the open journal');
  return db;
}

/** How many of the newest episodes the journal screen is first drawn from (about a month's worth). */
export const LATEST_EPISODES_FIRST = 200;

interface JournalData {
  latestEpisodes: LatestEpisodes | undefined;
  episodes: Episode[] | undefined;
  checkIns: CheckIn[] | undefined;
  withdrawalPeriods: WithdrawalPeriod[] | undefined;
}

const JournalDataContext = createContext<JournalData | null>(null);

/**
 * One live read of episodes, check-ins and withdrawal periods for the whole app: every screen shares it,
 * so opening a screen never reads the journal again, a save is read back once rather than once per
 * screen, and each list keeps its identity until it changes (the Trends worker relies on that).
 */
export function JournalDataProvider({
  children,
  onlyWithdrawalPeriods = false,
}: {
  children: ReactNode;
  /**
   * For the quick-log window, which needs only the withdrawal periods (to fill in a withdrawal's day): it
   * opens on a key press, so it skips reading every episode and check-in (those stay undefined).
   */
  onlyWithdrawalPeriods?: boolean;
}) {
  const db = useJournal();
  // The few the journal screen shows first, read through the indexes: on a long journal they are on
  // screen well before the whole read below has come back.
  const latestEpisodes = useLiveQuery(
    () => (onlyWithdrawalPeriods ? undefined : listLatestEpisodes(db, LATEST_EPISODES_FIRST)),
    [db, onlyWithdrawalPeriods],
  );
  // The whole read waits for the first one: run together, its big reads held up the first one's steps
  // through the index, and the journal's first cards came no sooner than the whole.
  const readAll = !onlyWithdrawalPeriods && latestEpisodes !== undefined;
  const episodes = useLiveQuery(() => (readAll ? listEpisodes(db) : undefined), [db, readAll]);
  const checkIns = useLiveQuery(() => (readAll ? listCheckIns(db) : undefined), [db, readAll]);
  const withdrawalPeriods = useLiveQuery(() => listWithdrawalPeriods(db), [db]);
  return (
    <JournalDataContext.Provider value={{ latestEpisodes, episodes, checkIns, withdrawalPeriods }}>
      {children}
    </JournalDataContext.Provider>
  );
}

function useJournalData(): JournalData {
  const data = useContext(JournalDataContext);
  if (!data) throw new Error('the journal data hooks must be used inside JournalDataProvider');
  return data;
}

/**
 * The newest episodes (up to LATEST_EPISODES_FIRST) and the count of all, not deleted; undefined while
 * loading. Comes back before useEpisodes on a long journal.
 */
export function useLatestEpisodes(): LatestEpisodes | undefined {
  return useJournalData().latestEpisodes;
}

/** Every episode that is not deleted, newest first; undefined while loading. Updates after each save. */
export function useEpisodes(): Episode[] | undefined {
  return useJournalData().episodes;
}

/** All check-ins, newest day first; undefined while loading. */
export function useCheckIns(): CheckIn[] | undefined {
  return useJournalData().checkIns;
}

/** Withdrawal periods, most recent quit day first; undefined while loading. */
export function useWithdrawalPeriods(): WithdrawalPeriod[] | undefined {
  return useJournalData().withdrawalPeriods;
}

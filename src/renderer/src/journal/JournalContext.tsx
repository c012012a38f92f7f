import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckIn } from '@shared/checkIns';
import type { Episode } from '@shared/model';
import type { WithdrawalPeriod } from '@shared/withdrawal';
import type { JournalDatabase } from '../db/database';
import { listCheckIns } from './checkIns';
import { listEpisodes } from './episodes';
import { listWithdrawalPeriods } from './settings';

export const JournalContext = createContext<JournalDatabase | null>(null);

export function useJournal(): JournalDatabase {
  const db = useContext(JournalContext);
  if (!db) throw new Error('useJournal must be used inside the open journal');
  return db;
}

interface JournalData {
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
  const episodes = useLiveQuery(
    () => (onlyWithdrawalPeriods ? undefined : listEpisodes(db)),
    [db, onlyWithdrawalPeriods],
  );
  const checkIns = useLiveQuery(
    () => (onlyWithdrawalPeriods ? undefined : listCheckIns(db)),
    [db, onlyWithdrawalPeriods],
  );
  const withdrawalPeriods = useLiveQuery(() => listWithdrawalPeriods(db), [db]);
  return (
    <JournalDataContext.Provider value={{ episodes, checkIns, withdrawalPeriods }}>
      {children}
    </JournalDataContext.Provider>
  );
}

function useJournalData(): JournalData {
  const data = useContext(JournalDataContext);
  if (!data) throw new Error('the journal data hooks must be used inside JournalDataProvider');
  return data;
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

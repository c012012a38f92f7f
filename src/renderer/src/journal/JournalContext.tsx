import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
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
  /** Starts the shared read of every episode and check-in (once; later calls do nothing). */
  requestFullRead: () => void;
}

const JournalDataContext = createContext<JournalData | null>(null);

/**
 * One live read of episodes, check-ins and withdrawal periods for the whole app: every screen shares it,
 * so opening a screen never reads the journal again, a save is read back once rather than once per
 * screen, and each list keeps its identity until it changes (the Trends worker relies on that).
 *
 * The read of every episode and check-in starts only when something asks for it: a screen that needs them
 * (useEpisodes, useCheckIns), or the journal's history once its first screen, read by the start-time
 * index, is on (useRequestFullRead). So a ten-year journal opens on its latest days without waiting for
 * the whole read.
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
  const [isFullReadWanted, setFullReadWanted] = useState(false);
  const requestFullRead = useCallback(() => setFullReadWanted(true), []);
  const isFullRead = isFullReadWanted && !onlyWithdrawalPeriods;
  const episodes = useLiveQuery(() => (isFullRead ? listEpisodes(db) : undefined), [db, isFullRead]);
  const checkIns = useLiveQuery(() => (isFullRead ? listCheckIns(db) : undefined), [db, isFullRead]);
  const withdrawalPeriods = useLiveQuery(() => listWithdrawalPeriods(db), [db]);
  return (
    <JournalDataContext.Provider value={{ episodes, checkIns, withdrawalPeriods, requestFullRead }}>
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
  const { episodes, requestFullRead } = useJournalData();
  useEffect(requestFullRead, [requestFullRead]);
  return episodes;
}

/** All check-ins, newest day first; undefined while loading. */
export function useCheckIns(): CheckIn[] | undefined {
  const { checkIns, requestFullRead } = useJournalData();
  useEffect(requestFullRead, [requestFullRead]);
  return checkIns;
}

/**
 * The shared episodes and check-ins once something else has read them, without starting the read: for
 * what is always on (notices, reminders), so it never holds up the first screen.
 */
export function useEpisodesOnceRead(): Episode[] | undefined {
  return useJournalData().episodes;
}

/** The shared check-ins once read (see useEpisodesOnceRead). */
export function useCheckInsOnceRead(): CheckIn[] | undefined {
  return useJournalData().checkIns;
}

/** Starts the shared read of every episode and check-in (the history calls it once its first screen is on). */
export function useRequestFullRead(): () => void {
  return useJournalData().requestFullRead;
}

/** Withdrawal periods, most recent quit day first; undefined while loading. */
export function useWithdrawalPeriods(): WithdrawalPeriod[] | undefined {
  return useJournalData().withdrawalPeriods;
}

import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckIn } from '@shared/checkIns';
import type { Episode } from '@shared/model';
import type { JournalDatabase } from '../db/database';
import { listCheckIns } from './checkIns';
import { listEpisodes } from './episodes';

export const JournalContext = createContext<JournalDatabase | null>(null);

export function useJournal(): JournalDatabase {
  const db = useContext(JournalContext);
  if (!db) throw new Error('useJournal must be used inside the open journal');
  return db;
}

interface JournalData {
  episodes: Episode[] | undefined;
  checkIns: CheckIn[] | undefined;
}

const JournalDataContext = createContext<JournalData | null>(null);

/**
 * One live read of episodes and check-ins for the whole app: every screen shares it, so opening a screen
 * never reads the journal again, and a save is read back once rather than once per screen.
 */
export function JournalDataProvider({ children }: { children: ReactNode }) {
  const db = useJournal();
  const episodes = useLiveQuery(() => listEpisodes(db), [db]);
  const checkIns = useLiveQuery(() => listCheckIns(db), [db]);
  return <JournalDataContext.Provider value={{ episodes, checkIns }}>{children}</JournalDataContext.Provider>;
}

function useJournalData(): JournalData {
  const data = useContext(JournalDataContext);
  if (!data) throw new Error('useEpisodes and useCheckIns must be used inside JournalDataProvider');
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

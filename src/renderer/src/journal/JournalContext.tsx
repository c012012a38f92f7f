import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Episode } from '@shared/model';
import type { JournalDatabase } from '../db/database';
import { listEpisodes } from './episodes';

export const JournalContext = createContext<JournalDatabase | null>(null);

export function useJournal(): JournalDatabase {
  const db = useContext(JournalContext);
  if (!db) throw new Error('useJournal must be used inside the open journal');
  return db;
}

/** Every episode that is not deleted, newest first; undefined while loading. Updates after each save. */
export function useEpisodes(): Episode[] | undefined {
  const db = useJournal();
  return useLiveQuery(() => listEpisodes(db), [db]);
}

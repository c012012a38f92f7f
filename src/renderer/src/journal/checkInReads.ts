/** The reads of daily check-ins, without the schemas (saving is in checkIns.ts). */
import type { CheckIn } from '@shared/checkIns';
import type { JournalDatabase } from '../db/database';
import { checkInsMarkOfRows, rememberCheckInsMark } from './journalMark';

export async function getCheckIn(db: JournalDatabase, day: string): Promise<CheckIn | undefined> {
  return db.checkIns.get(day);
}

/** All check-ins, newest day first. */
export async function listCheckIns(db: JournalDatabase): Promise<CheckIn[]> {
  // getAll and a sort here, rather than a reverse walk of the day index (a row-by-row cursor).
  const checkIns = await db.checkIns.toArray();
  rememberCheckInsMark(checkIns, checkInsMarkOfRows(checkIns));
  return checkIns.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

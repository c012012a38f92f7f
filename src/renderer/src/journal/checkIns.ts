/** Every read and write of daily check-ins: one per calendar day, keyed by the day. */
import { checkInSchema, type CheckIn, type CheckInInput } from '@shared/checkIns';
import type { JournalDatabase } from '../db/database';

/** Creates or replaces the check-in for its day, keeping when it was first made. */
export async function saveCheckIn(db: JournalDatabase, input: CheckInInput, now: Date): Promise<CheckIn> {
  return db.transaction('rw', db.checkIns, async () => {
    const existing = await db.checkIns.get(input.day);
    const checkIn = checkInSchema.parse({
      ...input,
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await db.checkIns.put(checkIn);
    return checkIn;
  });
}

export async function getCheckIn(db: JournalDatabase, day: string): Promise<CheckIn | undefined> {
  return db.checkIns.get(day);
}

/** All check-ins, newest day first. */
export async function listCheckIns(db: JournalDatabase): Promise<CheckIn[]> {
  return db.checkIns.orderBy('day').reverse().toArray();
}

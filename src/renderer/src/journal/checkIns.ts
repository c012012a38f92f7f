/** Every read and write of daily check-ins: one per calendar day, keyed by the day. */
import { checkInSchema, type CheckIn, type CheckInInput } from '@shared/checkIns';
import type { JournalDatabase } from '../db/database';
import { isSameRecord } from './sameRecord';

/**
 * Thrown by saveCheckIn when another window saved the day's check-in after the form loaded it (the
 * same lost update as with episodes). Nothing is written.
 */
export class CheckInConflict extends Error {
  override readonly name = 'CheckInConflict';
  /** The check-in stored now, to show or to write over on purpose. */
  readonly stored: CheckIn;
  /** The version the form loaded; null when the day had none yet. */
  readonly basedOn: CheckIn | null;

  constructor(stored: CheckIn, basedOn: CheckIn | null) {
    super(`The check-in for ${stored.day} was saved elsewhere after this edit began`);
    this.stored = stored;
    this.basedOn = basedOn;
  }
}

export interface SaveCheckInOptions {
  /**
   * The check-in as the form loaded it (null: the day had none). When given, the save goes ahead only
   * over that very version, or when nothing is stored (nothing to lose); otherwise CheckInConflict.
   */
  basedOn?: CheckIn | null;
}

/** Creates or replaces the check-in for its day, keeping when it was first made. */
export async function saveCheckIn(
  db: JournalDatabase,
  input: CheckInInput,
  now: Date,
  options: SaveCheckInOptions = {},
): Promise<CheckIn> {
  const result = await db.transaction('rw', db.checkIns, async () => {
    const existing = await db.checkIns.get(input.day);
    // In the same transaction as the write, so no other window's save lands in between.
    if (
      existing &&
      options.basedOn !== undefined &&
      (options.basedOn === null || !isSameRecord(existing, options.basedOn))
    ) {
      return new CheckInConflict(existing, options.basedOn);
    }
    const checkIn = checkInSchema.parse({
      ...input,
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await db.checkIns.put(checkIn);
    return checkIn;
  });
  if (result instanceof CheckInConflict) throw result;
  return result;
}

export async function getCheckIn(db: JournalDatabase, day: string): Promise<CheckIn | undefined> {
  return db.checkIns.get(day);
}

/** All check-ins, newest day first. */
export async function listCheckIns(db: JournalDatabase): Promise<CheckIn[]> {
  // getAll and a sort here, rather than a reverse walk of the day index (a row-by-row cursor).
  const checkIns = await db.checkIns.toArray();
  return checkIns.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckInInput } from '../../../src/shared/checkIns';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { CheckInConflict, getCheckIn, saveCheckIn } from '../../../src/renderer/src/journal/checkIns';
import { checkInConflictWords } from '../../../src/renderer/src/features/log/conflictMessage';
import { checkIn } from '../../fixtures/builders';

let db: JournalDatabase;

beforeEach(async () => {
  db = new JournalDatabase(`cc-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

// An empty check-in from the shared builder, without the timestamps the journal sets itself.
const { createdAt: _created, updatedAt: _updated, ...blank } = checkIn('2026-11-20');
const day: CheckInInput = blank;
const opened = new Date('2026-11-20T20:00:00.000Z');
const later = new Date('2026-11-20T20:42:00.000Z');

async function refusal(promise: Promise<unknown>): Promise<CheckInConflict> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CheckInConflict)) throw new Error(`expected a conflict, got ${String(error)}`);
  return error;
}

describe('saveCheckIn with basedOn', () => {
  it('refuses, writing nothing, a save over a check-in changed since, even in the same millisecond', async () => {
    const loaded = await saveCheckIn(db, { ...day, overallPain: 3 }, opened);
    const theirs = await saveCheckIn(db, { ...day, overallPain: 5 }, opened, { basedOn: loaded });
    const conflict = await refusal(saveCheckIn(db, { ...day, overallPain: 7 }, opened, { basedOn: loaded }));
    expect(conflict.stored).toEqual(theirs);
    expect(await getCheckIn(db, day.day)).toEqual(theirs);

    // Chosen: written over the version the person saw.
    await saveCheckIn(db, { ...day, overallPain: 7 }, later, { basedOn: conflict.stored });
    expect((await getCheckIn(db, day.day))?.overallPain).toBe(7);
  });

  it('refuses a first check-in for a day another window has filled in meanwhile', async () => {
    await saveCheckIn(db, { ...day, stress: 4 }, later);
    const conflict = await refusal(saveCheckIn(db, { ...day, stress: 8 }, later, { basedOn: null }));
    expect(conflict.basedOn).toBeNull();
    expect((await getCheckIn(db, day.day))?.stress).toBe(4);
  });

  it('saves when nothing is stored, and as before when no version is given', async () => {
    await saveCheckIn(db, { ...day, stress: 2 }, opened, { basedOn: null });
    await saveCheckIn(db, { ...day, stress: 6 }, later);
    expect((await getCheckIn(db, day.day))?.stress).toBe(6);
  });
});

describe('checkInConflictWords', () => {
  it('says when the other window saved, in the person’s zone', async () => {
    const stored = await saveCheckIn(db, day, later);
    expect(checkInConflictWords({ stored, basedOn: stored }, 'Europe/London', 'en-GB').message).toBe(
      'This check-in was changed in another window at 20:42, after you opened it.',
    );
    expect(checkInConflictWords({ stored, basedOn: null }, 'Europe/London', 'en-GB').message).toBe(
      'A check-in for this day was saved in another window at 20:42, after you opened this one.',
    );
  });
});

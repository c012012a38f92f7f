/** Reads of the person's own factors (src/shared/ownFactors.ts); writes live next to them as they are added. */
import type { OwnFactor } from '@shared/ownFactors';
import type { JournalDatabase } from '../db/database';

/** Every own factor, archived ones too (their history stays in the analysis), oldest first. */
export async function listOwnFactors(db: JournalDatabase): Promise<OwnFactor[]> {
  return db.ownFactors.orderBy('createdAt').toArray();
}

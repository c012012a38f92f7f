/** The read of the person's own factors, without the schemas (the writes are in ownFactors.ts). */
import type { OwnFactor } from '@shared/ownFactors';
import type { JournalDatabase } from '../db/database';

/** Every own factor, archived ones too (their history stays in the analysis), oldest first. */
export async function listOwnFactors(db: JournalDatabase): Promise<OwnFactor[]> {
  return db.ownFactors.orderBy('createdAt').toArray();
}

/** The reads of PSFS activities and ratings, without the schemas (saving is in measures.ts). */
import type { Measure, PsfsActivity } from '@shared/measures';
import type { JournalDatabase } from '../db/database';

/** Every activity ever named: active ones (retiredAt null) in the person's order, then retired ones. */
export async function listActivities(db: JournalDatabase): Promise<PsfsActivity[]> {
  const all = await db.psfsActivities.toArray();
  const isRetired = (a: PsfsActivity) => (a.retiredAt === null ? 0 : 1);
  return all.sort(
    (a, b) =>
      isRetired(a) - isRetired(b) || a.position - b.position || a.createdAt.localeCompare(b.createdAt),
  );
}

/** All PSFS and PEG-3 ratings, oldest first. */
export async function listMeasures(db: JournalDatabase): Promise<Measure[]> {
  const all = await db.measures.orderBy('day').toArray();
  return all.sort((a, b) =>
    a.day === b.day ? a.takenAt.localeCompare(b.takenAt) : a.day.localeCompare(b.day),
  );
}

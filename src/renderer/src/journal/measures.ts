/** PSFS activities and the PSFS and PEG-3 ratings. The reads are in measureReads.ts (no schemas). */
import {
  MAX_ACTIVITY_NAME_LENGTH,
  PSFS_MAX_ACTIVITIES,
  PSFS_MIN_ACTIVITIES,
  measureSchema,
  psfsActivitySchema,
  type Measure,
  type PsfsActivity,
} from '@shared/measures';
import type { JournalDatabase } from '../db/database';

export * from './measureReads';

export interface ActivityName {
  /** Present for an activity that already exists (renaming keeps its ratings). */
  id?: string;
  name: string;
}

/**
 * Sets the activities the person rates. Activities left out are retired, not deleted, so earlier
 * ratings keep their names. Throws when there are not 3 to 5 named activities.
 */
export async function saveActivities(
  db: JournalDatabase,
  names: readonly ActivityName[],
  now: Date,
  newId: () => string,
): Promise<PsfsActivity[]> {
  const named = names.map((n) => ({ ...n, name: n.name.trim() })).filter((n) => n.name !== '');
  if (named.length < PSFS_MIN_ACTIVITIES || named.length > PSFS_MAX_ACTIVITIES) {
    throw new Error(`Name ${PSFS_MIN_ACTIVITIES} to ${PSFS_MAX_ACTIVITIES} activities.`);
  }
  if (named.some((n) => n.name.length > MAX_ACTIVITY_NAME_LENGTH))
    throw new Error('An activity name is too long.');
  const nowIso = now.toISOString();
  return db.transaction('rw', db.psfsActivities, async () => {
    const existing = await db.psfsActivities.toArray();
    const kept = new Set(named.flatMap((n) => (n.id ? [n.id] : [])));
    const retired = existing
      .filter((a) => a.retiredAt === null && !kept.has(a.id))
      .map((a) => ({ ...a, retiredAt: nowIso }));
    const active = named.map((n, position) => {
      const before = n.id ? existing.find((a) => a.id === n.id) : undefined;
      return psfsActivitySchema.parse({
        id: before?.id ?? newId(),
        name: n.name,
        position,
        createdAt: before?.createdAt ?? nowIso,
        retiredAt: null,
      });
    });
    await db.psfsActivities.bulkPut([...retired, ...active]);
    return active;
  });
}

export async function saveMeasure(db: JournalDatabase, measure: Measure): Promise<Measure> {
  const valid = measureSchema.parse(measure);
  await db.measures.put(valid);
  return valid;
}

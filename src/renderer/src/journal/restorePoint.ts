/**
 * The journal as it was just before the last restore, kept so that restore can be undone from the same
 * screen. It lives in a database of its own, so emptying the journal never touches it.
 */
import Dexie, { type Table } from 'dexie';
import type { RowFingerprints } from '@shared/backup';

export const RESTORE_POINT_DB_NAME = 'upper-back-journal-restore-point';

export interface RestorePoint {
  id: 'last';
  createdAt: string;
  /** A complete backup file's text. */
  backup: string;
  /** What the restore did, e.g. "Replaced with a backup from 21 November 2026". */
  description: string;
  /**
   * Each row as the restore left it, so Undo keeps whatever was added or changed after it. Missing in a
   * restore point an earlier version made.
   */
  after?: RowFingerprints;
}

class RestorePointDatabase extends Dexie {
  declare restorePoints: Table<RestorePoint, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ restorePoints: 'id' });
  }
}

export function openRestorePoints(name = RESTORE_POINT_DB_NAME): RestorePointDatabase {
  return new RestorePointDatabase(name);
}

export type RestorePoints = RestorePointDatabase;

export async function saveRestorePoint(db: RestorePoints, point: Omit<RestorePoint, 'id'>): Promise<void> {
  await db.restorePoints.put({ ...point, id: 'last' });
}

export async function getRestorePoint(db: RestorePoints): Promise<RestorePoint | undefined> {
  return db.restorePoints.get('last');
}

export async function clearRestorePoint(db: RestorePoints): Promise<void> {
  await db.restorePoints.delete('last');
}

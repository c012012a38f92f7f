/**
 * Restoring a backup, undoably. The journal as it is now is kept first (in memory, and on the desktop also
 * as an automatic backup file), then the backup is written in one transaction, and only once that has
 * committed is the restore point recorded: a restore cut short never leaves a notice saying it happened.
 */
import {
  fingerprintTables,
  planUndo,
  readBackup,
  sameFingerprints,
  tablesAfterRestore,
  type BackupInfo,
  type BackupTables,
  type ImportMode,
  type TableName,
  type UndoPlan,
} from '@shared/backup';
import type { DesktopApi } from '@shared/api';
import type { JournalDatabase } from '../db/database';
import { applyImport, backupText, readAllTables, type ImportCounts } from './backup';
import {
  clearRestorePoint,
  getRestorePoint,
  saveRestorePoint,
  type RestorePoint,
  type RestorePoints,
} from './restorePoint';

export interface RestoreContext {
  db: JournalDatabase;
  restorePoints: RestorePoints;
  desktop: Pick<DesktopApi, 'supportsAutomaticBackups' | 'writeAutomaticBackup'>;
  info: BackupInfo;
}

/** Where a restore is, for the status line: keeping a copy (with how far), then writing. */
export type RestoreStage = { step: 'keeping-copy'; fraction: number } | { step: 'writing' };

/** The journal changed (in another window) between keeping the copy and replacing it. */
export class JournalChangedError extends Error {
  constructor() {
    super('Your journal changed in another window while the restore was being prepared.');
    this.name = 'JournalChangedError';
  }
}

export async function restoreBackup(
  context: RestoreContext,
  tables: BackupTables,
  mode: ImportMode,
  description: string,
  onStage?: (stage: RestoreStage) => void,
): Promise<ImportCounts> {
  const { db } = context;
  onStage?.({ step: 'keeping-copy', fraction: 0 });
  const before = await readAllTables(db);
  const snapshot = await backupText(before, context.info, (fraction) =>
    onStage?.({ step: 'keeping-copy', fraction }),
  );
  if (await context.desktop.supportsAutomaticBackups()) {
    await context.desktop.writeAutomaticBackup(snapshot, 'before-restore');
  }
  onStage?.({ step: 'writing' });
  const counts = await db.transaction('rw', db.tables, async () => {
    // A replace empties the journal: anything saved in another window since the copy was kept would be
    // in neither the copy nor the file, so stop rather than lose it. (A merge leaves such entries be.)
    if (mode === 'replace') {
      const current = fingerprintTables(await readAllTables(db));
      if (!sameFingerprints(current, fingerprintTables(before))) throw new JournalChangedError();
    }
    return applyImport(db, tables, mode);
  });
  await saveRestorePoint(context.restorePoints, {
    createdAt: context.info.exportedAt,
    backup: snapshot,
    description,
    after: fingerprintTables(tablesAfterRestore(before, tables, mode)),
  });
  return counts;
}

function beforeTables(point: RestorePoint): BackupTables {
  const reading = readBackup(point.backup);
  if (reading.status !== 'readable' || reading.problems.length > 0) {
    throw new Error('The copy kept before the restore could not be read.');
  }
  return reading.tables;
}

export interface UndoPreview {
  point: RestorePoint;
  /** Rows added, changed or deleted since the restore, kept as they are. */
  kept: Record<TableName, number>;
  /** Rows that go back to how they were before the restore (or go, if the restore brought them). */
  reverted: Record<TableName, number>;
  /** The restore point was made by an earlier version, which did not note what the restore left. */
  keepsNothingLater: boolean;
}

/** What Undo would do now, for the confirmation. Null when there is no restore to undo. */
export async function previewUndo(
  context: Pick<RestoreContext, 'db' | 'restorePoints'>,
): Promise<UndoPreview | null> {
  const point = await getRestorePoint(context.restorePoints);
  if (!point) return null;
  const plan = planUndo(beforeTables(point), point.after ?? null, await readAllTables(context.db));
  return { point, kept: plan.kept, reverted: plan.reverted, keepsNothingLater: point.after === undefined };
}

/**
 * Puts back the journal as it was before the last restore, keeping every entry added, changed or deleted
 * since, and forgets that restore point. The plan is worked out again inside the writing transaction, so
 * an entry saved in another window after the confirmation is kept too. Null when there is nothing to undo.
 */
export async function undoLastRestore(
  context: Pick<RestoreContext, 'db' | 'restorePoints'>,
): Promise<UndoPlan | null> {
  const point = await getRestorePoint(context.restorePoints);
  if (!point) return null;
  const before = beforeTables(point);
  const { db } = context;
  const plan = await db.transaction('rw', db.tables, async () => {
    const undo = planUndo(before, point.after ?? null, await readAllTables(db));
    await applyImport(db, undo.tables, 'replace');
    return undo;
  });
  // If the app stops here, the restore point stays; undoing again changes nothing more (the reverted
  // rows now differ from what the restore left, so they count as later and are kept as they are).
  await clearRestorePoint(context.restorePoints);
  return plan;
}

/**
 * Restoring a backup, undoably: the journal as it is now is kept first (as a restore point, and on the
 * desktop also as an automatic backup file), then the backup is written in one transaction.
 */
import { readBackup, type BackupInfo, type BackupTables, type ImportMode } from '@shared/backup';
import type { DesktopApi } from '@shared/api';
import type { JournalDatabase } from '../db/database';
import { applyImport, exportBackup, type ImportCounts } from './backup';
import { clearRestorePoint, getRestorePoint, saveRestorePoint, type RestorePoints } from './restorePoint';

export interface RestoreContext {
  db: JournalDatabase;
  restorePoints: RestorePoints;
  desktop: Pick<DesktopApi, 'supportsAutomaticBackups' | 'writeAutomaticBackup'>;
  info: BackupInfo;
}

export async function restoreBackup(
  context: RestoreContext,
  tables: BackupTables,
  mode: ImportMode,
  description: string,
): Promise<ImportCounts> {
  const snapshot = await exportBackup(context.db, context.info);
  await saveRestorePoint(context.restorePoints, {
    createdAt: context.info.exportedAt,
    backup: snapshot,
    description,
  });
  if (await context.desktop.supportsAutomaticBackups()) {
    await context.desktop.writeAutomaticBackup(snapshot, 'before-restore');
  }
  return applyImport(context.db, tables, mode);
}

/** Puts the journal back as it was before the last restore, and forgets that restore point. */
export async function undoLastRestore(
  context: Pick<RestoreContext, 'db' | 'restorePoints'>,
): Promise<boolean> {
  const point = await getRestorePoint(context.restorePoints);
  if (!point) return false;
  const reading = readBackup(point.backup);
  if (reading.status !== 'readable' || reading.problems.length > 0) {
    throw new Error('The copy kept before the restore could not be read.');
  }
  await applyImport(context.db, reading.tables, 'replace');
  await clearRestorePoint(context.restorePoints);
  return true;
}

import { readBackup, type BackupReading } from '@shared/backup';
import { runOnceInWorker } from '../workers/runOnce';

/**
 * readBackup in a Web Worker: a 100,000-episode file takes seconds to check, which would otherwise
 * freeze the window.
 */
export function readBackupInWorker(text: string): Promise<BackupReading> {
  return runOnceInWorker(
    () => new Worker(new URL('../workers/readBackup.worker.ts', import.meta.url), { type: 'module' }),
    text,
    readBackup,
  ).result;
}

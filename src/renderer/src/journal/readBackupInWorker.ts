import { readBackup, type BackupReading } from '@shared/backup';

/**
 * readBackup in a Web Worker: a 100,000-episode file takes seconds to check, which would otherwise
 * freeze the window. Where a worker cannot start, it runs here instead (slower to respond, same result).
 */
export function readBackupInWorker(text: string): Promise<BackupReading> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../workers/readBackup.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(readBackup(text));
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<BackupReading>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(readBackup(text));
    };
    worker.postMessage(text);
  });
}

/// <reference lib="webworker" />
/** Reads and validates a backup file off the main thread, so a large import never freezes the window. */
import { readBackup } from '@shared/backup';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(readBackup(event.data));
};

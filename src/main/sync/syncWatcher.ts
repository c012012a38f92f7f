/**
 * Notices when other computers' files arrive in the sync folder: fs.watch for speed, and a rescan every so
 * often because watch events are unreliable on network drives, some sync engines' folders and after sleep.
 * Either way the answer comes from listing the folder, so a missed or duplicated event changes nothing.
 */
import { watch } from 'node:fs';
import { join, sep } from 'node:path';
import { TEMP_SUFFIX_PATTERN } from '../atomicFile';
import type { SyncFile, SyncFolder } from './syncFolder';
import { DEVICES_FOLDER_NAME, isComputerId } from './syncFolder';

export interface SyncTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemTimers: SyncTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Watches one folder; `filename` is relative to it, null when the system does not say. Throws if it cannot. */
export type WatchFolder = (
  path: string,
  recursive: boolean,
  onEvent: (filename: string | null) => void,
  onError: () => void,
) => { close(): void };

export const nodeWatchFolder: WatchFolder = (path, recursive, onEvent, onError) => {
  const watcher = watch(path, { recursive, persistent: false }, (_event, filename) =>
    onEvent(filename === null ? null : String(filename)),
  );
  watcher.on('error', onError);
  return watcher;
};

export type SyncFolderStatus = 'available' | 'unavailable';

export interface WatchForChangesOptions {
  folder: SyncFolder;
  root: string;
  /** This computer: its own files never count as news. */
  ownComputerId: string;
  /** Other computers' files, every time any of them was added, changed or removed (and once at the start). */
  onChange: (files: SyncFile[]) => void;
  onStatus?: (status: SyncFolderStatus) => void;
  /** How long to gather events before rescanning: a sync engine delivers many files at once. */
  debounceMs?: number;
  /** The fallback rescan. */
  rescanMs?: number;
  timers?: SyncTimers;
  /** null: no watch events at all, the rescan only. */
  watchFolder?: WatchFolder | null;
}

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_RESCAN_MS = 30_000;

function fingerprint(files: SyncFile[]): string {
  return files
    .map((file) => `${file.computerId}/${file.name}:${file.sizeBytes}:${file.modifiedMs}`)
    .join('\n');
}

export function watchForChanges(options: WatchForChangesOptions): {
  stop(): void;
  rescanNow(): Promise<void>;
} {
  const { folder, root, ownComputerId, onChange } = options;
  const timers = options.timers ?? systemTimers;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const watchFolder = options.watchFolder === undefined ? nodeWatchFolder : options.watchFolder;
  const ownFolder = `${DEVICES_FOLDER_NAME}/${ownComputerId}`;

  let isStopped = false;
  let last: string | null = null;
  let status: SyncFolderStatus | null = null;
  let pending: unknown = null;
  let scanning: Promise<void> | null = null;
  let isScanWanted = false;
  /** Watchers by folder; with recursive watching unavailable, one per folder that can hold news. */
  const watchers = new Map<string, { close(): void }>();
  let isRecursive = true;

  function setStatus(next: SyncFolderStatus): void {
    if (status === next) return;
    status = next;
    options.onStatus?.(next);
  }

  function closeWatchers(): void {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  }

  function isNews(filename: string | null): boolean {
    if (filename === null) return true;
    const relative = filename.split(sep).join('/');
    if (TEMP_SUFFIX_PATTERN.test(relative)) return false;
    return relative !== ownFolder && !relative.startsWith(`${ownFolder}/`);
  }

  function watchOne(path: string, recursive: boolean, prefix: string): boolean {
    if (watchFolder === null || watchers.has(path)) return true;
    try {
      const watcher = watchFolder(
        path,
        recursive,
        (filename) => {
          if (isNews(filename === null ? null : prefix + filename)) scheduleScan();
        },
        () => {
          // The folder went away (a drive unplugged): drop the watcher, the rescan finds out the rest.
          watchers.get(path)?.close();
          watchers.delete(path);
          scheduleScan();
        },
      );
      watchers.set(path, watcher);
      return true;
    } catch {
      return false;
    }
  }

  function refreshWatchers(otherComputers: string[]): void {
    if (watchFolder === null || isStopped) return;
    if (isRecursive) {
      if (watchOne(root, true, '')) return;
      isRecursive = false;
    }
    watchOne(root, false, '');
    watchOne(join(root, DEVICES_FOLDER_NAME), false, `${DEVICES_FOLDER_NAME}/`);
    for (const computerId of otherComputers) {
      if (computerId === ownComputerId || !isComputerId(computerId)) continue;
      watchOne(join(root, DEVICES_FOLDER_NAME, computerId), false, `${DEVICES_FOLDER_NAME}/${computerId}/`);
    }
  }

  async function scanOnce(): Promise<void> {
    const listed = await folder.listSyncFiles();
    if (isStopped) return;
    if (!listed.ok) {
      closeWatchers();
      setStatus('unavailable');
      return;
    }
    setStatus('available');
    const others = listed.files.filter((file) => file.computerId !== ownComputerId);
    refreshWatchers([...new Set(others.map((file) => file.computerId))]);
    const now = fingerprint(others);
    if (now === last) return;
    last = now;
    onChange(others);
  }

  /** One scan at a time; a request during a scan runs one more right after, so no change is missed. */
  function scan(): Promise<void> {
    if (scanning !== null) {
      isScanWanted = true;
      return scanning;
    }
    scanning = (async () => {
      try {
        do {
          isScanWanted = false;
          await scanOnce();
        } while (isScanWanted && !isStopped);
      } finally {
        scanning = null;
      }
    })();
    return scanning;
  }

  function scheduleScan(): void {
    // Gathers a burst: the first event starts the wait, later ones ride along, so a steady stream of files
    // still gets a rescan every debounceMs rather than never.
    if (isStopped || pending !== null) return;
    pending = timers.setTimeout(() => {
      pending = null;
      void scan();
    }, debounceMs);
  }

  const interval = timers.setInterval(() => void scan(), options.rescanMs ?? DEFAULT_RESCAN_MS);
  void scan();

  return {
    stop: () => {
      isStopped = true;
      timers.clearInterval(interval);
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
      closeWatchers();
    },
    rescanNow: scan,
  };
}

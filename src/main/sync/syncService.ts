/**
 * The desktop side of sync: remembers the folder the person chose (syncSettings.ts), moves batch files in and
 * out of it (syncFolder.ts), watches it for other computers' files and tells the journal window
 * (syncWatcher.ts), and keeps this computer's key in secure storage (syncKeyStore.ts). Electron's objects are
 * parameters, so the whole of it runs in tests against real folders.
 */
import type { OpenDialogOptions } from 'electron';
import { join, resolve } from 'node:path';
import type { OnDesktop, SyncFolderChange, SyncFolderInfo, SyncInvokeApi, SyncNoFolder } from '@shared/api';
import { SYNC_FOLDER_CHANNEL } from '@shared/api';
import { newDeviceId } from '@shared/sync/crypto';
import { KEY_CHECK_FILE_NAME } from '@shared/sync/folderLayout';
import type { MainFs } from '../atomicFile';
import { nodeMainFs } from '../atomicFile';
import type { SafeStorageLike } from './syncKeyStore';
import { createSyncKeyStore, syncKeyPath } from './syncKeyStore';
import type { SyncFolder, SyncFolderFs } from './syncFolder';
import { createSyncFolder, nodeSyncFolderFs } from './syncFolder';
import { createSyncSettingsStore, syncSettingsPath } from './syncSettings';
import type { SyncTimers, WatchFolder } from './syncWatcher';
import { watchForChanges } from './syncWatcher';

export interface OpenDialogResultLike {
  canceled: boolean;
  filePaths: string[];
}

/** Electron's dialog: attached to a window as a sheet when there is one, free-standing otherwise. */
export interface OpenDialogLike<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogResultLike>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogResultLike>;
}

/** The journal window's WebContents, as far as telling it about the folder goes. */
export interface SyncNewsTarget {
  send(channel: typeof SYNC_FOLDER_CHANNEL, change: SyncFolderChange): void;
  isDestroyed(): boolean;
}

export interface SyncServiceDeps<W> {
  dialog: OpenDialogLike<W>;
  /** The window the folder picker belongs to; undefined when it has gone. */
  getWindow: () => W | undefined;
  /** Where the watcher's news goes: the journal window's page, when there is one. */
  getNewsTarget: () => SyncNewsTarget | undefined;
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** app.getPath('userData'): where the settings and the kept key live. */
  userDataDir: string;
  /** Where the folder picker opens the first time (the person's home or Documents folder). */
  defaultFolder: string;
  onError: (message: string, error: unknown) => void;
  fs?: MainFs;
  folderFs?: SyncFolderFs;
  /** null: no watch events, the periodic rescan only. */
  watchFolder?: WatchFolder | null;
  timers?: SyncTimers;
  debounceMs?: number;
  rescanMs?: number;
  newComputerId?: () => string;
}

type FolderApi = Pick<
  SyncInvokeApi,
  'readKeyCheck' | 'startSyncFolder' | 'sendChanges' | 'saveSnapshot' | 'listSyncFiles' | 'readSyncFile'
>;
type Unwrapped<Name extends keyof SyncInvokeApi> = OnDesktop<Awaited<ReturnType<SyncInvokeApi[Name]>>>;

/** What the desktop answers: the contract, minus the browser's 'needs-desktop'. */
export type SyncRequests = {
  [Name in keyof SyncInvokeApi]: (...args: Parameters<SyncInvokeApi[Name]>) => Promise<Unwrapped<Name>>;
};

export type SyncService = SyncRequests & {
  /** At start-up: watches the remembered folder, if sync is on. Never throws. */
  start(): Promise<void>;
  /** Stops watching (the app quits). */
  stop(): void;
};

const NO_FOLDER: SyncNoFolder = { ok: false, reason: 'no-folder' };

interface OpenFolder {
  root: string;
  folder: SyncFolder;
  watcher: { stop(): void };
}

export function createSyncService<W>(deps: SyncServiceDeps<W>): SyncService {
  const fs = deps.fs ?? nodeMainFs;
  const folderFs = deps.folderFs ?? nodeSyncFolderFs;
  const settings = createSyncSettingsStore({
    fs,
    filePath: syncSettingsPath(deps.userDataDir),
    newComputerId: deps.newComputerId ?? newDeviceId,
    onError: deps.onError,
  });
  const keys = createSyncKeyStore({
    safeStorage: deps.safeStorage,
    platform: deps.platform,
    fs,
    filePath: syncKeyPath(deps.userDataDir),
    onError: deps.onError,
  });
  let open: OpenFolder | null = null;

  function tell(change: SyncFolderChange): void {
    try {
      const target = deps.getNewsTarget();
      if (target === undefined || target.isDestroyed()) return;
      target.send(SYNC_FOLDER_CHANNEL, change);
    } catch (error) {
      // The page reads the folder again when it next asks; a lost message loses nothing.
      deps.onError('Could not tell the journal window about the sync folder', error);
    }
  }

  function openFolder(root: string, computerId: string): void {
    open?.watcher.stop();
    const folder = createSyncFolder(root, folderFs);
    const watcher = watchForChanges({
      folder,
      root,
      ownComputerId: computerId,
      onChange: (files) => tell({ kind: 'files', files }),
      onStatus: (status) => tell({ kind: status }),
      debounceMs: deps.debounceMs,
      rescanMs: deps.rescanMs,
      timers: deps.timers,
      watchFolder: deps.watchFolder,
    });
    open = { root, folder, watcher };
  }

  function closeFolder(): void {
    open?.watcher.stop();
    open = null;
  }

  async function isDirectory(path: string): Promise<boolean> {
    try {
      return (await folderFs.lstat(path)).isDirectory();
    } catch {
      return false;
    }
  }

  async function folderInfo(root: string): Promise<SyncFolderInfo> {
    const isAvailable = await isDirectory(root);
    let hasKeyCheck = false;
    if (isAvailable) {
      try {
        hasKeyCheck = (await folderFs.lstat(join(root, KEY_CHECK_FILE_NAME))).isFile();
      } catch {
        hasKeyCheck = false;
      }
    }
    return { location: root, isAvailable, hasKeyCheck };
  }

  async function pickFolder(): Promise<string | null> {
    const options: OpenDialogOptions = {
      title: 'Choose the sync folder',
      buttonLabel: 'Use this folder',
      defaultPath: open?.root ?? deps.defaultFolder,
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    };
    const window = deps.getWindow();
    const result =
      window === undefined
        ? await deps.dialog.showOpenDialog(options)
        : await deps.dialog.showOpenDialog(window, options);
    const [path] = result.filePaths;
    if (result.canceled || path === undefined || path === '') return null;
    return resolve(path);
  }

  /** Runs a folder function on the open folder, or says sync is off. */
  function withFolder<Result>(run: (folder: SyncFolder) => Promise<Result>): Promise<Result | SyncNoFolder> {
    return open === null ? Promise.resolve(NO_FOLDER) : run(open.folder);
  }

  const folderApi = {
    readKeyCheck: () => withFolder((folder) => folder.readKeyCheck()),
    startSyncFolder: (keyCheckText: string) => withFolder((folder) => folder.startSyncFolder(keyCheckText)),
    sendChanges: (computerId: string, seq: number, bytes: Uint8Array) =>
      withFolder((folder) => folder.sendChanges(computerId, seq, bytes)),
    saveSnapshot: (computerId: string, seq: number, bytes: Uint8Array) =>
      withFolder((folder) => folder.saveSnapshot(computerId, seq, bytes)),
    listSyncFiles: () => withFolder((folder) => folder.listSyncFiles()),
    readSyncFile: (file) => withFolder((folder) => folder.readSyncFile(file)),
  } satisfies {
    [Name in keyof FolderApi]: (...args: Parameters<FolderApi[Name]>) => Promise<Unwrapped<Name>>;
  };

  return {
    ...folderApi,
    chooseSyncFolder: async (): Promise<Unwrapped<'chooseSyncFolder'>> => {
      const root = await pickFolder();
      if (root === null) return { ok: false, reason: 'cancelled' };
      const before = await settings.load();
      let saved;
      try {
        saved = await settings.setFolder(root);
      } catch (error) {
        deps.onError('Could not remember the sync folder', error);
        return { ok: false, reason: 'not-saved' };
      }
      // A key belongs to one folder's passphrase; another folder asks for its own.
      if (before.folder !== root) await keys.forget();
      openFolder(root, saved.computerId);
      return { ok: true, folder: await folderInfo(root) };
    },
    syncFolderStatus: async () => ({ ok: true, folder: open === null ? null : await folderInfo(open.root) }),
    forgetSyncFolder: async (): Promise<Unwrapped<'forgetSyncFolder'>> => {
      try {
        await settings.setFolder(null);
      } catch (error) {
        deps.onError('Could not forget the sync folder', error);
        return { ok: false, reason: 'not-saved' };
      }
      closeFolder();
      await keys.forget();
      return { ok: true };
    },
    rememberSyncKey: (keyBytes) => keys.remember(keyBytes),
    recallSyncKey: () => keys.recall(),
    forgetSyncKey: async () => {
      await keys.forget();
      return { ok: true };
    },
    syncComputerId: async () => ({ ok: true, computerId: (await settings.load()).computerId }),
    start: async () => {
      try {
        const { folder, computerId } = await settings.load();
        if (folder !== null && open === null) openFolder(folder, computerId);
      } catch (error) {
        deps.onError('Could not start sync', error);
      }
    },
    stop: closeFolder,
  };
}

import { z } from 'zod';
import type {
  AppInfo,
  DesktopInvokeApi,
  DesktopPreferences,
  DesktopPreferencesResult,
  ReminderNotice,
  SaveFileResult,
  SyncInvokeApi,
} from '@shared/api';
import {
  AUTOMATIC_BACKUP_REASONS,
  IPC_CHANNELS,
  REMINDER_BODY_MAX,
  REMINDER_KINDS,
  REMINDER_TITLE_MAX,
  SYNC_IPC_CHANNELS,
  SYNC_KEY_BYTES,
} from '@shared/api';
import { MAX_SEQ } from '@shared/sync/codec';
import { DEVICE_ID_PATTERN } from '@shared/sync/crypto';
import { isAllowedExternalUrl } from '@shared/externalLinks';
import { desktopPreferencesSchema } from '@shared/settings';
import { MAX_FILE_BYTES } from './atomicFile';
import type { BackupStore } from './backups';
import { isAppUrl } from './security';
import { MAX_KEY_CHECK_BYTES, MAX_SYNC_FILE_BYTES } from './sync/syncFolder';
import type { SyncRequests } from './sync/syncService';

/** The parts of an IPC invoke event used here. senderFrame is null once the frame has gone. */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
  /** The WebContents that sent it: which of the app's windows is asking. */
  readonly sender?: unknown;
}

/** The app's two kinds of window: the journal, and the small always-on-top quick log. */
export type AppWindowKind = 'journal' | 'quick-log';

/**
 * What each window may ask the desktop for. The quick log saves an entry (and the automatic backup after
 * it), can show the recovery screen if the journal cannot open, and closes itself; printing the report,
 * changing the global shortcut or showing reminders is the journal window's business only.
 */
export const CHANNELS_BY_WINDOW: Readonly<Record<AppWindowKind, ReadonlySet<keyof DesktopInvokeApi>>> = {
  journal: new Set(
    Object.keys(IPC_CHANNELS)
      .filter(isChannelName)
      .filter((name) => name !== 'closeQuickLogWindow'),
  ),
  'quick-log': new Set([
    'getAppInfo',
    'saveFile',
    'supportsAutomaticBackups',
    'writeAutomaticBackup',
    'listAutomaticBackups',
    'readAutomaticBackup',
    'automaticBackupsLocation',
    'closeQuickLogWindow',
  ]),
};

/** Sync is the journal window's business: the quick log only saves an entry, which the journal then sends. */
export const SYNC_WINDOWS: ReadonlySet<AppWindowKind> = new Set(['journal']);

export type IpcHandler = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export interface IpcMainLike {
  handle(channel: string, listener: IpcHandler): void;
}

export interface IpcDeps {
  app: { getVersion(): string; getPath(name: 'userData'): string };
  /** AppInfo.keepInTrayByDefault: false where the tray is likely not shown (linuxDesktop.ts). */
  keepInTrayByDefault: boolean;
  /** Which of the app's windows a sender (event.sender) is, or undefined for none of them. */
  windowOf: (sender: unknown) => AppWindowKind | undefined;
  openExternal: (url: string) => Promise<void>;
  /**
   * Shows the save dialog and writes the file (saveFileWithDialog). The dialog belongs to the window that
   * asked (`owner`), so it opens over that window and not behind it.
   */
  saveFile: (suggestedName: string, content: string, owner: AppWindowKind) => Promise<SaveFileResult>;
  /** Prints the main window's page to PDF and saves it through the same dialog (reportPdf.ts). */
  saveReportPdf: (suggestedName: string) => Promise<SaveFileResult>;
  backups: BackupStore;
  /** Registers the global quick-log shortcut and sets whether closing the window keeps the app in the tray. */
  applyDesktopPreferences: (preferences: DesktopPreferences) => Promise<DesktopPreferencesResult>;
  /** Shows a desktop notification; false where notifications are not supported. */
  showReminder: (notice: ReminderNotice) => boolean;
  /** When the current stretch of computer use began (ISO instant), or null. */
  deskStretchStartedAt: () => string | null;
  closeQuickLogWindow: () => void;
  /** The sync folder, the kept key and this computer's id (sync/syncService.ts). */
  sync: SyncRequests;
  devServerUrl?: string;
  onError: (error: unknown) => void;
}

/** A request is trusted only when it comes from a frame showing one of the app's own pages. */
export function isTrustedSender(event: IpcInvokeEventLike, devServerUrl?: string): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && isAppUrl(frame.url, devServerUrl);
  } catch {
    // Reading a frame that navigated away or was destroyed can throw; such a sender is not trusted.
    return false;
  }
}

interface ChannelSpec<Args extends unknown[], Result> {
  /** Exact argument list: extra, missing or wrongly typed arguments are refused. */
  args: z.ZodType<Args>;
  /** `from` is the window that asked, as windowOf identified it (never anything the page said). */
  run(from: AppWindowKind, ...args: Args): Promise<Result>;
}

type ChannelSpecs = {
  [Name in keyof DesktopInvokeApi]: ChannelSpec<
    Parameters<DesktopInvokeApi[Name]>,
    Awaited<ReturnType<DesktopInvokeApi[Name]>>
  >;
};

const MAX_URL_LENGTH = 2048;
// Cheap first limits on the raw strings; files.ts and backups.ts check names and sizes exactly. A string's
// length never exceeds its size in UTF-8 bytes, so no file within MAX_FILE_BYTES is turned away here.
const MAX_NAME_LENGTH = 1000;
const fileContent = z.string().max(MAX_FILE_BYTES);

// Strict objects: a key the contract does not name (`__proto__` included) is refused, not ignored.
// The page always sends what closing should do now; only the saved settings may leave it unchosen.
const desktopPreferences = z.strictObject({ ...desktopPreferencesSchema.shape, keepInTray: z.boolean() });
const reminderNotice = z.strictObject({
  kind: z.enum(REMINDER_KINDS),
  title: z.string().min(1).max(REMINDER_TITLE_MAX),
  body: z.string().max(REMINDER_BODY_MAX),
});

type SyncChannelSpecs = {
  [Name in keyof SyncInvokeApi]: ChannelSpec<
    Parameters<SyncInvokeApi[Name]>,
    Awaited<ReturnType<SyncRequests[Name]>>
  >;
};

// Sync's arguments name files by computer, kind and number, and the main process rebuilds every path from
// them: a path, '..', a negative or fractional number or another kind of value never reaches the folder.
const computerId = z.string().regex(DEVICE_ID_PATTERN);
const batchSeq = z.number().int().min(0).max(MAX_SEQ);
const batchBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SYNC_FILE_BYTES);
const syncFileName = z.strictObject({ computerId, kind: z.enum(['log', 'snapshot']), seq: batchSeq });
const keyCheckText = z.string().min(1).max(MAX_KEY_CHECK_BYTES);
const syncKeyBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength === SYNC_KEY_BYTES);

function syncChannelSpecs(sync: SyncRequests): SyncChannelSpecs {
  return {
    chooseSyncFolder: { args: z.tuple([]), run: () => sync.chooseSyncFolder() },
    syncFolderStatus: { args: z.tuple([]), run: () => sync.syncFolderStatus() },
    readKeyCheck: { args: z.tuple([]), run: () => sync.readKeyCheck() },
    startSyncFolder: {
      args: z.tuple([keyCheckText]),
      run: (_from, text) => sync.startSyncFolder(text),
    },
    sendChanges: {
      args: z.tuple([computerId, batchSeq, batchBytes]),
      run: (_from, id, seq, bytes) => sync.sendChanges(id, seq, bytes),
    },
    saveSnapshot: {
      args: z.tuple([computerId, batchSeq, batchBytes]),
      run: (_from, id, seq, bytes) => sync.saveSnapshot(id, seq, bytes),
    },
    listSyncFiles: { args: z.tuple([]), run: () => sync.listSyncFiles() },
    readSyncFile: { args: z.tuple([syncFileName]), run: (_from, file) => sync.readSyncFile(file) },
    forgetSyncFolder: { args: z.tuple([]), run: () => sync.forgetSyncFolder() },
    rememberSyncKey: {
      args: z.tuple([syncKeyBytes]),
      run: (_from, keyBytes) => sync.rememberSyncKey(keyBytes),
    },
    recallSyncKey: { args: z.tuple([]), run: () => sync.recallSyncKey() },
    forgetSyncKey: { args: z.tuple([]), run: () => sync.forgetSyncKey() },
    syncComputerId: { args: z.tuple([]), run: () => sync.syncComputerId() },
  };
}

function channelSpecs(deps: IpcDeps): ChannelSpecs {
  return {
    getAppInfo: {
      args: z.tuple([]),
      run: async (): Promise<AppInfo> => ({
        version: deps.app.getVersion(),
        dataLocation: deps.app.getPath('userData'),
        platform: 'desktop',
        keepInTrayByDefault: deps.keepInTrayByDefault,
      }),
    },
    openExternal: {
      args: z.tuple([z.string().max(MAX_URL_LENGTH)]),
      run: async (_from, url) => {
        if (!isAllowedExternalUrl(url)) return false;
        try {
          await deps.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK url passed isAllowedExternalUrl above
          return true;
        } catch (error) {
          deps.onError(error);
          return false;
        }
      },
    },
    saveFile: {
      args: z.tuple([z.string().max(MAX_NAME_LENGTH), fileContent]),
      run: (from, suggestedName, content) => deps.saveFile(suggestedName, content, from),
    },
    saveReportPdf: {
      args: z.tuple([z.string().max(MAX_NAME_LENGTH)]),
      run: (_from, suggestedName) => deps.saveReportPdf(suggestedName),
    },
    supportsAutomaticBackups: {
      args: z.tuple([]),
      run: async () => true,
    },
    writeAutomaticBackup: {
      args: z.tuple([fileContent, z.enum(AUTOMATIC_BACKUP_REASONS)]),
      run: (_from, content, reason) => deps.backups.write(content, reason),
    },
    listAutomaticBackups: {
      args: z.tuple([]),
      run: () => deps.backups.list(),
    },
    readAutomaticBackup: {
      args: z.tuple([z.string().max(MAX_NAME_LENGTH)]),
      run: (_from, name) => deps.backups.read(name),
    },
    automaticBackupsLocation: {
      args: z.tuple([]),
      run: async () => deps.backups.location(),
    },
    applyDesktopPreferences: {
      args: z.tuple([desktopPreferences]),
      run: (_from, preferences) => deps.applyDesktopPreferences(preferences),
    },
    showReminder: {
      args: z.tuple([reminderNotice]),
      run: async (_from, notice) => deps.showReminder(notice),
    },
    deskStretchStartedAt: {
      args: z.tuple([]),
      run: async () => deps.deskStretchStartedAt(),
    },
    closeQuickLogWindow: {
      args: z.tuple([]),
      run: async () => {
        deps.closeQuickLogWindow();
      },
    },
  };
}

function isChannelName(key: string): key is keyof DesktopInvokeApi {
  return Object.hasOwn(IPC_CHANNELS, key);
}

function isSyncChannelName(key: string): key is keyof SyncInvokeApi {
  return Object.hasOwn(SYNC_IPC_CHANNELS, key);
}

function guarded(
  channel: string,
  isForWindow: (window: AppWindowKind) => boolean,
  spec: ChannelSpec<unknown[], unknown>,
  deps: Pick<IpcDeps, 'devServerUrl' | 'windowOf'>,
): IpcHandler {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event, deps.devServerUrl)) {
      throw new Error(`Refused: ${channel} was called from outside the app`);
    }
    const window = deps.windowOf(event.sender);
    if (window === undefined || !isForWindow(window)) {
      throw new Error(`Refused: ${channel} is not for this window`);
    }
    const parsed = spec.args.safeParse(rawArgs);
    if (!parsed.success) throw new Error(`Refused: malformed arguments for ${channel}`);
    return spec.run(window, ...parsed.data);
  };
}

/**
 * Registers one handler per IPC_CHANNELS and SYNC_IPC_CHANNELS entry; each checks its sender first, then its
 * arguments.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const specs = channelSpecs(deps);
  for (const name of Object.keys(IPC_CHANNELS).filter(isChannelName)) {
    const isForWindow = (window: AppWindowKind): boolean => CHANNELS_BY_WINDOW[window].has(name);
    ipcMain.handle(IPC_CHANNELS[name], guarded(IPC_CHANNELS[name], isForWindow, specs[name], deps));
  }
  const syncSpecs = syncChannelSpecs(deps.sync);
  for (const name of Object.keys(SYNC_IPC_CHANNELS).filter(isSyncChannelName)) {
    const isForWindow = (window: AppWindowKind): boolean => SYNC_WINDOWS.has(window);
    ipcMain.handle(
      SYNC_IPC_CHANNELS[name],
      guarded(SYNC_IPC_CHANNELS[name], isForWindow, syncSpecs[name], deps),
    );
  }
}

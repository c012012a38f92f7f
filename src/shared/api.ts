import type {
  KeyCheckReadResult,
  ListResult,
  ReadResult,
  SaveResult,
  StartResult,
  SyncFile,
  SyncFileName,
} from './sync/folderLayout';

export type { SyncFile, SyncFileName } from './sync/folderLayout';

/**
 * The one contract between the renderer and the desktop. The preload exposes exactly this object as
 * `window.desktop`; in a plain browser a browser implementation of the same interface takes over.
 * Functions are narrow and named: there is never a generic "send any channel".
 */

export interface AppInfo {
  /** The app's version, from package.json. */
  version: string;
  /** Where the journal lives, in words a person can follow (a folder path on the desktop). */
  dataLocation: string;
  /** 'desktop' inside Electron, 'browser' when the renderer runs in a plain browser. */
  platform: 'desktop' | 'browser';
  /**
   * Whether closing the window keeps the journal in the tray until the person chooses otherwise: off on
   * Linux desktops whose tray is usually not shown (GNOME without an AppIndicator extension), so the window
   * is never hidden where nobody can find it.
   */
  keepInTrayByDefault: boolean;
}

/** Why an automatic backup is written; part of its file name, so the list can say so. */
export const AUTOMATIC_BACKUP_REASONS = [
  'start',
  'scheduled',
  'before-restore',
  'first-entry-of-day',
] as const;
export type AutomaticBackupReason = (typeof AUTOMATIC_BACKUP_REASONS)[number];

export interface AutomaticBackupFile {
  /** The file name only (never a path): what the renderer passes back to read it. */
  name: string;
  /** When it was written, ISO instant. */
  createdAt: string;
  reason: AutomaticBackupReason;
  sizeBytes: number;
}

export type SaveFileResult = { saved: true; location: string } | { saved: false };

/**
 * What the desktop asks the journal window to do: chosen in the menu, the tray, or by clicking a reminder.
 * Sent main → renderer on COMMAND_CHANNEL; the preload passes on only these values.
 */
export const APP_COMMANDS = [
  /** Open the full episode form. */
  'new-episode',
  /** Open the quick log (two actions: intensity, save). */
  'quick-log',
  /** Open today's daily check-in. */
  'check-in',
  /** Open the weekly measures (PSFS, PEG-3). */
  'measures',
  /** Open the report screen. */
  'export-report',
  /** Save a backup file now (the same as the Settings button). */
  'save-backup',
  /** Open Settings at "Restore from a backup file", ready for Enter. */
  'restore-backup',
  'settings',
  /** Open the in-app help. */
  'help',
  /** Show the journal (history) screen. */
  'journal',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return APP_COMMANDS.some((command) => command === value);
}

/** The main → renderer channel for AppCommands. */
export const COMMAND_CHANNEL = 'app:command';

/** The global quick-log shortcut, in Electron's accelerator syntax (Ctrl+Alt+P, or Cmd+Alt+P on a Mac). */
export const DEFAULT_QUICK_LOG_SHORTCUT = 'CommandOrControl+Alt+P';

/** What the desktop did with a requested global shortcut. `message` is in the user's words, ready to show. */
export type ShortcutResult =
  | {
      status: 'registered';
      accelerator: string;
      /**
       * True on Linux under Wayland: the desktop took the shortcut as a request and may ask the person, in a
       * dialog of its own, to allow it; the app cannot tell whether they did. Absent where registering it
       * means it works.
       */
      mayNeedDesktopApproval?: boolean;
    }
  /** The system (or another app) refused it; the previous shortcut, if any, is still in force. */
  | { status: 'refused'; message: string }
  /** Not a shortcut the app accepts (for example no modifier key). */
  | { status: 'invalid'; message: string }
  /** A plain browser cannot listen for keys outside its page. */
  | { status: 'unsupported'; message: string };

/** The desktop-only preferences, kept with the other settings in IndexedDB and handed to main at start. */
export interface DesktopPreferences {
  /** Electron accelerator; '' turns the global shortcut off. */
  quickLogShortcut: string;
  /** Closing the main window hides it to the tray, so the shortcut and reminders keep working. */
  keepInTray: boolean;
}

/**
 * The desktop preferences as the journal keeps them. `keepInTray` is left out until the person chooses:
 * then the desktop's default applies (AppInfo.keepInTrayByDefault).
 */
export type SavedDesktopPreferences = Omit<DesktopPreferences, 'keepInTray'> & { keepInTray?: boolean };

export interface DesktopPreferencesResult {
  shortcut: ShortcutResult | { status: 'off' };
}

/** 'follow-up' is "How is it now?" after an episode (src/shared/followUps), scheduled apart from the rest. */
export const REMINDER_KINDS = ['check-in', 'weekly-measures', 'posture-break', 'follow-up'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A desktop notification: clicking it opens the form for its kind. */
export interface ReminderNotice {
  kind: ReminderKind;
  /** At most REMINDER_TITLE_MAX characters. */
  title: string;
  /** At most REMINDER_BODY_MAX characters. */
  body: string;
}
export const REMINDER_TITLE_MAX = 120;
export const REMINDER_BODY_MAX = 500;

/**
 * What the desktop tells the journal window to show inside its page, sent main → renderer on NOTICE_CHANNEL
 * (the preload passes on only these shapes). Unlike an AppCommand, it does not bring the window forward.
 */
export type DesktopNotice =
  /** A reminder the system did not show as a notification (an unsigned macOS app, a failed toast). */
  | { kind: 'reminder-not-shown'; reminder: ReminderNotice }
  /** Closing the window kept the journal running in the tray, for the first time. */
  | { kind: 'kept-in-tray' };

/** The main → renderer channel for DesktopNotices. */
export const NOTICE_CHANNEL = 'app:notice';

/**
 * Sync through a folder (issue 19, docs/sync-format.md). The main process only keeps the chosen folder, moves
 * the encrypted files in and out and keeps this computer's key in the system's secure storage; the window
 * derives the key, encrypts, decrypts and merges. Every answer says why when it cannot do what was asked.
 */

/** Every sync function's answer in a plain browser: the browser build says sync needs the desktop app. */
export interface SyncNeedsDesktop {
  ok: false;
  reason: 'needs-desktop';
}

/** An answer as the desktop gives it: never 'needs-desktop'. */
export type OnDesktop<Result> = Exclude<Result, SyncNeedsDesktop>;

/** A folder function's answer while sync is off (no folder chosen, or it was forgotten). */
export interface SyncNoFolder {
  ok: false;
  reason: 'no-folder';
}

/** The chosen folder, for showing only: the window never passes a path back. */
export interface SyncFolderInfo {
  /** The folder's path, as the person chose it. */
  location: string;
  /** False while it cannot be read (a drive unplugged, a network share away). */
  isAvailable: boolean;
  /** Whether it holds a journal.json: false for a folder nobody set sync up in yet. */
  hasKeyCheck: boolean;
}

export type ChooseSyncFolderResult =
  | { ok: true; folder: SyncFolderInfo }
  /** The person closed the folder picker. */
  | { ok: false; reason: 'cancelled' }
  /** The choice could not be written in the app's data folder; sync stays as it was. */
  | { ok: false; reason: 'not-saved' }
  | SyncNeedsDesktop;

/** `folder` is null while sync is off. */
export type SyncFolderStatusResult = { ok: true; folder: SyncFolderInfo | null } | SyncNeedsDesktop;

export type SyncComputerIdResult = { ok: true; computerId: string } | SyncNeedsDesktop;

/** The length of the key kept for this computer: the 32-byte scrypt output (crypto.ts deriveKeyMaterial). */
export const SYNC_KEY_BYTES = 32;

export type RememberSyncKeyResult =
  | { ok: true }
  /**
   * The system offers no secure storage (no keychain, or on Linux no keyring, where Electron would only
   * obfuscate it): the key is not stored at all, and the passphrase is asked for at each start.
   */
  | { ok: false; reason: 'no-secure-storage' }
  /** The key could not be written in the app's data folder. */
  | { ok: false; reason: 'not-saved' }
  | SyncNeedsDesktop;

export type RecallSyncKeyResult =
  | { ok: true; keyBytes: Uint8Array }
  /** No key is kept for this computer: ask for the passphrase. */
  | { ok: false; reason: 'none' }
  | { ok: false; reason: 'no-secure-storage' }
  /** A key is kept but the secure storage would not open it (another user account, a reset keyring). */
  | { ok: false; reason: 'unreadable' }
  | SyncNeedsDesktop;

export type SyncDoneResult = { ok: true } | SyncNeedsDesktop;

/** forgetSyncFolder: 'not-saved' when the app's data folder could not be written, so sync would come back. */
export type ForgetSyncFolderResult = { ok: true } | { ok: false; reason: 'not-saved' } | SyncNeedsDesktop;

/** What the sync folder's watcher tells the window, main → renderer on SYNC_FOLDER_CHANNEL. */
export type SyncFolderChange =
  /** Other computers' files now (once at the start, then after every change). */
  | { kind: 'files'; files: SyncFile[] }
  | { kind: 'available' }
  /** The folder cannot be read now; watching goes on and says 'available' when it is back. */
  | { kind: 'unavailable' };

/** The main → renderer channel for SyncFolderChanges. */
export const SYNC_FOLDER_CHANNEL = 'sync:folder-changed';

/** The request/response half of sync: one IPC channel each (SYNC_IPC_CHANNELS). */
export interface SyncInvokeApi {
  /** Shows the system's folder picker; the folder chosen is remembered and watched from now on. */
  chooseSyncFolder(): Promise<ChooseSyncFolderResult>;
  syncFolderStatus(): Promise<SyncFolderStatusResult>;
  /** The folder's journal.json text ('missing' on a folder nobody set up yet). */
  readKeyCheck(): Promise<KeyCheckReadResult | SyncNoFolder | SyncNeedsDesktop>;
  /** Sets the chosen folder up with its journal.json; refused when another computer set it up first. */
  startSyncFolder(keyCheckText: string): Promise<StartResult | SyncNoFolder | SyncNeedsDesktop>;
  /** Writes this computer's log file number `seq` (bytes from encodeBatch); never replaces one. */
  sendChanges(
    computerId: string,
    seq: number,
    bytes: Uint8Array,
  ): Promise<SaveResult | SyncNoFolder | SyncNeedsDesktop>;
  /** Writes a snapshot, then removes this computer's logs and snapshots it replaces. */
  saveSnapshot(
    computerId: string,
    seq: number,
    bytes: Uint8Array,
  ): Promise<SaveResult | SyncNoFolder | SyncNeedsDesktop>;
  /** Every computer's batch files, this one's included. */
  listSyncFiles(): Promise<ListResult | SyncNoFolder | SyncNeedsDesktop>;
  /** One batch file, named by computer, kind and number (never a path). */
  readSyncFile(file: SyncFileName): Promise<ReadResult | SyncNoFolder | SyncNeedsDesktop>;
  /** Turns sync off on this computer: forgets the folder and the kept key; the journal and the folder stay. */
  forgetSyncFolder(): Promise<ForgetSyncFolderResult>;
  /** Keeps the key (SYNC_KEY_BYTES) in the system's secure storage, so the passphrase is never stored. */
  rememberSyncKey(keyBytes: Uint8Array): Promise<RememberSyncKeyResult>;
  recallSyncKey(): Promise<RecallSyncKeyResult>;
  forgetSyncKey(): Promise<SyncDoneResult>;
  /** This computer's id in the sync folder: made once, then kept. */
  syncComputerId(): Promise<SyncComputerIdResult>;
}

/** The whole sync API: requests, plus the watcher's news. */
export interface SyncApi extends SyncInvokeApi {
  /** Calls `listener` for every change the desktop reports; returns a function that stops listening. */
  onSyncFolderChanged(listener: (change: SyncFolderChange) => void): () => void;
}

/** Sync's IPC channel names. */
export const SYNC_IPC_CHANNELS = {
  chooseSyncFolder: 'sync:choose-folder',
  syncFolderStatus: 'sync:folder-status',
  readKeyCheck: 'sync:read-key-check',
  startSyncFolder: 'sync:start-folder',
  sendChanges: 'sync:send-changes',
  saveSnapshot: 'sync:save-snapshot',
  listSyncFiles: 'sync:list-files',
  readSyncFile: 'sync:read-file',
  forgetSyncFolder: 'sync:forget-folder',
  rememberSyncKey: 'sync:remember-key',
  recallSyncKey: 'sync:recall-key',
  forgetSyncKey: 'sync:forget-key',
  syncComputerId: 'sync:computer-id',
} as const satisfies Record<keyof SyncInvokeApi, string>;

/** The request/response half of the desktop API: one IPC channel each (IPC_CHANNELS). */
export interface DesktopInvokeApi {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an allow-listed https link in the system browser. Resolves false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Asks where to save a file the person exports (backup, CSV, report) and writes it there atomically.
   * The browser build downloads it instead. Resolves { saved: false } when the person cancels.
   */
  saveFile(suggestedName: string, content: string): Promise<SaveFileResult>;
  /**
   * Desktop only: prints the app's current page to PDF with Electron's printToPDF — the report screen's print
   * stylesheet lays it out (page size A4 or Letter, margins, header and page numbers all come from its CSS
   * @page rules) — and asks where to save it. Resolves { saved: false } when the person cancels.
   */
  saveReportPdf(suggestedName: string): Promise<SaveFileResult>;
  /** True where automatic backups to files exist (the desktop app); false in a plain browser. */
  supportsAutomaticBackups(): Promise<boolean>;
  /** Writes an automatic backup into the backups folder and applies the retention rules. */
  writeAutomaticBackup(content: string, reason: AutomaticBackupReason): Promise<AutomaticBackupFile>;
  /** The automatic backups, newest first. */
  listAutomaticBackups(): Promise<AutomaticBackupFile[]>;
  /** The text of one automatic backup, by the name listAutomaticBackups gave. */
  readAutomaticBackup(name: string): Promise<string>;
  /** Where automatic backups are kept (a folder path), or null where there are none. */
  automaticBackupsLocation(): Promise<string | null>;
  /**
   * Applies the desktop-only preferences: registers the global quick-log shortcut (replacing the previous one;
   * a refused shortcut leaves the previous one in force) and whether closing the window keeps the app in the
   * tray. Called once the settings are read, and again whenever they change.
   */
  applyDesktopPreferences(preferences: DesktopPreferences): Promise<DesktopPreferencesResult>;
  /**
   * Shows a desktop notification. Resolves false where notifications are not available, or once one was
   * not delivered this session; a reminder found undelivered later comes back as a 'reminder-not-shown'
   * notice instead.
   */
  showReminder(reminder: ReminderNotice): Promise<boolean>;
  /**
   * When the current stretch of continuous computer use began (ISO instant): the desktop measures it from the
   * system's idle time, so a break of a few minutes away from the keyboard starts a new stretch. Null when
   * the computer is idle now, or where this cannot be known.
   */
  deskStretchStartedAt(): Promise<string | null>;
  /** Closes the small quick-log window this page is shown in (the desktop); closes the tab in a browser. */
  closeQuickLogWindow(): Promise<void>;
}

/** The whole desktop API: requests, plus the commands the desktop sends (menu, tray, reminder clicks). */
export interface DesktopApi extends DesktopInvokeApi {
  /** Calls `listener` for every command from the desktop; returns a function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Calls `listener` for every notice from the desktop; returns a function that stops listening. */
  onNotice(listener: (notice: DesktopNotice) => void): () => void;
  /** Sync through a folder (desktop only; the browser answers 'needs-desktop'). */
  sync: SyncApi;
}

/** IPC channel names, in one place so main and preload cannot drift apart. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  openExternal: 'app:open-external',
  saveFile: 'file:save',
  saveReportPdf: 'report:save-pdf',
  supportsAutomaticBackups: 'backups:supported',
  writeAutomaticBackup: 'backups:write',
  listAutomaticBackups: 'backups:list',
  readAutomaticBackup: 'backups:read',
  automaticBackupsLocation: 'backups:location',
  applyDesktopPreferences: 'desktop:apply-preferences',
  showReminder: 'reminders:show',
  deskStretchStartedAt: 'reminders:desk-stretch',
  closeQuickLogWindow: 'quick-log:close',
} as const satisfies Record<keyof DesktopInvokeApi, string>;

/** The name under which the preload exposes the API on `window`. */
export const DESKTOP_API_KEY = 'desktop';

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

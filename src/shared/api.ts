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

export interface DesktopApi {
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
} as const satisfies Record<keyof DesktopApi, string>;

/** The name under which the preload exposes the API on `window`. */
export const DESKTOP_API_KEY = 'desktop';

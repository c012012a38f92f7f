/**
 * The desktop API's stand-in for a plain browser (`npm run web`, the end-to-end tests): the same
 * contract, done with what a web page can do.
 */
import type { DesktopApi, ReminderNotice, SyncApi, SyncNeedsDesktop } from '@shared/api';
import { isAllowedExternalUrl } from '@shared/externalLinks';
import { SHORTCUT_LABELS } from '../shortcuts';

/** What a browser can say about where a download went: the browser decides, usually Downloads. */
export const BROWSER_DOWNLOAD_LOCATION = 'your Downloads folder';
export const AUTOMATIC_BACKUPS_NEED_DESKTOP = 'Automatic backups need the desktop app.';
export const REPORT_PDF_NEEDS_DESKTOP =
  'Saving the report straight to a PDF file needs the desktop app. In a browser, use the Print button ' +
  'and choose "Save as PDF" in the print dialog.';

export const GLOBAL_SHORTCUT_NEEDS_DESKTOP =
  'A shortcut that works from any app needs the desktop app. In the browser, press ' +
  `${SHORTCUT_LABELS.quickLog} while the journal is open.`;

/** What Settings › Sync says in a browser, where every sync function answers 'needs-desktop'. */
export const SYNC_NEEDS_DESKTOP =
  'Sync needs the desktop app: a web page cannot keep a folder in step with your other computers.';

const NEEDS_DESKTOP: SyncNeedsDesktop = { ok: false, reason: 'needs-desktop' };
const needsDesktop = async (): Promise<SyncNeedsDesktop> => NEEDS_DESKTOP;

/** Sync in a browser: a page can neither keep a folder nor watch one, so every answer is 'needs-desktop'. */
export const browserSyncApi: SyncApi = {
  chooseSyncFolder: needsDesktop,
  syncFolderStatus: needsDesktop,
  readKeyCheck: needsDesktop,
  startSyncFolder: needsDesktop,
  sendChanges: needsDesktop,
  saveSnapshot: needsDesktop,
  listSyncFiles: needsDesktop,
  readSyncFile: needsDesktop,
  forgetSyncFolder: needsDesktop,
  rememberSyncKey: needsDesktop,
  recallSyncKey: needsDesktop,
  forgetSyncKey: needsDesktop,
  syncComputerId: needsDesktop,
  onSyncFolderChanged: () => () => undefined,
};

/** The parts of the web Notification API used for reminders; absent in some browsers. */
export interface WebNotifications {
  readonly permission: NotificationPermission;
  new (title: string, options: { body: string; tag: string }): unknown;
}

/** Some browsers still read the object URL just after the click; give them ample time before revoking. */
export const REVOKE_DOWNLOAD_URL_AFTER_MS = 60_000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  html: 'text/html',
  md: 'text/markdown',
};

function contentTypeFor(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return `${CONTENT_TYPES[extension] ?? 'text/plain'};charset=utf-8`;
}

/** The parts of a link used to start a download; an HTMLAnchorElement is one. */
export interface DownloadLink {
  href: string;
  download: string;
  rel: string;
  click(): void;
  remove(): void;
}

/** The parts of a document used to start a download; `document` is one (with HTMLAnchorElement links). */
export interface DownloadDocument<Link extends DownloadLink> {
  createElement(tagName: 'a'): Link;
  body: { append(link: Link): void };
}

export type ObjectUrls = Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;

/** Downloads through a temporary link, as a page does: the browser saves it where it saves downloads. */
function clickDownloadLink<Link extends DownloadLink>(
  page: DownloadDocument<Link>,
  url: string,
  fileName: string,
): void {
  const link = page.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  // Added, clicked and removed in one go: the page never draws it.
  page.body.append(link);
  link.click();
  link.remove();
}

/** `doc` and `urls` default to the page's own document and URL; tests pass small fakes. */
export function createBrowserApi<Link extends DownloadLink>(
  win: Pick<Window, 'open' | 'location' | 'close'>,
  version: string,
  doc?: DownloadDocument<Link>,
  urls?: ObjectUrls,
  notifications: WebNotifications | undefined = globalThis.Notification,
): DesktopApi {
  return {
    async getAppInfo() {
      return {
        version,
        dataLocation: `This browser's storage for ${win.location.origin} (IndexedDB)`,
        platform: 'browser',
        // There is no tray in a browser; nothing is hidden.
        keepInTrayByDefault: true,
      };
    },
    async openExternal(url: string) {
      if (!isAllowedExternalUrl(url)) return false;
      win.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async saveFile(suggestedName: string, content: string) {
      // `document` and `URL` are read only here, so the API can be created where there is no DOM.
      const objectUrls = urls ?? URL;
      const url = objectUrls.createObjectURL(new Blob([content], { type: contentTypeFor(suggestedName) }));
      try {
        if (doc === undefined) clickDownloadLink<HTMLAnchorElement>(document, url, suggestedName);
        else clickDownloadLink(doc, url, suggestedName);
      } finally {
        setTimeout(() => objectUrls.revokeObjectURL(url), REVOKE_DOWNLOAD_URL_AFTER_MS);
      }
      return { saved: true, location: BROWSER_DOWNLOAD_LOCATION };
    },
    async saveReportPdf() {
      // A page cannot print itself to a file; the browser's own print dialog can.
      throw new Error(REPORT_PDF_NEEDS_DESKTOP);
    },
    async supportsAutomaticBackups() {
      return false;
    },
    async writeAutomaticBackup() {
      throw new Error(AUTOMATIC_BACKUPS_NEED_DESKTOP);
    },
    async listAutomaticBackups() {
      return [];
    },
    async readAutomaticBackup() {
      throw new Error(AUTOMATIC_BACKUPS_NEED_DESKTOP);
    },
    async automaticBackupsLocation() {
      return null;
    },
    async applyDesktopPreferences(preferences) {
      if (preferences.quickLogShortcut === '') return { shortcut: { status: 'off' } };
      return { shortcut: { status: 'unsupported', message: GLOBAL_SHORTCUT_NEEDS_DESKTOP } };
    },
    async showReminder(reminder: ReminderNotice) {
      // Only where the person has already allowed this page's notifications (Settings offers the button);
      // otherwise the journal shows the reminder inside the page instead.
      if (notifications?.permission !== 'granted') return false;
      new notifications(reminder.title, { body: reminder.body, tag: reminder.kind });
      return true;
    },
    async deskStretchStartedAt() {
      // A page cannot see the system's idle time, so it cannot tell desk time from time away.
      return null;
    },
    async closeQuickLogWindow() {
      // Closes a tab the journal opened itself; a tab the person opened stays (browsers refuse).
      win.close();
    },
    onCommand() {
      // No menu, tray or notifications send commands in a browser.
      return () => undefined;
    },
    onNotice() {
      // A browser says at once whether it showed a reminder (showReminder), and has no tray to hide in.
      return () => undefined;
    },
    sync: browserSyncApi,
  };
}

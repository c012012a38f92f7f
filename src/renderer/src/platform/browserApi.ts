/**
 * The desktop API's stand-in for a plain browser (`npm run web`, the end-to-end tests): the same
 * contract, done with what a web page can do.
 */
import type { DesktopApi } from '@shared/api';
import { isAllowedExternalUrl } from '@shared/externalLinks';

/** What a browser can say about where a download went: the browser decides, usually Downloads. */
export const BROWSER_DOWNLOAD_LOCATION = 'your Downloads folder';
export const AUTOMATIC_BACKUPS_NEED_DESKTOP = 'Automatic backups need the desktop app.';
export const REPORT_PDF_NEEDS_DESKTOP =
  'Saving the report straight to a PDF file needs the desktop app. In a browser, use the Print button ' +
  'and choose "Save as PDF" in the print dialog.';

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
  win: Pick<Window, 'open' | 'location'>,
  version: string,
  doc?: DownloadDocument<Link>,
  urls?: ObjectUrls,
): DesktopApi {
  return {
    async getAppInfo() {
      return {
        version,
        dataLocation: `This browser's storage for ${win.location.origin} (IndexedDB)`,
        platform: 'browser',
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
  };
}

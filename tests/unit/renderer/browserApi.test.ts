import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DownloadLink } from '../../../src/renderer/src/platform/browserApi';
import {
  BROWSER_DOWNLOAD_LOCATION,
  createBrowserApi,
  GLOBAL_SHORTCUT_NEEDS_DESKTOP,
  REVOKE_DOWNLOAD_URL_AFTER_MS,
} from '../../../src/renderer/src/platform/browserApi';
import { IPC_CHANNELS, SYNC_IPC_CHANNELS } from '../../../src/shared/api';

function fakeWindow() {
  const opened: string[] = [];
  let closeCalls = 0;
  const win = {
    location: { origin: 'http://127.0.0.1:5199' } as Location,
    open: (url?: string | URL) => {
      opened.push(String(url));
      return null;
    },
    close: () => {
      closeCalls += 1;
    },
  };
  return { win, opened, closeCalls: () => closeCalls };
}

/** A stand-in for the web Notification class that records what was shown. */
function fakeNotifications(permission: NotificationPermission) {
  const shown: { title: string; body: string; tag: string }[] = [];
  class FakeNotification {
    static readonly permission = permission;
    readonly title: string;
    constructor(title: string, options: { body: string; tag: string }) {
      this.title = title;
      shown.push({ title, ...options });
    }
  }
  return { FakeNotification, shown };
}

/** A link that records what happened to it, in order. */
class FakeLink implements DownloadLink {
  href = '';
  download = '';
  rel = '';
  constructor(private readonly events: string[]) {}
  click(): void {
    this.events.push(`click ${this.download} ${this.href}`);
  }
  remove(): void {
    this.events.push('remove link');
  }
}

/** Just enough of a document and of URL to follow a download from start to finish. */
function fakeDownloadPage() {
  const events: string[] = [];
  const blobs: Blob[] = [];
  const links: FakeLink[] = [];
  const doc = {
    createElement: (tagName: 'a') => {
      events.push(`create ${tagName}`);
      const link = new FakeLink(events);
      links.push(link);
      return link;
    },
    body: {
      append: (link: FakeLink) => events.push(`append ${link.download}`),
    },
  };
  const urls = {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      events.push('create url');
      return `blob:http://127.0.0.1:5199/${blobs.length}`;
    },
    revokeObjectURL: (url: string) => {
      events.push(`revoke ${url}`);
    },
  };
  return { doc, urls, events, blobs, links };
}

describe('browser implementation of the desktop API', () => {
  it('implements exactly the functions of the contract, and the sync group', () => {
    const { win } = fakeWindow();
    expect(Object.keys(createBrowserApi(win, '1.2.3')).sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), 'onCommand', 'onNotice', 'sync'].sort(),
    );
  });

  it('says where the journal lives in this browser', async () => {
    const { win } = fakeWindow();
    expect(await createBrowserApi(win, '1.2.3').getAppInfo()).toEqual({
      version: '1.2.3',
      dataLocation: "This browser's storage for http://127.0.0.1:5199 (IndexedDB)",
      keepInTrayByDefault: true,
      platform: 'browser',
    });
  });

  it('opens allow-listed links and refuses the rest', async () => {
    const { win, opened } = fakeWindow();
    const api = createBrowserApi(win, '1.2.3');
    expect(await api.openExternal('https://www.nhs.uk/conditions/back-pain/')).toBe(true);
    expect(await api.openExternal('javascript:alert(1)')).toBe(false);
    expect(await api.openExternal('https://nhs.uk.evil.example/')).toBe(false);
    expect(opened).toEqual(['https://www.nhs.uk/conditions/back-pain/']);
  });

  describe('saveFile', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('downloads the content through a temporary link, then revokes the URL', async () => {
      vi.useFakeTimers();
      const { win } = fakeWindow();
      const page = fakeDownloadPage();
      const api = createBrowserApi(win, '1.2.3', page.doc, page.urls);
      const content = '{"format":"upper-back-journal-backup","note":"ünïcode ✓"}';

      await expect(api.saveFile('journal.json', content)).resolves.toEqual({
        saved: true,
        location: BROWSER_DOWNLOAD_LOCATION,
      });
      expect(BROWSER_DOWNLOAD_LOCATION).toBe('your Downloads folder');
      expect(page.events).toEqual([
        'create url',
        'create a',
        'append journal.json',
        'click journal.json blob:http://127.0.0.1:5199/1',
        'remove link',
      ]);
      expect(page.links[0]?.rel).toBe('noopener');
      expect(page.blobs[0]?.type).toBe('application/json;charset=utf-8');
      expect(await page.blobs[0]?.text()).toBe(content);

      // Revoked later, once the browser has had time to read it.
      vi.advanceTimersByTime(REVOKE_DOWNLOAD_URL_AFTER_MS - 1);
      expect(page.events).not.toContain('revoke blob:http://127.0.0.1:5199/1');
      vi.advanceTimersByTime(1);
      expect(page.events.at(-1)).toBe('revoke blob:http://127.0.0.1:5199/1');
    });

    it.each([
      ['episodes.csv', 'text/csv;charset=utf-8'],
      ['report.html', 'text/html;charset=utf-8'],
      ['notes.txt', 'text/plain;charset=utf-8'],
      ['summary.md', 'text/markdown;charset=utf-8'],
      ['no-extension', 'text/plain;charset=utf-8'],
    ])('labels %s as %s', async (name, type) => {
      vi.useFakeTimers();
      const page = fakeDownloadPage();
      await createBrowserApi(fakeWindow().win, '1.2.3', page.doc, page.urls).saveFile(name, 'x');
      expect(page.blobs[0]?.type).toBe(type);
    });

    it('still revokes the URL when the click fails', async () => {
      vi.useFakeTimers();
      const page = fakeDownloadPage();
      const doc = {
        ...page.doc,
        body: {
          append: () => {
            throw new Error('the page is gone');
          },
        },
      };
      await expect(
        createBrowserApi(fakeWindow().win, '1.2.3', doc, page.urls).saveFile('a.json', '{}'),
      ).rejects.toThrow('the page is gone');
      vi.runAllTimers();
      expect(page.events.at(-1)).toBe('revoke blob:http://127.0.0.1:5199/1');
    });
  });

  it('refuses to save a report PDF, pointing to the Print button instead, without downloading anything', async () => {
    const page = fakeDownloadPage();
    const api = createBrowserApi(fakeWindow().win, '1.2.3', page.doc, page.urls);
    await expect(api.saveReportPdf('report.pdf')).rejects.toThrow(
      new Error(
        'Saving the report straight to a PDF file needs the desktop app. In a browser, use the Print ' +
          'button and choose "Save as PDF" in the print dialog.',
      ),
    );
    expect(page.events).toEqual([]);
  });

  describe('automatic backups', () => {
    it('are not available in a browser', async () => {
      const api = createBrowserApi(fakeWindow().win, '1.2.3');
      expect(await api.supportsAutomaticBackups()).toBe(false);
      expect(await api.listAutomaticBackups()).toEqual([]);
      expect(await api.automaticBackupsLocation()).toBeNull();
    });

    it('refuse to be written or read', async () => {
      const api = createBrowserApi(fakeWindow().win, '1.2.3');
      await expect(api.writeAutomaticBackup('{}', 'start')).rejects.toThrow(
        new Error('Automatic backups need the desktop app.'),
      );
      await expect(api.readAutomaticBackup('journal-backup.json')).rejects.toThrow(
        'Automatic backups need the desktop app.',
      );
    });
  });

  describe('sync', () => {
    it('answers every sync request with needs-desktop, so Settings can say sync needs the desktop app', async () => {
      const { sync } = createBrowserApi(fakeWindow().win, '1.2.3');
      const key = new Uint8Array(32);
      const answers = [
        await sync.chooseSyncFolder(),
        await sync.syncFolderStatus(),
        await sync.readKeyCheck(),
        await sync.startSyncFolder('{}'),
        await sync.sendChanges('a'.repeat(32), 1, Uint8Array.of(1)),
        await sync.saveSnapshot('a'.repeat(32), 1, Uint8Array.of(1)),
        await sync.listSyncFiles(),
        await sync.readSyncFile({ computerId: 'a'.repeat(32), kind: 'log', seq: 1 }),
        await sync.forgetSyncFolder(),
        await sync.rememberSyncKey(key),
        await sync.recallSyncKey(),
        await sync.forgetSyncKey(),
        await sync.syncComputerId(),
      ];
      expect(answers).toHaveLength(Object.keys(SYNC_IPC_CHANNELS).length);
      for (const answer of answers) expect(answer).toEqual({ ok: false, reason: 'needs-desktop' });
      expect(Object.keys(sync).sort()).toEqual(
        [...Object.keys(SYNC_IPC_CHANNELS), 'onSyncFolderChanged'].sort(),
      );
    });

    it('never reports folder changes, and stopping listening is harmless', () => {
      const { sync } = createBrowserApi(fakeWindow().win, '1.2.3');
      const stop = sync.onSyncFolderChanged(() => {
        throw new Error('no folder changes in a browser');
      });
      expect(() => stop()).not.toThrow();
    });
  });

  describe('desk extras', () => {
    it('explains that a global shortcut needs the desktop app, unless it is turned off', async () => {
      const api = createBrowserApi(fakeWindow().win, '1.2.3');
      expect(
        await api.applyDesktopPreferences({ quickLogShortcut: 'CommandOrControl+Alt+P', keepInTray: true }),
      ).toEqual({ shortcut: { status: 'unsupported', message: GLOBAL_SHORTCUT_NEEDS_DESKTOP } });
      expect(await api.applyDesktopPreferences({ quickLogShortcut: '', keepInTray: false })).toEqual({
        shortcut: { status: 'off' },
      });
    });

    it('shows a reminder as a browser notification only once the person has allowed them', async () => {
      const reminder = { kind: 'check-in' as const, title: 'How was today?', body: 'Still empty.' };
      const allowed = fakeNotifications('granted');
      const api = createBrowserApi(fakeWindow().win, '1.2.3', undefined, undefined, allowed.FakeNotification);
      expect(await api.showReminder(reminder)).toBe(true);
      expect(allowed.shown).toEqual([{ title: 'How was today?', body: 'Still empty.', tag: 'check-in' }]);

      for (const permission of ['default', 'denied'] as const) {
        const notAllowed = fakeNotifications(permission);
        const other = createBrowserApi(
          fakeWindow().win,
          '1.2.3',
          undefined,
          undefined,
          notAllowed.FakeNotification,
        );
        expect(await other.showReminder(reminder)).toBe(false);
        expect(notAllowed.shown).toEqual([]);
      }
    });

    it('cannot measure desk time, closes its own tab for the quick log, and sends no commands', async () => {
      const page = fakeWindow();
      const api = createBrowserApi(page.win, '1.2.3');
      expect(await api.deskStretchStartedAt()).toBeNull();
      await api.closeQuickLogWindow();
      expect(page.closeCalls()).toBe(1);
      const listener = vi.fn();
      const stop = api.onCommand(listener);
      stop();
      expect(listener).not.toHaveBeenCalled();
    });
  });
});

import { join } from 'node:path';
import type { WindowStateFs } from './windowState';
import { APP_TITLE } from './windows';

export const TRAY_NOTICE_FILE_NAME = 'tray-notice.json';

export function trayNoticePath(userDataDir: string): string {
  return join(userDataDir, TRAY_NOTICE_FILE_NAME);
}

/** Remembers, in a small file beside the window position, that the person was told about the tray. */
export interface TrayNoticeStore {
  hasBeenShown(): boolean;
  /** Never throws: failing to remember only means the notice may come once more. */
  markShown(): void;
}

export function createTrayNoticeStore(options: {
  fs: WindowStateFs;
  filePath: string;
  now: () => Date;
  onError: (error: unknown) => void;
}): TrayNoticeStore {
  const { fs, filePath } = options;
  return {
    hasBeenShown() {
      try {
        return fs.readFile(filePath).trim() !== '';
      } catch {
        return false;
      }
    },
    markShown() {
      try {
        const tempPath = `${filePath}.tmp`;
        fs.writeFile(tempPath, `${JSON.stringify({ shownAt: options.now().toISOString() })}\n`);
        fs.rename(tempPath, filePath);
      } catch (error) {
        options.onError(error);
      }
    },
  };
}

/** Where the journal went and how to get it back, in words for the platform's tray or menu bar. */
export function keptInTrayMessage(platform: NodeJS.Platform): { title: string; body: string } {
  const where = platform === 'darwin' ? 'menu bar' : 'tray';
  return {
    title: `${APP_TITLE} is still running`,
    body:
      `It stays in the ${where}, so reminders and the quick-log shortcut keep working. ` +
      `To bring the window back, click its icon in the ${where}, or start ${APP_TITLE} again.`,
  };
}

export interface KeptInTrayNoticeDeps {
  store: TrayNoticeStore;
  platform: NodeJS.Platform;
  /** Shows a desktop notification with this title and body. */
  showNotification: (message: { title: string; body: string }) => void;
  /** Tells the journal page, which shows the same once the window is seen again. */
  tellJournalPage: () => void;
  log: (message: string, details?: unknown) => void;
}

/**
 * The first time ever that closing the window keeps the journal in the tray, says where it went and how to
 * bring it back: as a desktop notification, and in the journal page next time it is seen (for a desktop
 * whose tray or notifications are not shown).
 */
export function createKeptInTrayNotice(deps: KeptInTrayNoticeDeps): () => void {
  return () => {
    if (deps.store.hasBeenShown()) return;
    deps.store.markShown();
    try {
      deps.showNotification(keptInTrayMessage(deps.platform));
    } catch (error) {
      deps.log('Could not say the journal is in the tray', error);
    }
    deps.tellJournalPage();
  };
}

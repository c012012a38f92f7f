import type { Page } from '@playwright/test';

/**
 * An in-memory stand-in for the preload's window.desktop, installed before the app loads, so the
 * renderer's desktop paths run in Chromium (the real preload needs the Electron binary, which cannot run
 * here; the main-process side of each function is unit-tested in tests/unit/main).
 *
 * What it records, for a test to read back with page.evaluate:
 * - window.writtenBackups: automatic backups written, newest first;
 * - window.__reportPdfCalls: the suggested name of each saveReportPdf call, in order;
 * - window.__desktopCalls: every call of the desk functions (applyDesktopPreferences, showReminder,
 *   closeQuickLogWindow, saveFile), in order, with their arguments.
 * And what it lets a test do:
 * - window.__sendCommand(command): what the menu, tray or a reminder click would send;
 * - window.__sendNotice(notice): a notice the desktop asks the page to show (an undelivered reminder);
 * - window.__refusedShortcuts: accelerators the "system" refuses (default: CommandOrControl+Alt+K);
 * - window.__deskStretchStartedAt: what deskStretchStartedAt answers (default null);
 * - window.__shortcutMayNeedApproval: answer that a shortcut may still need the desktop's approval (Wayland);
 * - window.__keepInTrayByDefault: what getAppInfo says closing does by default (false: a GNOME without a tray).
 */
export async function installFakeDesktop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const files: { name: string; createdAt: string; reason: string; content: string }[] = [];
    // Each saveReportPdf call's suggested name, in order, for a test to read back with page.evaluate.
    const reportPdfCalls: string[] = [];
    const w = window as unknown as {
      desktop: unknown;
      writtenBackups: typeof files;
      __reportPdfCalls: typeof reportPdfCalls;
    };
    w.writtenBackups = files;
    w.__reportPdfCalls = reportPdfCalls;
    const calls: { name: string; args: unknown[] }[] = [];
    const commandListeners = new Set<(command: string) => void>();
    const pendingCommands: string[] = [];
    const noticeListeners = new Set<(notice: unknown) => void>();
    const desk = window as unknown as {
      __desktopCalls: typeof calls;
      __sendCommand: (command: string) => void;
      __sendNotice: (notice: unknown) => void;
      __refusedShortcuts: string[];
      __deskStretchStartedAt: string | null;
      __shortcutMayNeedApproval: boolean;
      __keepInTrayByDefault: boolean;
    };
    desk.__desktopCalls = calls;
    desk.__refusedShortcuts = ['CommandOrControl+Alt+K'];
    desk.__deskStretchStartedAt = null;
    desk.__shortcutMayNeedApproval = false;
    desk.__keepInTrayByDefault ??= true;
    // Like the preload: commands sent before the page listens are kept for its first listener.
    desk.__sendCommand = (command) => {
      if (commandListeners.size === 0) pendingCommands.push(command);
      for (const listener of commandListeners) listener(command);
    };
    desk.__sendNotice = (notice) => {
      for (const listener of noticeListeners) listener(notice);
    };
    w.desktop = {
      getAppInfo: async () => ({
        version: '9.9.9',
        dataLocation: '/home/test/.config/Upper Back Journal',
        platform: 'desktop',
        keepInTrayByDefault: desk.__keepInTrayByDefault,
      }),
      openExternal: async () => true,
      saveFile: async (suggestedName: string) => {
        calls.push({ name: 'saveFile', args: [suggestedName] });
        return { saved: true, location: '/home/test/Documents/backup.json' };
      },
      saveReportPdf: async (suggestedName: string) => {
        reportPdfCalls.push(suggestedName);
        return { saved: true, location: `/fake/Documents/${suggestedName}` };
      },
      supportsAutomaticBackups: async () => true,
      writeAutomaticBackup: async (content: string, reason: string) => {
        const createdAt = new Date(Date.now() + files.length).toISOString();
        const file = { name: `journal-backup-${files.length}-${reason}.json`, createdAt, reason, content };
        files.unshift(file);
        return { name: file.name, createdAt, reason, sizeBytes: content.length };
      },
      listAutomaticBackups: async () =>
        files.map(({ name, createdAt, reason, content }) => ({
          name,
          createdAt,
          reason,
          sizeBytes: content.length,
        })),
      readAutomaticBackup: async (name: string) => {
        const file = files.find((f) => f.name === name);
        if (!file) throw new Error('no such backup');
        return file.content;
      },
      automaticBackupsLocation: async () => '/home/test/.config/Upper Back Journal/backups',
      applyDesktopPreferences: async (preferences: { quickLogShortcut: string; keepInTray: boolean }) => {
        calls.push({ name: 'applyDesktopPreferences', args: [preferences] });
        const accelerator = preferences.quickLogShortcut;
        if (accelerator === '') return { shortcut: { status: 'off' } };
        if (desk.__refusedShortcuts.includes(accelerator)) {
          return {
            shortcut: {
              status: 'refused',
              message:
                'Your system didn’t accept that shortcut: another app may already be using it. Choose a different one.',
            },
          };
        }
        return desk.__shortcutMayNeedApproval
          ? { shortcut: { status: 'registered', accelerator, mayNeedDesktopApproval: true } }
          : { shortcut: { status: 'registered', accelerator } };
      },
      showReminder: async (reminder: unknown) => {
        calls.push({ name: 'showReminder', args: [reminder] });
        return true;
      },
      deskStretchStartedAt: async () => desk.__deskStretchStartedAt,
      closeQuickLogWindow: async () => {
        calls.push({ name: 'closeQuickLogWindow', args: [] });
      },
      onCommand: (listener: (command: string) => void) => {
        commandListeners.add(listener);
        for (const command of pendingCommands.splice(0)) listener(command);
        return () => commandListeners.delete(listener);
      },
      onNotice: (listener: (notice: unknown) => void) => {
        noticeListeners.add(listener);
        return () => noticeListeners.delete(listener);
      },
    };
  });
}

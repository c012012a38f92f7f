import type { Page } from '@playwright/test';

/**
 * An in-memory stand-in for the preload's window.desktop, installed before the app loads, so the
 * renderer's desktop paths run in Chromium (the real preload needs the Electron binary, which cannot run
 * here; the main-process side of each function is unit-tested in tests/unit/main).
 *
 * What it records, for a test to read back with page.evaluate:
 * - window.writtenBackups: automatic backups written, newest first;
 * - window.__reportPdfCalls: the suggested name of each saveReportPdf call, in order.
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
    w.desktop = {
      getAppInfo: async () => ({
        version: '9.9.9',
        dataLocation: '/home/test/.config/Upper Back Journal',
        platform: 'desktop',
      }),
      openExternal: async () => true,
      saveFile: async () => ({ saved: true, location: '/home/test/Documents/backup.json' }),
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
    };
  });
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { APP_ENTRY_URL } from '@shared/appOrigin';
import { nodeMainFs } from './atomicFile';
import { backupsFolder, createBackupStore } from './backups';
import { saveFileWithDialog } from './files';
import { registerIpcHandlers } from './ipc';
import { createBundleHandler, installBundleProtocol, registerAppScheme } from './protocol';
import { createReloadLimiter, watchRendererHealth } from './rendererHealth';
import { saveReportPdf } from './reportPdf';
import { hardenAllWebContents, restrictPermissions } from './security';
import { createWindowStateStore, nodeWindowStateFs, windowStatePath } from './windowState';
import { createMainWindow, focusWindow } from './windows';

// Wiring only: every decision lives in a tested module.

const logError = (message: string, details?: unknown): void =>
  console.error(`[main] ${message}`, details ?? '');

// A packaged app never trusts a dev server, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | undefined;

function openMainWindow(): void {
  const windowState = createWindowStateStore({
    fs: nodeWindowStateFs,
    filePath: windowStatePath(app.getPath('userData')),
    getWorkAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    onError: (error) => logError('Could not save the window position', error),
  });
  const window = createMainWindow({
    BrowserWindow,
    preloadPath: join(__dirname, '../preload/index.js'),
    loadUrl: devServerUrl ?? APP_ENTRY_URL,
    windowState,
    onLoadError: (error) => logError('Could not load the app', error),
  });
  watchRendererHealth(window.webContents, {
    limiter: createReloadLimiter(Date.now),
    showMessageBox: (options) => dialog.showMessageBox(window, options),
    log: logError,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

function start(): void {
  // Both must happen before 'ready'.
  app.enableSandbox();
  registerAppScheme(protocol);

  hardenAllWebContents(app, {
    devServerUrl,
    openExternal: (url) => shell.openExternal(url),
    onError: (error) => logError('Could not open a link', error),
  });

  app.on('second-instance', () => {
    if (mainWindow !== undefined) focusWindow(mainWindow);
  });

  app.on('window-all-closed', () => {
    // On macOS apps stay open without windows until the user quits them.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      installBundleProtocol(
        protocol,
        createBundleHandler({
          rootDir: join(__dirname, '../renderer'),
          readFile: (path) => readFile(path),
          onReadError: (error) => logError('Could not read an app file', error),
        }),
      );
      restrictPermissions(session.defaultSession, devServerUrl);
      const saveFile = (suggestedName: string, content: string | Uint8Array) =>
        saveFileWithDialog(
          { dialog, window: mainWindow, fs: nodeMainFs, defaultFolder: app.getPath('documents') },
          suggestedName,
          content,
        );
      registerIpcHandlers(ipcMain, {
        app,
        openExternal: (url) => shell.openExternal(url),
        devServerUrl,
        saveFile,
        saveReportPdf: (suggestedName) =>
          saveReportPdf({ contents: mainWindow?.webContents, saveFile }, suggestedName),
        backups: createBackupStore({
          fs: nodeMainFs,
          folder: backupsFolder(app.getPath('userData')),
          now: () => new Date(),
          timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
          onError: (error) => logError('Could not delete an old automatic backup', error),
        }),
        onError: (error) => logError('Could not open a link', error),
      });
      openMainWindow();
    })
    .catch((error: unknown) => {
      logError('Could not start', error);
      app.quit();
    });
}

// A second copy would open the same IndexedDB from two processes; hand over to the first one instead.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

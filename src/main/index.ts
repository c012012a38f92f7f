import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
// `asarUnpack`: the desktop shell is handed these paths, and not every Linux tray can read inside app.asar.
import appIconPath from '../../resources/icon.png?asset&asarUnpack';
import trayColourPath from '../../resources/tray.png?asset&asarUnpack';
import trayTemplatePath from '../../resources/trayTemplate.png?asset&asarUnpack';
import trayTemplate2xPath from '../../resources/trayTemplate@2x.png?asset&asarUnpack';
import type { AppCommand, DesktopPreferences, DesktopPreferencesResult } from '@shared/api';
import { APP_ENTRY_URL, APP_ID } from '@shared/appOrigin';
import { nodeMainFs } from './atomicFile';
import { backupsFolder, createBackupStore } from './backups';
import { createQuitState, keepInTrayOnClose } from './closeToTray';
import { commandForReminder, createCommandSender, createNoticeSender } from './commands';
import { attachContextMenu } from './contextMenu';
import { createDeskStretchTracker } from './deskStretch';
import { saveFileWithDialog } from './files';
import { registerIpcHandlers, type AppWindowKind } from './ipc';
import { showPageOnLoadFailure } from './loadFailure';
import { chromiumSwitches, isShortcutPortalSession, isTrayLikelyHidden } from './linuxDesktop';
import { buildApplicationMenu } from './menu';
import { createReminderNotifier } from './notifications';
import { createBundleHandler, installBundleProtocol, registerAppScheme } from './protocol';
import { createQuickLogWindowController, quickLogUrl } from './quickLogWindow';
import { createReloadLimiter, watchRendererHealth, type WatchedWebContents } from './rendererHealth';
import { saveReportPdf } from './reportPdf';
import { hardenAllWebContents, restrictPermissions } from './security';
import { createQuickLogShortcut } from './shortcut';
import { applySpellingChoice, isSpellingOn } from './spelling';
import { createAppTray, type AppTray } from './tray';
import { trayIcon } from './trayIcon';
import { createSyncService } from './sync/syncService';
import { createKeptInTrayNotice, createTrayNoticeStore, trayNoticePath } from './trayNotice';
import { createWindowStateStore, nodeWindowStateFs, windowStatePath } from './windowState';
import { createMainWindow, focusWindow } from './windows';

// Wiring only: every decision lives in a tested module.

const logError = (message: string, details?: unknown): void =>
  console.error(`[main] ${message}`, details ?? '');

// A packaged app never trusts a dev server, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const preloadPath = join(__dirname, '../preload/index.js');
const isMac = process.platform === 'darwin';
/** Long enough for Notification Center on a busy Mac, short enough that the reminder is still current. */
const MAC_NOTIFICATION_SHOW_TIMEOUT_MS = 5_000;

let mainWindow: BrowserWindow | undefined;
let quickLogWindow: BrowserWindow | undefined;
let appTray: AppTray<Tray> | undefined;
// Where the tray is likely not shown (GNOME without an AppIndicator extension), closing quits unless the
// person chooses otherwise: a window hidden into an invisible tray would seem lost.
const keepInTrayByDefault = !isTrayLikelyHidden(process.platform, process.env);
// Until the journal page hands over the saved preference (applyDesktopPreferences), keep the default.
let keepInTray = keepInTrayByDefault;
// Set once the app is ready: says where the window went the first time it is hidden into the tray.
let onHiddenToTray: (() => void) | undefined;
const quitState = createQuitState();

/**
 * What every app window gets: crash and hang recovery, the right-click menu, and a page saying so when its
 * own page cannot load (the window is created hidden, and would otherwise never appear).
 */
function watchWindow(window: BrowserWindow, retryUrl: string): void {
  attachContextMenu(window.webContents, { Menu, window, isSpellingOn: isSpellingOn(process.platform) });
  showPageOnLoadFailure(window.webContents, {
    retryUrl,
    show: () => focusWindow(window),
    log: logError,
  });
  watchHealth(window);
}

/** Crash and hang recovery for any of the app's windows. */
function watchHealth(window: BrowserWindow): void {
  const contents: WatchedWebContents = window.webContents;
  watchRendererHealth(contents, {
    limiter: createReloadLimiter(Date.now),
    showMessageBox: (options) => dialog.showMessageBox(window, options),
    // destroy, not close: a close would only hide it in the tray, and the next "Open journal" would show
    // the crashed page.
    closeWindow: () => window.destroy(),
    log: logError,
  });
}

function openMainWindow(): BrowserWindow {
  const windowState = createWindowStateStore({
    fs: nodeWindowStateFs,
    filePath: windowStatePath(app.getPath('userData')),
    getWorkAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    onError: (error) => logError('Could not save the window position', error),
  });
  const window = createMainWindow({
    BrowserWindow,
    preloadPath,
    platform: process.platform,
    loadUrl: devServerUrl ?? APP_ENTRY_URL,
    windowState,
    onLoadError: (error) => logError('Could not load the app', error),
  });
  watchWindow(window, devServerUrl ?? APP_ENTRY_URL);
  // Closing hides the window to the tray (a setting), so the shortcut and reminders keep working.
  keepInTrayOnClose(window, {
    keepInTray: () => keepInTray,
    isQuitting: quitState.isQuitting,
    hasTray: () => appTray !== undefined,
    onHiddenToTray: () => onHiddenToTray?.(),
  });
  // Windows does not send 'before-quit' when the person logs off or shuts down; a hidden window must not
  // hold that up.
  window.on('session-end', () => quitState.markQuitting());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
  return window;
}

function showJournal(): void {
  focusWindow(mainWindow ?? openMainWindow());
}

function start(): void {
  // These must happen before 'ready'. Under Wayland the global shortcut needs the desktop's portal.
  const features = app.commandLine.getSwitchValue('enable-features');
  for (const { name, value } of chromiumSwitches(process.platform, features)) {
    app.commandLine.appendSwitch(name, value);
  }
  app.enableSandbox();
  // Windows shows notifications under this id, which the installer's shortcut carries too.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  registerAppScheme(protocol);

  hardenAllWebContents(app, {
    devServerUrl,
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK security.ts passes only allow-listed https links
    onError: (error) => logError('Could not open a link', error),
  });

  app.on('second-instance', () => showJournal());

  app.on('window-all-closed', () => {
    // On macOS apps stay open without windows until the user quits them.
    if (!isMac) app.quit();
  });

  app.on('activate', () => {
    if (app.isReady()) showJournal();
  });

  app.on('before-quit', () => quitState.markQuitting());

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
      applySpellingChoice(session.defaultSession, process.platform);
      powerMonitor.on('shutdown', () => quitState.markQuitting());

      const sendCommand = createCommandSender({
        getMainWindow: () => mainWindow,
        createMainWindow: openMainWindow,
        focus: focusWindow,
        log: logError,
      });
      const quickLog = createQuickLogWindowController({
        BrowserWindow,
        preloadPath,
        platform: process.platform,
        devServerUrl,
        getCursorScreenPoint: () => screen.getCursorScreenPoint(),
        getDisplayWorkArea: (point) => screen.getDisplayNearestPoint(point).workArea,
        onLoadError: (error) => logError('Could not load the quick log', error),
        onCreated: (window) => {
          watchWindow(window, quickLogUrl(devServerUrl));
          quickLogWindow = window;
          window.on('closed', () => {
            if (quickLogWindow === window) quickLogWindow = undefined;
          });
        },
        activateApp: () => {
          if (isMac) app.focus({ steal: true });
        },
      });
      const shortcut = createQuickLogShortcut({
        globalShortcut,
        onPress: () => quickLog.open(),
        isMac,
        isPortalSession: isShortcutPortalSession(process.platform, process.env),
        log: logError,
      });
      const sendNotice = createNoticeSender({ getMainWindow: () => mainWindow });
      onHiddenToTray = createKeptInTrayNotice({
        store: createTrayNoticeStore({
          fs: nodeWindowStateFs,
          filePath: trayNoticePath(app.getPath('userData')),
          now: () => new Date(),
          onError: (error) => logError('Could not remember the tray notice', error),
        }),
        platform: process.platform,
        showNotification: ({ title, body }) => {
          if (Notification.isSupported()) new Notification({ title, body, icon: appIconPath }).show();
        },
        tellJournalPage: () => sendNotice({ kind: 'kept-in-tray' }),
        log: logError,
      });
      const notifier = createReminderNotifier({
        Notification,
        icon: appIconPath,
        onClick: (kind) => sendCommand(commandForReminder(kind)),
        onNotShown: (reminder) => sendNotice({ kind: 'reminder-not-shown', reminder }),
        // macOS says 'show' when it delivered the notification; an unsigned app's may vanish without a word.
        showTimeoutMs: isMac ? MAC_NOTIFICATION_SHOW_TIMEOUT_MS : undefined,
        log: logError,
      });
      const deskStretch = createDeskStretchTracker({
        getSystemIdleTime: () => powerMonitor.getSystemIdleTime(),
        now: Date.now,
        setInterval: (callback, ms) => setInterval(callback, ms),
        clearInterval: (handle) => clearInterval(handle),
      });

      const buildMenu = () =>
        buildApplicationMenu(Menu, {
          platform: process.platform,
          appName: app.name,
          isPackaged: app.isPackaged,
          shortcutHints: { quickLog: shortcut.current() ?? undefined },
          run: (command: AppCommand) => sendCommand(command),
          openQuickLog: () => quickLog.open(),
        });
      buildMenu();

      try {
        appTray = createAppTray({
          Tray,
          Menu,
          icon: trayIcon(nativeImage, process.platform, {
            colour: trayColourPath,
            template: trayTemplatePath,
            template2x: trayTemplate2xPath,
          }),
          platform: process.platform,
          actions: {
            logPain: () => quickLog.open(),
            checkIn: () => sendCommand('check-in'),
            openJournal: showJournal,
            quit: () => app.quit(),
          },
          quickLogShortcut: null,
        });
      } catch (error) {
        // Some Linux desktops have no tray; closing the window then quits, as hasTray() tells.
        logError('Could not add the tray icon', error);
      }

      const applyDesktopPreferences = async (
        preferences: DesktopPreferences,
      ): Promise<DesktopPreferencesResult> => {
        keepInTray = preferences.keepInTray;
        const before = shortcut.current();
        const result = shortcut.apply(preferences.quickLogShortcut);
        // The tray and the menu show the shortcut: rebuild them only when it changed (a rebuilt tray menu
        // can flicker on Linux, and the journal re-applies its preferences after every change).
        if (shortcut.current() !== before) {
          appTray?.refresh(shortcut.current());
          buildMenu();
        }
        return { shortcut: result };
      };

      // Sync watches the folder remembered from last time from the start, so news waits in the preload until
      // the journal page listens.
      const sync = createSyncService({
        dialog,
        getWindow: () => mainWindow,
        getNewsTarget: () => mainWindow?.webContents,
        safeStorage,
        platform: process.platform,
        userDataDir: app.getPath('userData'),
        defaultFolder: app.getPath('home'),
        onError: logError,
      });
      void sync.start();

      app.on('will-quit', () => {
        sync.stop();
        shortcut.dispose();
        deskStretch.stop();
        appTray?.destroy();
      });

      // The dialog belongs to the window that asked: a quick-log save must not open behind it, over the
      // journal window (or nowhere visible, when the journal is hidden in the tray).
      const saveFile = (suggestedName: string, content: string | Uint8Array, owner: AppWindowKind) =>
        saveFileWithDialog(
          {
            dialog,
            window: owner === 'quick-log' ? quickLogWindow : mainWindow,
            fs: nodeMainFs,
            defaultFolder: app.getPath('documents'),
          },
          suggestedName,
          content,
        );
      registerIpcHandlers(ipcMain, {
        app,
        keepInTrayByDefault,
        // Compared by identity: a page cannot pretend to be the other window.
        windowOf: (sender) =>
          sender === mainWindow?.webContents
            ? 'journal'
            : sender === quickLogWindow?.webContents
              ? 'quick-log'
              : undefined,
        openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK ipc.ts passes only allow-listed https links
        devServerUrl,
        saveFile,
        saveReportPdf: (suggestedName) =>
          saveReportPdf(
            {
              contents: mainWindow?.webContents,
              saveFile: (name, content) => saveFile(name, content, 'journal'),
            },
            suggestedName,
          ),
        backups: createBackupStore({
          fs: nodeMainFs,
          folder: backupsFolder(app.getPath('userData')),
          now: () => new Date(),
          timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
          onError: (error) => logError('Could not delete an old automatic backup', error),
        }),
        applyDesktopPreferences,
        showReminder: (notice) => notifier.show(notice),
        deskStretchStartedAt: () => deskStretch.startedAt(),
        closeQuickLogWindow: () => quickLog.close(),
        sync,
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

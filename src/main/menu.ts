import type { MenuItemConstructorOptions } from 'electron';
import { isSameShortcut, validateAccelerator } from '@shared/accelerator';
import type { AppCommand } from '@shared/api';
import { MENU_KEYS } from '@shared/menuKeys';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  /** The app's name as the system shows it (app.name): the macOS app menu and the Help items use it. */
  appName: string;
  /** A packaged app has no reload or developer tools in its menu. */
  isPackaged: boolean;
  shortcutHints?: {
    /**
     * The global quick-log shortcut (Electron accelerator syntax), shown beside "Log pain quickly…" so people
     * can learn it. It is only displayed: the global shortcut itself does the work. Left out when empty, not
     * a valid shortcut, or the same keys as another item in this menu.
     */
    quickLog?: string;
  };
  /** Sends a command to the journal window (showing it first). */
  run(command: AppCommand): void;
  /** Opens the small quick-log window. */
  openQuickLog(): void;
}

/** The parts of Electron's Menu used here. */
export interface MenuLike<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M): void;
}

interface JournalItem {
  /** With `&` before the Windows/Linux mnemonic letter; macOS menus have no mnemonics, so it is dropped there. */
  label: string;
  accelerator?: string;
  command: AppCommand;
}

// The File menu's journal actions. Mnemonic letters are unique within the menu and avoid the Close and
// Quit/Exit roles' own letters.
const NEW_EPISODE: JournalItem = {
  label: '&New episode',
  accelerator: MENU_KEYS.newEpisode,
  command: 'new-episode',
};
const CHECK_IN: JournalItem = {
  label: '&Daily check-in',
  accelerator: MENU_KEYS.checkIn,
  command: 'check-in',
};
const MEASURES: JournalItem = { label: '&Weekly measures', command: 'measures' };
const EXPORT_REPORT: JournalItem = {
  label: '&Export report…',
  accelerator: MENU_KEYS.exportReport,
  command: 'export-report',
};
const SAVE_BACKUP: JournalItem = {
  label: '&Save backup…',
  accelerator: MENU_KEYS.saveBackup,
  command: 'save-backup',
};
const RESTORE_BACKUP: JournalItem = { label: '&Restore backup…', command: 'restore-backup' };
const SETTINGS_ACCELERATOR = MENU_KEYS.settings;
const HELP_ACCELERATOR = MENU_KEYS.help;
/** Every key the journal's own menu items use (the quick-log hint must not repeat one). */
const JOURNAL_ACCELERATORS: readonly string[] = Object.values(MENU_KEYS);

/**
 * The application menu: the usual roles, plus the journal's own actions, each sending an AppCommand.
 * Pure, so every platform's menu is tested without Electron.
 */
export function applicationMenuTemplate(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const label = (text: string): string => (isMac ? text.replaceAll('&', '') : text);
  // An '&' in the name itself must show as written, not mark a mnemonic.
  const appNameInLabel = options.appName.replaceAll('&', '&&');
  const journalItem = (item: JournalItem): MenuItemConstructorOptions => ({
    label: label(item.label),
    ...(item.accelerator === undefined ? {} : { accelerator: item.accelerator }),
    click: () => options.run(item.command),
  });

  const hintCheck = validateAccelerator(options.shortcutHints?.quickLog ?? '');
  const quickLogHint =
    // macOS cannot display an accelerator without also registering it as the item's key equivalent.
    !isMac &&
    hintCheck.ok &&
    !JOURNAL_ACCELERATORS.some((accelerator) => isSameShortcut(accelerator, hintCheck.accelerator, isMac))
      ? hintCheck.accelerator
      : undefined;
  const quickLog: MenuItemConstructorOptions = {
    label: label('&Log pain quickly…'),
    ...(quickLogHint === undefined ? {} : { accelerator: quickLogHint, registerAccelerator: false }),
    click: () => options.openQuickLog(),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { label: 'Settings…', accelerator: SETTINGS_ACCELERATOR, click: () => options.run('settings') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  // macOS keeps Settings and Quit in the app menu.
  const fileMenuEnd: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'close' }]
    : [
        { label: 'Se&ttings…', accelerator: SETTINGS_ACCELERATOR, click: () => options.run('settings') },
        { type: 'separator' },
        { role: 'close' },
        { role: 'quit' },
      ];
  const fileMenu: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      journalItem(NEW_EPISODE),
      quickLog,
      journalItem(CHECK_IN),
      journalItem(MEASURES),
      { type: 'separator' },
      journalItem(EXPORT_REPORT),
      journalItem(SAVE_BACKUP),
      journalItem(RESTORE_BACKUP),
      { type: 'separator' },
      ...fileMenuEnd,
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const viewMenu: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  // macOS has About in the app menu.
  const helpMenuEnd: MenuItemConstructorOptions[] = isMac
    ? []
    : [{ type: 'separator' }, { role: 'about', label: `&About ${appNameInLabel}` }];
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: label('&Help'),
    submenu: [
      {
        label: isMac ? `${options.appName} help` : `${appNameInLabel} &help`,
        accelerator: HELP_ACCELERATOR,
        click: () => options.run('help'),
      },
      ...helpMenuEnd,
    ],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    { role: 'editMenu', label: label('&Edit') },
    viewMenu,
    { role: 'windowMenu', label: label('&Window') },
    helpMenu,
  ];
}

/** Builds the menu and makes it the application menu; returns it. Call again to rebuild (new shortcut). */
export function buildApplicationMenu<M>(Menu: MenuLike<M>, options: ApplicationMenuOptions): M {
  const menu = Menu.buildFromTemplate(applicationMenuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}

import type { MenuItemConstructorOptions } from 'electron';
import { APP_TITLE } from './windows';

/** What the tray menu can do; main wires each to the quick-log window, commands, or quitting. */
export interface TrayActions {
  logPain(): void;
  checkIn(): void;
  openJournal(): void;
  quit(): void;
}

/**
 * The tray menu. The quick-log shortcut (an accelerator, as the shortcut module's current() gives it) is shown
 * beside "Log pain" as a hint only: it is already a global shortcut, so the menu must not register it again.
 */
export function trayMenuTemplate(
  actions: TrayActions,
  quickLogShortcut: string | null,
): MenuItemConstructorOptions[] {
  const shortcutHint: MenuItemConstructorOptions =
    quickLogShortcut === null ? {} : { accelerator: quickLogShortcut, registerAccelerator: false };
  return [
    { label: 'Log pain', ...shortcutHint, click: () => actions.logPain() },
    { label: 'Daily check-in', click: () => actions.checkIn() },
    { label: 'Open journal', click: () => actions.openJournal() },
    { type: 'separator' },
    { label: `Quit ${APP_TITLE}`, click: () => actions.quit() },
  ];
}

/** The parts of Electron's Tray used here, so tests can pass a small fake. */
export interface TrayLike<M> {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: M | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

/** Electron's Menu class, for building the context menu. */
export interface MenuBuilder<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
}

export interface AppTrayDeps<T extends TrayLike<M>, M, I> {
  Tray: new (icon: I) => T;
  Menu: MenuBuilder<M>;
  /** A file path or a NativeImage. */
  icon: I;
  platform: NodeJS.Platform;
  actions: TrayActions;
  /** The quick-log shortcut in force when the tray is made; refresh() shows a later one. */
  quickLogShortcut?: string | null;
}

export interface AppTray<T> {
  tray: T;
  /** Rebuilds the menu, for example after the quick-log shortcut changed. */
  refresh(quickLogShortcut: string | null): void;
  destroy(): void;
}

export function createAppTray<T extends TrayLike<M>, M, I>(deps: AppTrayDeps<T, M, I>): AppTray<T> {
  const tray = new deps.Tray(deps.icon);
  tray.setToolTip(APP_TITLE);
  const refresh = (quickLogShortcut: string | null): void => {
    // Rebuilt whole: on Linux a context menu changed after it was set is not shown changed.
    tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(deps.actions, quickLogShortcut)));
  };
  refresh(deps.quickLogShortcut ?? null);
  // On Windows and Linux a click on the icon usually opens the app; on macOS it opens the menu, which is
  // Electron's default once a context menu is set.
  if (deps.platform !== 'darwin') tray.on('click', () => deps.actions.openJournal());

  let isDestroyed = false;
  return {
    tray,
    refresh,
    destroy() {
      if (isDestroyed) return;
      isDestroyed = true;
      tray.destroy();
    },
  };
}

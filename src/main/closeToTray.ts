export interface PreventableCloseEvent {
  preventDefault(): void;
}

/** The parts of a BrowserWindow used here, so tests can pass a small fake. */
export interface HideableWindow {
  on(event: 'close', listener: (event: PreventableCloseEvent) => void): unknown;
  hide(): void;
}

export interface CloseToTrayState {
  /** The person's setting (DesktopPreferences.keepInTray). */
  keepInTray(): boolean;
  /** True once the app is quitting: then closing must really close, or quitting would hang. */
  isQuitting(): boolean;
  /** Without a tray icon a hidden window could not be brought back. */
  hasTray(): boolean;
  /** Called each time closing hid the window, to say where it went (trayNotice.ts). */
  onHiddenToTray?(): void;
}

/**
 * Closing the main window hides it instead, when the person chose to keep the app in the tray, so the
 * quick-log shortcut and reminders keep working. The state is read at each close, so a changed setting
 * applies at once. The window's other 'close' listener saves its bounds; saving on a close that only hides
 * is harmless, so the order the two run in does not matter.
 */
export function keepInTrayOnClose(window: HideableWindow, state: CloseToTrayState): void {
  window.on('close', (event) => {
    if (!state.keepInTray() || !state.hasTray() || state.isQuitting()) return;
    event.preventDefault();
    window.hide();
    state.onHiddenToTray?.();
  });
}

export interface QuitState {
  /** Call on the app's 'before-quit' (and on a system shutdown), before the windows get 'close'. */
  markQuitting(): void;
  isQuitting(): boolean;
}

export function createQuitState(): QuitState {
  let isQuitting = false;
  return {
    markQuitting: () => {
      isQuitting = true;
    },
    isQuitting: () => isQuitting,
  };
}

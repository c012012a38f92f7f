import type { ShortcutResult } from '@shared/api';
import { acceleratorLabel, isSameShortcut, validateAccelerator } from '@shared/accelerator';

/** The parts of Electron's globalShortcut used here, so tests can pass a fake that refuses. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  isRegistered(accelerator: string): boolean;
}

export interface QuickLogShortcutDeps {
  globalShortcut: GlobalShortcutLike;
  /** What pressing the shortcut does: opens the quick-log window. */
  onPress: () => void;
  isMac: boolean;
  /**
   * True in a Linux Wayland session (linuxDesktop.ts): there the desktop's portal takes the shortcut as a
   * request, may ask the person to allow it, and Electron's register() says true whatever they answer.
   */
  isPortalSession: boolean;
  log: (message: string, details?: unknown) => void;
}

export interface QuickLogShortcut {
  /** Puts the chosen shortcut in force; '' turns it off. A refused or invalid one leaves the previous one working. */
  apply(accelerator: string): ShortcutResult | { status: 'off' };
  /** The shortcut in force, or null when there is none. */
  current(): string | null;
  /** Gives the keys back to the system (on quit). */
  dispose(): void;
}

/**
 * The global quick-log shortcut. A new shortcut is registered before the old one is let go, so a refusal
 * never leaves the person without the one that worked.
 */
export function createQuickLogShortcut(deps: QuickLogShortcutDeps): QuickLogShortcut {
  const { globalShortcut, isMac, log } = deps;
  let inForce: string | null = null;

  // What register() accepted is all the app knows; through the portal, that is not yet that it works.
  const registered = (accelerator: string): ShortcutResult =>
    deps.isPortalSession
      ? { status: 'registered', accelerator, mayNeedDesktopApproval: true }
      : { status: 'registered', accelerator };

  // Electron calls this outside any try/catch: an error escaping it would be an uncaught exception in main.
  const onPress = (): void => {
    try {
      deps.onPress();
    } catch (error) {
      log('The quick-log shortcut failed', error);
    }
  };

  const release = (): void => {
    if (inForce === null) return;
    try {
      globalShortcut.unregister(inForce);
    } catch (error) {
      log('Could not release the quick-log shortcut', error);
    }
    inForce = null;
  };

  const tryRegister = (accelerator: string): boolean => {
    try {
      return globalShortcut.register(accelerator, onPress);
    } catch (error) {
      log('Could not register the quick-log shortcut', error);
      return false;
    }
  };

  return {
    apply(requested) {
      if (requested.trim() === '') {
        release();
        return { status: 'off' };
      }
      const check = validateAccelerator(requested);
      if (!check.ok) return { status: 'invalid', message: check.message };
      const { accelerator } = check;

      // Something else let it go (a call to unregisterAll, say): it is not in force any more.
      if (inForce !== null && !globalShortcut.isRegistered(inForce)) inForce = null;
      // The same keys, maybe spelled differently ('Control' for 'CommandOrControl' on Windows): they already
      // work, and Electron would refuse to register them twice.
      if (inForce !== null && isSameShortcut(inForce, accelerator, isMac)) {
        inForce = accelerator;
        return registered(accelerator);
      }

      if (!tryRegister(accelerator)) {
        const keys = acceleratorLabel(accelerator, isMac);
        return {
          status: 'refused',
          message: `Your system didn’t accept ${keys}: another app may already be using it. Choose a different shortcut.`,
        };
      }
      const previous = inForce;
      inForce = accelerator;
      if (previous !== null) {
        try {
          globalShortcut.unregister(previous);
        } catch (error) {
          log('Could not release the previous quick-log shortcut', error);
        }
      }
      return registered(accelerator);
    },
    current: () => inForce,
    dispose: release,
  };
}

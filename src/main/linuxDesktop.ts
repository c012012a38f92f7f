/** What the app needs to know about the Linux desktop it runs on, from the session's environment. */

/**
 * The session's environment (process.env in production). Read here: XDG_CURRENT_DESKTOP,
 * XDG_SESSION_DESKTOP, DESKTOP_SESSION, XDG_SESSION_TYPE and WAYLAND_DISPLAY.
 */
export type DesktopSessionEnv = Readonly<Record<string, string | undefined>>;

export interface ChromiumSwitch {
  name: string;
  value: string;
}

/**
 * Chromium features the app turns on, by platform. On Linux under Wayland, a global shortcut can only be
 * had through the desktop's GlobalShortcuts portal, which Chromium uses only with GlobalShortcutsPortal on;
 * GNOME also needs GlobalShortcutsPortalPreferredTrigger, which only newer Electron versions turn on by
 * themselves (electron/electron#52221). Neither changes anything under X11.
 */
const FEATURES_BY_PLATFORM: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['GlobalShortcutsPortal', 'GlobalShortcutsPortalPreferredTrigger'],
};

/**
 * The switches to append before 'ready'. Chromium reads only the last --enable-features, so ours are merged
 * with any the person started the app with (`existingFeatures`, app.commandLine.getSwitchValue) into one.
 */
export function chromiumSwitches(platform: NodeJS.Platform, existingFeatures = ''): ChromiumSwitch[] {
  const features = FEATURES_BY_PLATFORM[platform] ?? [];
  if (features.length === 0) return [];
  const existing = existingFeatures
    .split(',')
    .map((feature) => feature.trim())
    .filter((feature) => feature !== '');
  const merged = [...new Set([...existing, ...features])];
  return [{ name: 'enable-features', value: merged.join(',') }];
}

/**
 * True in a Linux Wayland session, where global shortcuts go through the desktop's portal: registering one
 * only sends a request, the desktop may show the person a dialog to allow it, and Electron cannot tell the
 * app whether they did (electron/electron#52218).
 */
export function isShortcutPortalSession(platform: NodeJS.Platform, env: DesktopSessionEnv): boolean {
  if (platform !== 'linux') return false;
  return env.XDG_SESSION_TYPE?.toLowerCase() === 'wayland' || (env.WAYLAND_DISPLAY ?? '') !== '';
}

/** The desktop's names for itself, lower case: XDG_CURRENT_DESKTOP ('ubuntu:GNOME'), else the session's name. */
function desktopNames(env: DesktopSessionEnv): string[] {
  const raw = env.XDG_CURRENT_DESKTOP || env.XDG_SESSION_DESKTOP || env.DESKTOP_SESSION || '';
  return raw
    .split(':')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

/**
 * GNOME-based desktops that show tray icons out of the box: Ubuntu, Pop!_OS and Zorin ship the AppIndicator
 * extension switched on, and Budgie and Unity have trays of their own.
 */
const GNOME_DESKTOPS_WITH_A_TRAY = new Set(['ubuntu', 'pop', 'zorin', 'budgie', 'unity']);

/**
 * True where a tray icon is probably not shown: plain GNOME (Fedora, Debian, Arch…) has no tray unless the
 * person installed an AppIndicator extension, which the app cannot see from here. Everywhere else (KDE,
 * Xfce, Cinnamon, MATE, Windows, macOS, an unknown desktop) the tray is assumed to be there.
 */
export function isTrayLikelyHidden(platform: NodeJS.Platform, env: DesktopSessionEnv): boolean {
  if (platform !== 'linux') return false;
  const names = desktopNames(env);
  return names.includes('gnome') && !names.some((name) => GNOME_DESKTOPS_WITH_A_TRAY.has(name));
}

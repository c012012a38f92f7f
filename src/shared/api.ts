/**
 * The one contract between the renderer and the desktop. The preload exposes exactly this object as
 * `window.desktop`; in a plain browser a browser implementation of the same interface takes over.
 * Functions are narrow and named: there is never a generic "send any channel".
 */

export interface AppInfo {
  /** The app's version, from package.json. */
  version: string;
  /** Where the journal lives, in words a person can follow (a folder path on the desktop). */
  dataLocation: string;
  /** 'desktop' inside Electron, 'browser' when the renderer runs in a plain browser. */
  platform: 'desktop' | 'browser';
}

export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an allow-listed https link in the system browser. Resolves false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
}

/** IPC channel names, in one place so main and preload cannot drift apart. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  openExternal: 'app:open-external',
} as const satisfies Record<keyof DesktopApi, string>;

/** The name under which the preload exposes the API on `window`. */
export const DESKTOP_API_KEY = 'desktop';

import { APP_HOST, APP_SCHEME } from '@shared/appOrigin';
import { isAllowedExternalUrl } from '@shared/externalLinks';

function parseUrl(candidate: string): URL | undefined {
  try {
    return new URL(candidate);
  } catch {
    return undefined;
  }
}

/** Node gives non-special schemes like app: the opaque origin 'null', so the app origin is compared by parts. */
function isAppOrigin(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

/** Only an http(s) dev server counts: any other scheme has the opaque origin 'null', which would match anything. */
function isDevServerOrigin(url: URL, devServerUrl: string): boolean {
  const devServer = parseUrl(devServerUrl);
  if (devServer === undefined || (devServer.protocol !== 'http:' && devServer.protocol !== 'https:'))
    return false;
  return url.origin === devServer.origin && url.username === '' && url.password === '';
}

/** True for the app's own pages: the app:// origin, or the electron-vite dev server's origin when one is given. */
export function isAppUrl(candidate: string, devServerUrl?: string): boolean {
  const url = parseUrl(candidate);
  if (url === undefined) return false;
  if (isAppOrigin(url)) return true;
  return devServerUrl !== undefined && devServerUrl !== '' && isDevServerOrigin(url, devServerUrl);
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The parts of a WebContents that the guards attach to, so tests can pass a small fake. */
export interface HardenableWebContents {
  // One overload per event, so tsc checks each against Electron's own typing for that event.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardeningOptions {
  devServerUrl?: string;
  /** Opens a link in the system browser; only ever called with allow-listed https URLs. */
  openExternal: (url: string) => Promise<unknown>;
  onError?: (error: unknown) => void;
}

/**
 * Keeps a WebContents on the app's own pages: no navigation or redirect elsewhere, no new windows, no
 * <webview>. A link to an allow-listed site goes to the system browser instead of replacing the app.
 */
export function hardenWebContents(contents: HardenableWebContents, options: HardeningOptions): void {
  const openOutside = (url: string): void => {
    if (isAllowedExternalUrl(url))
      options.openExternal(url).catch((error: unknown) => options.onError?.(error)); // eng-disable OPEN_EXTERNAL_JS_CHECK url passed isAllowedExternalUrl just above
  };

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, options.devServerUrl)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, options.devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app's 'web-contents-created' event, which fires for every WebContents, including any made later. */
export interface WebContentsSource<C> {
  on(event: 'web-contents-created', listener: (event: unknown, contents: C) => void): unknown;
}

export function hardenAllWebContents<C extends HardenableWebContents>(
  app: WebContentsSource<C>,
  options: HardeningOptions,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}

/** The parts of a Session that decide web permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (isGranted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
}

/**
 * The one permission the journal asks for: keeping its storage from being cleared under disk pressure
 * (navigator.storage.persist()). Only the app's own page gets it.
 */
const GRANTED_TO_APP_PAGE = new Set(['persistent-storage']);

/**
 * The journal needs no camera, microphone, location, notifications or devices: every request is refused,
 * except persistent storage for the app's own page.
 */
export function restrictPermissions(session: PermissionSession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(GRANTED_TO_APP_PAGE.has(permission) && isAppUrl(details.requestingUrl ?? '', devServerUrl));
  });
  session.setPermissionCheckHandler(
    (_webContents, permission, requestingOrigin) =>
      GRANTED_TO_APP_PAGE.has(permission) && isAppUrl(requestingOrigin, devServerUrl),
  );
}

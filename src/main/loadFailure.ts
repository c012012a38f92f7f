import type { NavigationEvent } from './security';
import { APP_TITLE } from './windows';

/** Chromium's ERR_ABORTED: a load replaced by another (a reload, a new URL), not a failure. */
export const ERR_ABORTED = -3;

/**
 * The failure page's own policy: no script, no network, nothing but its inline styles. It has no origin of
 * its own (data: is opaque), so the app's policy and IPC checks never treat it as the app.
 */
export const LOAD_FAILURE_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A plain page saying the journal could not open, with a Reload link back to the app's page. */
export function loadFailurePageUrl(retryUrl: string): string {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${LOAD_FAILURE_PAGE_POLICY}">
<title>${APP_TITLE}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 32rem; padding: 0 1.5rem; color: #1f2933; }
a { display: inline-block; margin-top: 1rem; padding: 0.5rem 1.25rem; border-radius: 6px; background: #1d4ed8; color: #fff; text-decoration: none; }
a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
</style>
</head>
<body>
<h1>The journal didn’t open this time</h1>
<p>Your entries are safe: they are kept on this computer. Please try again.</p>
<a href="${escapeHtml(retryUrl)}">Reload</a>
</body>
</html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** Compares two URLs as Chromium reports them (a bare origin gains its '/'). */
function isSameUrl(candidate: string, expected: string): boolean {
  try {
    return new URL(candidate).href === new URL(expected).href;
  } catch {
    return false;
  }
}

/** The parts of a WebContents used here, so tests can pass a small fake. */
export interface LoadFailureWebContents {
  on(
    event: 'did-fail-load',
    listener: (
      event: unknown,
      errorCode: number,
      errorDescription: string,
      validatedURL: string,
      isMainFrame: boolean,
    ) => void,
  ): unknown;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  loadURL(url: string): Promise<void>;
}

export interface LoadFailureDeps {
  /** The app page to go back to: the entry URL (with the quick-log hash for that window). */
  retryUrl: string;
  /** Shows the window, which is created hidden and would otherwise wait for a 'ready-to-show' that never comes. */
  show: () => void;
  log: (message: string, details?: unknown) => void;
}

/**
 * When the window's page fails to load, shows the window with the failure page instead of leaving it hidden
 * for ever. Its Reload link is loaded from here, as the app itself loads a page, so it does not depend on
 * what a data: page may navigate to.
 */
export function showPageOnLoadFailure(contents: LoadFailureWebContents, deps: LoadFailureDeps): void {
  const failurePage = loadFailurePageUrl(deps.retryUrl);
  let isShowingFailurePage = false;

  const load = (url: string): void => {
    contents.loadURL(url).catch((error: unknown) => deps.log('Could not load a page', error));
  };

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    // The failure page failing too must not start a loop.
    if (validatedURL.startsWith('data:')) return;
    deps.log('The page could not load', { errorCode, errorDescription, validatedURL });
    isShowingFailurePage = true;
    load(failurePage);
    deps.show();
  });

  contents.on('will-navigate', (event) => {
    if (!isShowingFailurePage || !isSameUrl(event.url, deps.retryUrl)) return;
    event.preventDefault();
    isShowingFailurePage = false;
    load(deps.retryUrl);
  });
}

/**
 * The desktop app serves its renderer from this origin, fixed for the life of the product: IndexedDB
 * belongs to an origin, so changing this would orphan every user's journal. Never change it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The renderer shows only the quick log (the desktop's small always-on-top window) for this URL hash. */
export const QUICK_LOG_HASH = '#quick-log';

/**
 * The app's id: electron-builder's appId (installers, the macOS bundle id) and, on Windows, the
 * AppUserModelID that desktop notifications are shown under. The two must match.
 */
export const APP_ID = 'org.upperbackjournal.journal';

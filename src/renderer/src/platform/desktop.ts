/**
 * The one place that decides where the renderer runs: inside the desktop app the preload has exposed
 * `window.desktop`; anywhere else the browser implementation takes over. Nothing else checks.
 */
import type { DesktopApi } from '@shared/api';
import { createBrowserApi } from './browserApi';

export const desktop: DesktopApi = window.desktop ?? createBrowserApi(window, __APP_VERSION__);

/** True inside the desktop app, where the tray, the global shortcut and desktop notifications exist. */
export const isDesktopApp: boolean = window.desktop !== undefined;

import type { DesktopApi } from '../shared/api';

declare global {
  interface Window {
    /** Present inside the desktop app (set by the preload); absent when the renderer runs in a browser. */
    desktop?: DesktopApi;
  }
}

export {};

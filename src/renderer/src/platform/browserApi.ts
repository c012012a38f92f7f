/**
 * The desktop API's stand-in for a plain browser (`npm run web`, the end-to-end tests): the same
 * contract, done with what a web page can do.
 */
import type { DesktopApi } from '@shared/api';
import { isAllowedExternalUrl } from '@shared/externalLinks';

export function createBrowserApi(win: Pick<Window, 'open' | 'location'>, version: string): DesktopApi {
  return {
    async getAppInfo() {
      return {
        version,
        dataLocation: `This browser's storage for ${win.location.origin} (IndexedDB)`,
        platform: 'browser',
      };
    },
    async openExternal(url: string) {
      if (!isAllowedExternalUrl(url)) return false;
      win.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
  };
}

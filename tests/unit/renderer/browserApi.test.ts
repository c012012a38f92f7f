import { describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../../src/renderer/src/platform/browserApi';
import { IPC_CHANNELS } from '../../../src/shared/api';

function fakeWindow() {
  const opened: string[] = [];
  const win = {
    location: { origin: 'http://127.0.0.1:5199' } as Location,
    open: (url?: string | URL) => {
      opened.push(String(url));
      return null;
    },
  };
  return { win, opened };
}

describe('browser implementation of the desktop API', () => {
  it('implements exactly the functions of the contract', () => {
    const { win } = fakeWindow();
    expect(Object.keys(createBrowserApi(win, '1.2.3')).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('says where the journal lives in this browser', async () => {
    const { win } = fakeWindow();
    expect(await createBrowserApi(win, '1.2.3').getAppInfo()).toEqual({
      version: '1.2.3',
      dataLocation: "This browser's storage for http://127.0.0.1:5199 (IndexedDB)",
      platform: 'browser',
    });
  });

  it('opens allow-listed links and refuses the rest', async () => {
    const { win, opened } = fakeWindow();
    const api = createBrowserApi(win, '1.2.3');
    expect(await api.openExternal('https://www.nhs.uk/conditions/back-pain/')).toBe(true);
    expect(await api.openExternal('javascript:alert(1)')).toBe(false);
    expect(await api.openExternal('https://nhs.uk.evil.example/')).toBe(false);
    expect(opened).toEqual(['https://www.nhs.uk/conditions/back-pain/']);
  });
});

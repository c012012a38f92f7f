import type { WebContents } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { APP_ENTRY_URL } from '@shared/appOrigin';
import type { LoadFailureWebContents } from '../../../src/main/loadFailure';
import {
  ERR_ABORTED,
  LOAD_FAILURE_PAGE_POLICY,
  loadFailurePageUrl,
  showPageOnLoadFailure,
} from '../../../src/main/loadFailure';
import { QUICK_LOG_URL } from '../../../src/main/quickLogWindow';
import { hardenWebContents } from '../../../src/main/security';
import { FakeWebContents } from './fakes';

class FakeLoadingContents extends FakeWebContents {
  loaded: string[] = [];
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  failLoad(errorCode: number, url: string, isMainFrame = true): void {
    this.emit('did-fail-load', {}, errorCode, 'ERR_FILE_NOT_FOUND', url, isMainFrame);
  }
}

function setUp(retryUrl = APP_ENTRY_URL) {
  const contents = new FakeLoadingContents();
  const shown: string[] = [];
  const logs: string[] = [];
  showPageOnLoadFailure(contents, {
    retryUrl,
    show: () => shown.push('show'),
    log: (message) => logs.push(message),
  });
  return { contents, shown, logs };
}

function pageHtml(url: string): string {
  const prefix = 'data:text/html;charset=utf-8,';
  expect(url.startsWith(prefix)).toBe(true);
  return decodeURIComponent(url.slice(prefix.length));
}

describe('loadFailurePageUrl', () => {
  const html = pageHtml(loadFailurePageUrl(APP_ENTRY_URL));

  it('is a plain page with its own strict policy and no script', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${LOAD_FAILURE_PAGE_POLICY}">`,
    );
    expect(LOAD_FAILURE_PAGE_POLICY).toMatch(/^default-src 'none';/);
    expect(LOAD_FAILURE_PAGE_POLICY).not.toMatch(/script-src|connect-src/);
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('says kindly what happened and offers a Reload link back to the app', () => {
    expect(html).toContain('The journal didn’t open this time');
    expect(html).toContain('Your entries are safe');
    expect(html).toContain(`<a href="${APP_ENTRY_URL}">Reload</a>`);
  });

  it('escapes the link, so no URL can add markup', () => {
    expect(pageHtml(loadFailurePageUrl('http://localhost:5173/"><script>'))).toContain(
      'href="http://localhost:5173/&quot;&gt;&lt;script&gt;"',
    );
  });
});

describe('showPageOnLoadFailure', () => {
  it('asks only for what Electron’s WebContents has (checked by tsc)', () => {
    expectTypeOf<WebContents>().toExtend<LoadFailureWebContents>();
  });

  it('shows the hidden window with the failure page when the page fails to load', () => {
    const { contents, shown, logs } = setUp();
    contents.failLoad(-6, APP_ENTRY_URL);
    expect(contents.loaded).toEqual([loadFailurePageUrl(APP_ENTRY_URL)]);
    expect(shown).toEqual(['show']);
    expect(logs).toEqual(['The page could not load']);
  });

  it('ignores a load that was only replaced by another (ERR_ABORTED), and a subframe', () => {
    const { contents, shown } = setUp();
    contents.failLoad(ERR_ABORTED, APP_ENTRY_URL);
    contents.failLoad(-105, 'app://bundle/frame.html', false);
    expect(contents.loaded).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('does not loop when the failure page itself fails', () => {
    const { contents } = setUp();
    contents.failLoad(-6, APP_ENTRY_URL);
    contents.failLoad(-2, loadFailurePageUrl(APP_ENTRY_URL));
    expect(contents.loaded).toHaveLength(1);
  });

  it('loads the app again when Reload is chosen, past the navigation guard', () => {
    const { contents } = setUp();
    const opened: string[] = [];
    hardenWebContents(contents, {
      openExternal: async (url) => {
        opened.push(url);
      },
    });
    contents.failLoad(-6, APP_ENTRY_URL);
    // The guard lets the app's own page through; the failure page's link is then loaded from main.
    expect(contents.emitPreventable('will-navigate', APP_ENTRY_URL)).toBe(true);
    expect(contents.loaded).toEqual([loadFailurePageUrl(APP_ENTRY_URL), APP_ENTRY_URL]);
    expect(opened).toEqual([]);
  });

  it('reloads the quick-log page for the quick-log window', () => {
    const { contents, shown } = setUp(QUICK_LOG_URL);
    contents.failLoad(-6, QUICK_LOG_URL);
    expect(pageHtml(contents.loaded[0] ?? '')).toContain(`<a href="${QUICK_LOG_URL}">Reload</a>`);
    contents.emitPreventable('will-navigate', QUICK_LOG_URL);
    expect(contents.loaded[1]).toBe(QUICK_LOG_URL);
    expect(shown).toEqual(['show']);
  });

  it('leaves every other navigation to the guard', () => {
    const { contents } = setUp();
    contents.failLoad(-6, APP_ENTRY_URL);
    expect(contents.emitPreventable('will-navigate', 'https://example.com/')).toBe(false);
    // Before any failure, the app's own navigations are not touched either.
    const fresh = setUp();
    expect(fresh.contents.emitPreventable('will-navigate', APP_ENTRY_URL)).toBe(false);
    expect(fresh.contents.loaded).toEqual([]);
  });
});

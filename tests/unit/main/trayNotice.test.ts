import { describe, expect, it } from 'vitest';
import type { WindowStateFs } from '../../../src/main/windowState';
import {
  createKeptInTrayNotice,
  createTrayNoticeStore,
  keptInTrayMessage,
  trayNoticePath,
} from '../../../src/main/trayNotice';

/** An in-memory file system that can be told to fail writes. */
function memoryFs(files = new Map<string, string>(), options: { failWrites?: boolean } = {}): WindowStateFs {
  return {
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
    writeFile: (path, data) => {
      if (options.failWrites === true) throw new Error('EACCES');
      files.set(path, data);
    },
    rename: (from, to) => {
      const text = files.get(from);
      if (text === undefined) throw new Error('ENOENT');
      files.set(to, text);
      files.delete(from);
    },
  };
}

const PATH = trayNoticePath('/home/ana/.config/Upper Back Journal');
const NOW = () => new Date('2026-11-21T09:30:00.000Z');

function setUp(files = new Map<string, string>(), options: { failWrites?: boolean } = {}) {
  const errors: unknown[] = [];
  const store = createTrayNoticeStore({
    fs: memoryFs(files, options),
    filePath: PATH,
    now: NOW,
    onError: (error) => errors.push(error),
  });
  const shown: { title: string; body: string }[] = [];
  const toldPage: string[] = [];
  const onHiddenToTray = createKeptInTrayNotice({
    store,
    platform: 'linux',
    showNotification: (message) => shown.push(message),
    tellJournalPage: () => toldPage.push('kept-in-tray'),
    log: () => undefined,
  });
  return { store, onHiddenToTray, shown, toldPage, errors, files };
}

describe('the kept-in-tray notice', () => {
  it('is shown the first time the window is hidden into the tray, as a notification and in the page', () => {
    const { onHiddenToTray, shown, toldPage } = setUp();
    onHiddenToTray();
    expect(shown).toEqual([keptInTrayMessage('linux')]);
    expect(toldPage).toEqual(['kept-in-tray']);
  });

  it('is shown once ever: remembered in a small file in the user data folder', () => {
    const files = new Map<string, string>();
    const first = setUp(files);
    first.onHiddenToTray();
    first.onHiddenToTray();
    expect(first.shown).toHaveLength(1);
    expect(files.get('/home/ana/.config/Upper Back Journal/tray-notice.json')).toBe(
      '{"shownAt":"2026-11-21T09:30:00.000Z"}\n',
    );
    // The next start of the app reads it back.
    const later = setUp(files);
    later.onHiddenToTray();
    expect(later.shown).toEqual([]);
    expect(later.toldPage).toEqual([]);
  });

  it('is still shown when it cannot be remembered, and the failure is reported, not thrown', () => {
    const { onHiddenToTray, shown, errors, store } = setUp(new Map(), { failWrites: true });
    expect(() => onHiddenToTray()).not.toThrow();
    expect(shown).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(store.hasBeenShown()).toBe(false);
  });

  it('says where the journal went and both ways back, in the platform’s words', () => {
    expect(keptInTrayMessage('linux')).toEqual({
      title: 'Upper Back Journal is still running',
      body:
        'It stays in the tray, so reminders and the quick-log shortcut keep working. To bring the window ' +
        'back, click its icon in the tray, or start Upper Back Journal again.',
    });
    expect(keptInTrayMessage('darwin').body).toContain('click its icon in the menu bar');
  });
});

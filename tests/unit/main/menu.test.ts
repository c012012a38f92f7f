import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '@shared/api';
import type { ApplicationMenuOptions, MenuLike } from '../../../src/main/menu';
import { applicationMenuTemplate, buildApplicationMenu } from '../../../src/main/menu';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const WINDOWS_AND_LINUX = ['win32', 'linux'] as const;

function template(
  platform: NodeJS.Platform,
  overrides: Partial<ApplicationMenuOptions> = {},
): { menu: MenuItemConstructorOptions[]; actions: string[] } {
  const actions: string[] = [];
  const menu = applicationMenuTemplate({
    platform,
    appName: 'Upper Back Journal',
    isPackaged: true,
    run: (command) => actions.push(`run ${command}`),
    openQuickLog: () => actions.push('openQuickLog'),
    ...overrides,
  });
  return { menu, actions };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

/** The top-level menu whose label (without its mnemonic mark) is `name`. */
function menuNamed(menu: MenuItemConstructorOptions[], name: string): MenuItemConstructorOptions[] {
  const found = menu.find((item) => item.label?.replaceAll('&', '') === name);
  if (found === undefined) throw new Error(`no ${name} menu`);
  return submenuOf(found);
}

function allItems(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...allItems(submenuOf(item))]);
}

/** Shows each item as its role or its label (mnemonic marks dropped), separators as '---'. */
function outline(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) =>
    item.type === 'separator' ? '---' : (item.role ?? item.label?.replaceAll('&', '') ?? '?'),
  );
}

function itemLabelled(menu: MenuItemConstructorOptions[], text: string): MenuItemConstructorOptions {
  const found = allItems(menu).find((item) => item.label?.replaceAll('&', '') === text);
  if (found === undefined) throw new Error(`no item ${text}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  if (item.click === undefined) throw new Error(`${item.label ?? '?'} does nothing when clicked`);
  Reflect.apply(item.click, undefined, []);
}

/** The letter after a single '&' (a '&&' is a literal ampersand), lower-cased, or undefined. */
function mnemonicOf(label: string): string | undefined {
  return /(?:^|[^&])&([^&])/.exec(label)?.[1]?.toLowerCase();
}

function normalized(accelerator: string): string {
  return accelerator.toLowerCase().replace('commandorcontrol', 'cmdorctrl');
}

describe('applicationMenuTemplate', () => {
  it('on macOS, starts with the app menu: About, Settings…, Services, Hide, Hide Others, Show All, Quit', () => {
    const { menu } = template('darwin');
    expect(menu[0]?.label).toBe('Upper Back Journal');
    expect(outline(submenuOf(menu[0]))).toEqual([
      'about',
      '---',
      'Settings…',
      '---',
      'services',
      '---',
      'hide',
      'hideOthers',
      'unhide',
      '---',
      'quit',
    ]);
    expect(itemLabelled(menu, 'Settings…').accelerator).toBe('CmdOrCtrl+,');
  });

  it('on macOS, has File, Edit, View, Window and Help after the app menu, without mnemonic marks', () => {
    const { menu } = template('darwin');
    expect(menu.slice(1).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    for (const item of allItems(menu)) expect(item.label ?? '').not.toContain('&');
  });

  it.each(WINDOWS_AND_LINUX)('on %s, has no app menu and marks a mnemonic on every menu', (platform) => {
    const { menu } = template(platform);
    expect(menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('on macOS, File holds the journal actions and Close', () => {
    const { menu } = template('darwin');
    expect(outline(menuNamed(menu, 'File'))).toEqual([
      'New episode',
      'Log pain quickly…',
      'Daily check-in',
      'Weekly measures',
      '---',
      'Export report…',
      'Save backup…',
      'Restore backup…',
      '---',
      'close',
    ]);
  });

  it.each(WINDOWS_AND_LINUX)('on %s, File also holds Settings, Close and Quit', (platform) => {
    const { menu } = template(platform);
    expect(outline(menuNamed(menu, 'File'))).toEqual([
      'New episode',
      'Log pain quickly…',
      'Daily check-in',
      'Weekly measures',
      '---',
      'Export report…',
      'Save backup…',
      'Restore backup…',
      '---',
      'Settings…',
      '---',
      'close',
      'quit',
    ]);
  });

  it.each(PLATFORMS)('on %s, Edit and Window are the standard role menus', (platform) => {
    const { menu } = template(platform);
    const roles = menu.map((item) => item.role);
    expect(roles).toContain('editMenu');
    expect(roles).toContain('windowMenu');
  });

  it.each(PLATFORMS)(
    'on %s, a packaged app has zoom and full screen, but no reload or devtools',
    (platform) => {
      const { menu } = template(platform, { isPackaged: true });
      expect(outline(menuNamed(menu, 'View'))).toEqual([
        'resetZoom',
        'zoomIn',
        'zoomOut',
        '---',
        'togglefullscreen',
      ]);
      const roles = allItems(menu).map((item) => item.role);
      for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles).not.toContain(role);
    },
  );

  it.each(PLATFORMS)('on %s, development builds also have reload and devtools', (platform) => {
    const { menu } = template(platform, { isPackaged: false });
    expect(outline(menuNamed(menu, 'View'))).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      '---',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      '---',
      'togglefullscreen',
    ]);
  });

  it('on macOS, Help holds the journal help (About is in the app menu)', () => {
    const { menu } = template('darwin');
    const help = menu.at(-1);
    expect(help?.role).toBe('help');
    expect(outline(submenuOf(help))).toEqual(['Upper Back Journal help']);
  });

  it.each(WINDOWS_AND_LINUX)('on %s, Help holds the journal help and About', (platform) => {
    const { menu } = template(platform);
    const help = submenuOf(menu.at(-1));
    expect(outline(help)).toEqual(['Upper Back Journal help', '---', 'about']);
    expect(help[2]?.label).toBe('&About Upper Back Journal');
  });

  it.each(PLATFORMS)('on %s, each journal item sends its command with the right key', (platform) => {
    const expected: [string, AppCommand, string | undefined][] = [
      ['New episode', 'new-episode', 'CmdOrCtrl+N'],
      ['Daily check-in', 'check-in', 'CmdOrCtrl+D'],
      ['Weekly measures', 'measures', undefined],
      ['Export report…', 'export-report', 'CmdOrCtrl+P'],
      ['Save backup…', 'save-backup', 'CmdOrCtrl+S'],
      ['Restore backup…', 'restore-backup', undefined],
      ['Settings…', 'settings', 'CmdOrCtrl+,'],
      ['Upper Back Journal help', 'help', 'F1'],
    ];
    for (const [label, command, accelerator] of expected) {
      const { menu, actions } = template(platform);
      const item = itemLabelled(menu, label);
      expect(item.accelerator).toBe(accelerator);
      click(item);
      expect(actions).toEqual([`run ${command}`]);
    }
  });

  it.each(PLATFORMS)('on %s, Log pain quickly… opens the quick-log window', (platform) => {
    const { menu, actions } = template(platform);
    click(itemLabelled(menu, 'Log pain quickly…'));
    expect(actions).toEqual(['openQuickLog']);
  });

  it.each(WINDOWS_AND_LINUX)(
    'on %s, shows the global quick-log shortcut beside Log pain quickly…, without claiming it',
    (platform) => {
      const { menu } = template(platform, { shortcutHints: { quickLog: 'CommandOrControl+Alt+P' } });
      expect(itemLabelled(menu, 'Log pain quickly…')).toMatchObject({
        accelerator: 'CommandOrControl+Alt+P',
        registerAccelerator: false,
      });
    },
  );

  it('writes the quick-log hint in the one spelling the shortcut settings use', () => {
    const { menu } = template('linux', { shortcutHints: { quickLog: ' ctrl+option+q ' } });
    expect(itemLabelled(menu, 'Log pain quickly…')).toMatchObject({
      accelerator: 'Control+Alt+Q',
      registerAccelerator: false,
    });
  });

  it.each([
    ['no shortcut', ''],
    ['not a shortcut the app accepts', 'P'],
    ['not a shortcut at all', 'Ctrl+Banana'],
    ['the keys of New episode', 'CommandOrControl+N'],
    ['the keys of Export report, written differently', 'control+p'],
    ['the keys of Settings', 'Ctrl+,'],
  ])('leaves the quick-log hint out when it is %s', (_label, quickLog) => {
    const { menu } = template('win32', { shortcutHints: { quickLog } });
    const item = itemLabelled(menu, 'Log pain quickly…');
    expect(item.accelerator).toBeUndefined();
    expect(item.registerAccelerator).toBeUndefined();
  });

  it('leaves the quick-log hint out on macOS, where a shown key is also a claimed key', () => {
    const { menu } = template('darwin', { shortcutHints: { quickLog: 'CommandOrControl+Alt+P' } });
    expect(itemLabelled(menu, 'Log pain quickly…').accelerator).toBeUndefined();
  });

  it.each(PLATFORMS)('on %s, no two items share an accelerator', (platform) => {
    const { menu } = template(platform, {
      isPackaged: false,
      shortcutHints: { quickLog: 'CommandOrControl+Alt+P' },
    });
    const accelerators = allItems(menu).flatMap((item) =>
      item.accelerator === undefined ? [] : [normalized(item.accelerator)],
    );
    expect(accelerators.length).toBeGreaterThanOrEqual(6);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it.each(PLATFORMS)("on %s, the journal's keys do not take the standard roles' keys", (platform) => {
    // The accelerators Electron gives the roles used here (close, quit, undo, cut, copy, paste, select all,
    // reload, zoom, minimize, hide).
    const roleKeys = ['W', 'Q', 'Z', 'X', 'C', 'V', 'A', 'R', '0', 'Plus', '=', '-', 'M', 'H', 'Y'].map(
      (key) => normalized(`CmdOrCtrl+${key}`),
    );
    const { menu } = template(platform);
    for (const item of allItems(menu)) {
      if (item.accelerator !== undefined) expect(roleKeys).not.toContain(normalized(item.accelerator));
    }
  });

  it.each(WINDOWS_AND_LINUX)(
    'on %s, every item is reachable by keyboard: a mnemonic menu, and a key or a mnemonic of its own',
    (platform) => {
      const { menu } = template(platform, { appName: 'Upper Back & Neck Journal' });
      for (const top of menu) {
        expect(mnemonicOf(top.label ?? '')).toBeDefined();
        const labelled = submenuOf(top).filter((item) => item.label !== undefined);
        for (const item of labelled) {
          expect(
            item.accelerator !== undefined || mnemonicOf(item.label ?? '') !== undefined,
            item.label,
          ).toBe(true);
        }
        const mnemonics = labelled.flatMap((item) => mnemonicOf(item.label ?? '') ?? []);
        expect(new Set(mnemonics).size, `mnemonics in ${top.label ?? '?'}`).toBe(mnemonics.length);
      }
      const topMnemonics = menu.map((item) => mnemonicOf(item.label ?? ''));
      expect(new Set(topMnemonics).size).toBe(topMnemonics.length);
    },
  );

  it('keeps an ampersand in the app name as written', () => {
    const { menu } = template('linux', { appName: 'Back & Neck' });
    expect(submenuOf(menu.at(-1)).map((item) => item.label)).toEqual([
      'Back && Neck &help',
      undefined,
      '&About Back && Neck',
    ]);
    expect(mnemonicOf('Back && Neck &help')).toBe('h');
    const { menu: macMenu } = template('darwin', { appName: 'Back & Neck' });
    expect(macMenu[0]?.label).toBe('Back & Neck');
    expect(submenuOf(macMenu.at(-1))[0]?.label).toBe('Back & Neck help');
  });
});

describe('buildApplicationMenu', () => {
  it('builds the menu from the template and makes it the application menu', () => {
    const built: MenuItemConstructorOptions[][] = [];
    const set: string[] = [];
    const fakeMenu: MenuLike<string> = {
      buildFromTemplate: (items) => {
        built.push(items);
        return 'the menu';
      },
      setApplicationMenu: (menu) => set.push(menu),
    };
    const options: ApplicationMenuOptions = {
      platform: 'linux',
      appName: 'Upper Back Journal',
      isPackaged: true,
      run: () => undefined,
      openQuickLog: () => undefined,
    };
    expect(buildApplicationMenu(fakeMenu, options)).toBe('the menu');
    expect(built).toHaveLength(1);
    expect(outline(built[0] ?? [])).toEqual(outline(applicationMenuTemplate(options)));
    expect(set).toEqual(['the menu']);
  });

  it("takes Electron's own Menu", () => {
    // Compiles only while Electron's Menu fits MenuLike.
    const fits = (electronMenu: typeof Menu): MenuLike<Menu> => electronMenu;
    expect(typeof fits).toBe('function');
  });
});

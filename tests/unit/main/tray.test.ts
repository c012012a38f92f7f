import { EventEmitter } from 'node:events';
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MenuBuilder, TrayActions, TrayLike } from '../../../src/main/tray';
import { createAppTray, trayMenuTemplate } from '../../../src/main/tray';

function recordingActions() {
  const done: string[] = [];
  const actions: TrayActions = {
    logPain: () => done.push('logPain'),
    checkIn: () => done.push('checkIn'),
    openJournal: () => done.push('openJournal'),
    quit: () => done.push('quit'),
  };
  return { actions, done };
}

/** Clicks a menu item the way Electron would, without the arguments the handlers ignore. */
function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as (() => void) | undefined;
  if (handler === undefined) throw new Error(`${item?.label ?? 'item'} has no click handler`);
  handler();
}

describe('trayMenuTemplate', () => {
  it('offers Log pain, Daily check-in, Open journal, then Quit after a separator', () => {
    const { actions } = recordingActions();
    const template = trayMenuTemplate(actions, null);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Log pain',
      'Daily check-in',
      'Open journal',
      'separator',
      'Quit Upper Back Journal',
    ]);
  });

  it.each([
    [0, 'logPain'],
    [1, 'checkIn'],
    [2, 'openJournal'],
    [4, 'quit'],
  ])('item %i calls %s, and nothing else', (index, action) => {
    const { actions, done } = recordingActions();
    click(trayMenuTemplate(actions, null)[index]);
    expect(done).toEqual([action]);
  });

  it('shows the quick-log shortcut beside Log pain as a hint, without registering it a second time', () => {
    const { actions } = recordingActions();
    const [logPain, ...others] = trayMenuTemplate(actions, 'CommandOrControl+Alt+P');
    expect(logPain).toMatchObject({
      label: 'Log pain',
      accelerator: 'CommandOrControl+Alt+P',
      registerAccelerator: false,
    });
    expect(others.every((item) => item.accelerator === undefined)).toBe(true);
  });

  it('shows no hint when the shortcut is off', () => {
    const { actions } = recordingActions();
    const [logPain] = trayMenuTemplate(actions, null);
    expect(logPain?.accelerator).toBeUndefined();
    expect(logPain?.registerAccelerator).toBeUndefined();
  });
});

interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

class FakeTray extends EventEmitter implements TrayLike<FakeMenu> {
  static created: FakeTray[] = [];
  toolTip = '';
  menu: FakeMenu | null = null;
  destroyCount = 0;
  constructor(readonly icon: string) {
    super();
    FakeTray.created.push(this);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyCount++;
  }
}

const FakeMenuBuilder: MenuBuilder<FakeMenu> = { buildFromTemplate: (template) => ({ template }) };

function setUp(platform: NodeJS.Platform, quickLogShortcut?: string | null) {
  const { actions, done } = recordingActions();
  const appTray = createAppTray({
    Tray: FakeTray,
    Menu: FakeMenuBuilder,
    icon: '/resources/tray.png',
    platform,
    actions,
    quickLogShortcut,
  });
  return { appTray, done };
}

describe('createAppTray', () => {
  it('asks only for what Electron’s Tray and Menu have (checked by tsc)', () => {
    expectTypeOf<Tray>().toExtend<TrayLike<Menu>>();
    expectTypeOf<typeof Tray>().toExtend<new (icon: string) => Tray>();
    expectTypeOf<typeof Menu>().toExtend<MenuBuilder<Menu>>();
  });

  it('puts the icon in the tray with the app’s name as its tooltip and the menu attached', () => {
    const { appTray } = setUp('win32');
    expect(appTray.tray.icon).toBe('/resources/tray.png');
    expect(appTray.tray.toolTip).toBe('Upper Back Journal');
    expect(appTray.tray.menu?.template.map((item) => item.label ?? item.type)).toEqual([
      'Log pain',
      'Daily check-in',
      'Open journal',
      'separator',
      'Quit Upper Back Journal',
    ]);
  });

  it.each(['win32', 'linux'] as const)('opens the journal on a click on the icon on %s', (platform) => {
    const { appTray, done } = setUp(platform);
    appTray.tray.emit('click');
    expect(done).toEqual(['openJournal']);
  });

  it('leaves a click to open the menu on macOS', () => {
    const { appTray, done } = setUp('darwin');
    expect(appTray.tray.listenerCount('click')).toBe(0);
    appTray.tray.emit('click');
    expect(done).toEqual([]);
  });

  it('shows the shortcut in force from the start', () => {
    const { appTray } = setUp('win32', 'CommandOrControl+Alt+P');
    expect(appTray.tray.menu?.template[0]?.accelerator).toBe('CommandOrControl+Alt+P');
  });

  it('rebuilds the menu with the new shortcut on refresh', () => {
    const { appTray, done } = setUp('linux');
    const first = appTray.tray.menu;
    appTray.refresh('Control+Shift+L');
    expect(appTray.tray.menu).not.toBe(first);
    expect(appTray.tray.menu?.template[0]?.accelerator).toBe('Control+Shift+L');
    appTray.refresh(null);
    expect(appTray.tray.menu?.template[0]?.accelerator).toBeUndefined();
    click(appTray.tray.menu?.template[1]);
    expect(done).toEqual(['checkIn']);
  });

  it('removes the icon once, however often it is destroyed', () => {
    const { appTray } = setUp('win32');
    appTray.destroy();
    appTray.destroy();
    expect(appTray.tray.destroyCount).toBe(1);
  });
});

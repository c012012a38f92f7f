import { describe, expect, it } from 'vitest';
import {
  chromiumSwitches,
  isShortcutPortalSession,
  isTrayLikelyHidden,
} from '../../../src/main/linuxDesktop';

describe('chromiumSwitches', () => {
  it('turns on the GlobalShortcuts portal on Linux, so the quick-log shortcut works under Wayland', () => {
    expect(chromiumSwitches('linux')).toEqual([
      { name: 'enable-features', value: 'GlobalShortcutsPortal,GlobalShortcutsPortalPreferredTrigger' },
    ]);
  });

  it('changes nothing on Windows and macOS', () => {
    expect(chromiumSwitches('win32')).toEqual([]);
    expect(chromiumSwitches('darwin', 'Foo')).toEqual([]);
  });

  it('keeps the features the app was started with, in one switch (Chromium reads only the last one)', () => {
    expect(chromiumSwitches('linux', 'WaylandWindowDecorations, GlobalShortcutsPortal')).toEqual([
      {
        name: 'enable-features',
        value: 'WaylandWindowDecorations,GlobalShortcutsPortal,GlobalShortcutsPortalPreferredTrigger',
      },
    ]);
  });
});

describe('isShortcutPortalSession', () => {
  it.each([
    ['linux', { XDG_SESSION_TYPE: 'wayland' }, true],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, true],
    ['linux', { XDG_SESSION_TYPE: 'x11' }, false],
    ['linux', {}, false],
    ['darwin', { XDG_SESSION_TYPE: 'wayland' }, false],
  ] as const)('%s with %j → %s', (platform, env, expected) => {
    expect(isShortcutPortalSession(platform, env)).toBe(expected);
  });
});

describe('isTrayLikelyHidden', () => {
  it.each([
    ['Fedora or Debian GNOME', { XDG_CURRENT_DESKTOP: 'GNOME' }, true],
    ['GNOME Classic', { XDG_CURRENT_DESKTOP: 'GNOME-Classic:GNOME' }, true],
    ['GNOME from the session name only', { DESKTOP_SESSION: 'gnome' }, true],
    ['Ubuntu (AppIndicator shipped)', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, false],
    ['Pop!_OS', { XDG_CURRENT_DESKTOP: 'pop:GNOME' }, false],
    ['Budgie', { XDG_CURRENT_DESKTOP: 'Budgie:GNOME' }, false],
    ['KDE Plasma', { XDG_CURRENT_DESKTOP: 'KDE' }, false],
    ['Xfce', { XDG_CURRENT_DESKTOP: 'XFCE' }, false],
    ['Cinnamon', { XDG_CURRENT_DESKTOP: 'X-Cinnamon' }, false],
    ['an unknown desktop', {}, false],
  ])('%s → %s', (_label, env, expected) => {
    expect(isTrayLikelyHidden('linux', env)).toBe(expected);
  });

  it('is never the case on Windows or macOS', () => {
    expect(isTrayLikelyHidden('win32', { XDG_CURRENT_DESKTOP: 'GNOME' })).toBe(false);
    expect(isTrayLikelyHidden('darwin', { XDG_CURRENT_DESKTOP: 'GNOME' })).toBe(false);
  });
});

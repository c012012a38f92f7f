import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { APP_ID } from '../../../src/shared/appOrigin';

const root = resolve(__dirname, '../../..');
const require = createRequire(resolve(root, 'package.json'));
const config = require('./electron-builder.config.cjs') as Configuration;
const pkg = require('./package.json') as { productName: string; main: string; desktopName?: string };

/** The width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(path: string): { width: number; height: number; bitDepth: number; colourType: number } {
  const bytes = readFileSync(resolve(root, path));
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24] ?? -1,
    colourType: bytes[25] ?? -1,
  };
}

describe('electron-builder.config.cjs', () => {
  it('passes electron-builder’s own schema validation', async () => {
    // The validator `electron-builder` runs before every build (ajv over app-builder-lib's scheme.json).
    const fromBuilder = createRequire(require.resolve('electron-builder'));
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, log: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    const debug = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(structuredClone(config), debug)).resolves.toBeUndefined();
    // …and it does reject a misspelt key or fuse name, so the check above means something.
    await expect(validateConfiguration({ ...structuredClone(config), appID: 'x' }, debug)).rejects.toThrow(
      /unknown property 'appID'/,
    );
    const misspeltFuse = { ...structuredClone(config), electronFuses: { runAsNod: false } };
    await expect(validateConfiguration(misspeltFuse, debug)).rejects.toThrow(/electronFuses/);
  });

  it('flips exactly the fuses the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      // Not a security fuse: it re-signs the binary ad hoc after the flip, so an unsigned Mac build still opens.
      resetAdHocDarwinSignature: true,
    });
  });

  it('names the app as package.json does, so the journal folder stays the same', () => {
    expect(config.appId).toBe('org.upperbackjournal.journal');
    // Windows shows notifications under the AppUserModelID the main process sets: the same id.
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Upper Back Journal');
    expect(config.productName).toBe(pkg.productName);
  });

  it('gives Linux one desktop identity, the app id, for the .desktop file, Wayland and the shortcut portal', () => {
    // Electron reads desktopName from package.json as the app's Wayland app_id and portal identity; it should
    // be a reverse-DNS id matching an installed .desktop file, or GNOME's portal refuses global shortcuts.
    expect(pkg.desktopName).toBe(`${APP_ID}.desktop`);
    // …and syncDesktopName makes electron-builder install the .desktop file under that very name.
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it('packs only the built app and its run-time icons, in an asar, and never publishes or updates', () => {
    expect(config.files).toEqual(['out/**/*', 'resources/**/*', '!resources/*.svg', 'package.json']);
    expect(pkg.main.startsWith('./out/')).toBe(true);
    for (const pattern of config.files as string[]) {
      expect(pattern).not.toMatch(/^(!)?(src|tests|docs|scripts|bench)\b/);
    }
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['resources/**']);
    expect(config.publish).toBeNull();
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('ships every file the main process loads with ?asset (electron-vite points at ../../resources)', () => {
    const mainSource = readFileSync(resolve(root, 'src/main/index.ts'), 'utf8');
    const assets = [...mainSource.matchAll(/from '\.\.\/\.\.\/(resources\/[^?']+)\?asset&asarUnpack'/g)].map(
      (m) => m[1],
    );
    expect(assets.sort()).toEqual([
      'resources/icon.png',
      'resources/tray.png',
      'resources/trayTemplate.png',
      'resources/trayTemplate@2x.png',
    ]);
    for (const asset of assets) expect(pngHeader(asset ?? '').width).toBeGreaterThan(0);
  });

  it('puts only the run-time libraries of the main process in dependencies (the rest is bundled)', () => {
    const { dependencies } = require('./package.json') as { dependencies: Record<string, string> };
    expect(Object.keys(dependencies).sort()).toEqual(['date-fns', 'zod']);
  });

  it('builds AppImage and deb on Linux, an assisted per-user NSIS installer on Windows, a dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Utility');
    expect(config.linux?.synopsis).toBeTruthy();
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);

    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });

    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.healthcare-fitness');
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('uses a 1024x1024 PNG icon with transparency', () => {
    expect(config.icon).toBe('resources/icon.png');
    // Colour type 6 is RGBA: the rounded corners stay transparent.
    expect(pngHeader('resources/icon.png')).toEqual({
      width: 1024,
      height: 1024,
      bitDepth: 8,
      colourType: 6,
    });
  });

  it.each([
    ['resources/trayTemplate.png', 16],
    ['resources/trayTemplate@2x.png', 32],
    ['resources/tray.png', 32],
  ])('has the tray icon %s at %i px', (path, size) => {
    expect(pngHeader(path)).toMatchObject({ width: size, height: size, colourType: 6 });
  });
});

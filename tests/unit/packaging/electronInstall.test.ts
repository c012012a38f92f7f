import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  classifyDownloadError,
  commandToRetry,
  downloadFailureMessage,
  electronInstallState,
  electronPlatformPath,
  ensureElectron,
  firstErrorLine,
  linuxSandboxAdvice,
} from '../../../scripts/electronInstall.mjs';

const repoRoot = resolve(__dirname, '../../..');
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

// What Electron's install.js and @electron/get print, copied from real failed runs on this machine.
const OFFLINE = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`;
const NOT_FOUND = `HTTPError: Response code 404 (File not found) for http://127.0.0.1:8765/v45.4.1/electron-v45.4.1-linux-x64.zip
    at FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:48:23)`;
const DAMAGED = `Error: Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.
    at ChecksumMismatchError (file:///x/node_modules/sumchecker/dist/index.js:10:5)`;

describe('the start-time step is wired to the commands that need Electron, and never to install', () => {
  it.each(['prestart', 'predev', 'predist', 'predist:linux', 'predist:win', 'predist:mac'])(
    '%s runs it',
    (script) => {
      expect(packageJson.scripts[script]).toBe('node scripts/ensure-electron.mjs');
    },
  );

  it('no install-time script downloads anything, so npm ci keeps working offline', () => {
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(packageJson.scripts[script]).toBeUndefined();
    }
  });

  it('engines says what Electron and its download tool declare', () => {
    const electron = JSON.parse(
      readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
    ) as {
      engines: { node: string };
    };
    expect(electron.engines.node.replace(/\s/g, '')).toBe('>=22.12.0');
    expect(packageJson.engines.node).toBe('>=22.12');
    expect(readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim()).toBe('22');
  });
});

describe('electronPlatformPath', () => {
  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
    ['mas', 'Electron.app/Contents/MacOS/Electron'],
    ['aix', null],
  ])('%s → %s, as Electron’s install.js writes it', (platform, expected) => {
    expect(electronPlatformPath(platform)).toBe(expected);
  });
});

describe('electronInstallState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ubj-electron-'));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function install(files: Record<string, string>): Promise<void> {
    await mkdir(join(dir, 'dist'), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  }

  it('is not installed on a fresh install (no path.txt): the case that stopped npm start', () => {
    expect(electronInstallState(dir, { env: {}, platform: 'linux' })).toMatchObject({
      isInstalled: false,
      version: '45.4.1',
      reason: 'path.txt is missing',
    });
  });

  it('is installed when path.txt names an existing binary of the package’s version', async () => {
    await install({ 'path.txt': 'electron', 'dist/version': 'v45.4.1', 'dist/electron': '' });
    expect(electronInstallState(dir, { env: {}, platform: 'linux' })).toEqual({
      isInstalled: true,
      version: '45.4.1',
      executable: join(dir, 'dist', 'electron'),
    });
  });

  it('is not installed when the binary is missing, another version, or for another system', async () => {
    await install({ 'path.txt': 'electron', 'dist/version': 'v45.4.1' });
    expect(electronInstallState(dir, { env: {}, platform: 'linux' }).isInstalled).toBe(false);
    await install({ 'dist/electron': '', 'dist/version': 'v44.0.0' });
    expect(electronInstallState(dir, { env: {}, platform: 'linux' }).isInstalled).toBe(false);
    await install({ 'dist/version': 'v45.4.1' });
    expect(electronInstallState(dir, { env: {}, platform: 'win32' }).isInstalled).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and electron-vite’s ELECTRON_EXEC_PATH', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'ubj-dist-'));
    try {
      await install({ 'path.txt': 'electron', 'dist/version': 'v45.4.1' });
      await writeFile(join(elsewhere, 'electron'), '');
      expect(
        electronInstallState(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, platform: 'linux' }),
      ).toMatchObject({ isInstalled: true, executable: join(elsewhere, 'electron') });
      expect(
        electronInstallState(dir, {
          env: { ELECTRON_EXEC_PATH: join(elsewhere, 'electron') },
          platform: 'linux',
        }).isInstalled,
      ).toBe(true);
      expect(
        electronInstallState(dir, {
          env: { ELECTRON_EXEC_PATH: join(elsewhere, 'nothing') },
          platform: 'linux',
        }).isInstalled,
      ).toBe(false);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('what a failed download says', () => {
  it.each([
    [OFFLINE, 'offline'],
    ['Error: getaddrinfo ENOTFOUND github.com', 'offline'],
    ['Error: connect ECONNREFUSED 127.0.0.1:9', 'offline'],
    [NOT_FOUND, 'not-found'],
    ['HTTPError: Response code 407 (Proxy Authentication Required)', 'refused'],
    ['HTTPError: Response code 503 (Service Unavailable)', 'server-error'],
    [DAMAGED, 'damaged'],
    ['Error: ENOSPC: no space left on device, write', 'disk-full'],
    ["Error: EACCES: permission denied, mkdir '/x/node_modules/electron/dist'", 'permission'],
    ['Something else entirely', 'other'],
    ['', 'other'],
  ] as const)('%s → %s', (output, kind) => {
    expect(classifyDownloadError(output)).toBe(kind);
  });

  it('keeps the first line that says what happened, never a stack frame', () => {
    expect(firstErrorLine(OFFLINE)).toBe('TypeError: fetch failed');
    expect(firstErrorLine('    at x (y.js:1:1)\n')).toBeNull();
    expect(firstErrorLine(`Error: ${'x'.repeat(300)}`)).toHaveLength(200);
  });

  const base = {
    version: '45.4.1',
    platform: 'linux',
    arch: 'x64',
    nodeVersion: 'v22.12.0',
    mirror: null,
    command: 'npm start',
  };

  it('offline: one paragraph with what failed, once, the internet, and how to retry', () => {
    const message = downloadFailureMessage({ ...base, errorOutput: OFFLINE });
    expect(message).toBe(
      'Upper Back Journal could not start: it runs inside Electron, and getting Electron 45.4.1 for Linux (x64), ' +
        'about 100 MB, failed because this computer could not reach the download server: it may be offline, or ' +
        'behind a proxy or firewall. This download happens only once, the first time the app starts, so it ' +
        'needs the internet that one time; nothing else on this computer was changed. Check the connection and run npm ' +
        'start again. Behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true first; to download from ' +
        'a mirror, set ELECTRON_MIRROR. (For whoever helps you: TypeError: fetch failed)',
    );
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('names the mirror when one is set, and says when the file is not there', () => {
    const message = downloadFailureMessage({
      ...base,
      errorOutput: NOT_FOUND,
      mirror: 'http://127.0.0.1:8765/',
    });
    expect(message).toContain(
      'failed because the download address (http://127.0.0.1:8765/) does not have that file',
    );
  });

  it('on an older Node.js, also says what Electron’s download tool asks for', () => {
    expect(downloadFailureMessage({ ...base, errorOutput: OFFLINE, nodeVersion: 'v20.20.2' })).toContain(
      "Electron's download tool asks for Node.js 22.12 or newer and this is Node.js 20.20.2",
    );
    expect(downloadFailureMessage({ ...base, errorOutput: OFFLINE })).not.toContain('asks for Node.js');
  });

  it.each([
    ['prestart', 'npm start'],
    ['predev', 'npm run dev'],
    ['predist:linux', 'npm run dist:linux'],
    [undefined, 'npm start'],
  ])('after %s it says to run %s again', (event, command) => {
    expect(commandToRetry(event)).toBe(command);
  });
});

describe('ensureElectron', () => {
  it('says plainly when the electron package itself is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ubj-empty-'));
    try {
      const errors: string[] = [];
      const code = await ensureElectron({ projectRoot: empty, printError: (text) => errors.push(text) });
      expect(code).toBe(1);
      expect(errors).toEqual([
        'Upper Back Journal could not start: the electron package is not installed in node_modules. Run npm install first, then npm start.',
      ]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('Linux sandbox helper (Ubuntu 23.10 and newer)', () => {
  const helper = { path: '/p/node_modules/electron/dist/chrome-sandbox', uid: 1000, mode: 0o100755 };
  const restricted = { restrictsUserNamespaces: true, allowsUserNamespaces: true, helper };

  it('asks, once, for the helper’s rights where namespaces are restricted and the helper is not set up', () => {
    expect(linuxSandboxAdvice('linux', restricted, 'npm start')).toBe(
      'Upper Back Journal could not open its window yet: it keeps its pages in Chromium’s sandbox, and this ' +
        'Linux only allows that for programs it knows (Ubuntu 23.10 and newer restrict it). Once, give ' +
        'Electron’s sandbox helper the rights it needs: sudo chown root:root ' +
        '"/p/node_modules/electron/dist/chrome-sandbox" && sudo chmod 4755 ' +
        '"/p/node_modules/electron/dist/chrome-sandbox" then run npm start again. The installed app (the .deb ' +
        'package) does this for you.',
    );
    expect(
      linuxSandboxAdvice('linux', {
        ...restricted,
        restrictsUserNamespaces: false,
        allowsUserNamespaces: false,
      }),
    ).not.toBeNull();
  });

  it('says nothing where the sandbox can start: namespaces allowed, helper set up, or not Linux', () => {
    expect(linuxSandboxAdvice('linux', { ...restricted, restrictsUserNamespaces: false })).toBeNull();
    expect(
      linuxSandboxAdvice('linux', { ...restricted, helper: { ...helper, uid: 0, mode: 0o104755 } }),
    ).toBeNull();
    expect(linuxSandboxAdvice('linux', { ...restricted, helper: null })).toBeNull();
    expect(linuxSandboxAdvice('darwin', restricted)).toBeNull();
  });

  it('an installed Electron on such a system stops the start with that paragraph, not with a crash', async () => {
    const project = await mkdtemp(join(tmpdir(), 'ubj-project-'));
    try {
      const dir = join(project, 'node_modules', 'electron');
      await mkdir(join(dir, 'dist'), { recursive: true });
      await writeFile(join(project, 'package.json'), '{}');
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
      await writeFile(join(dir, 'path.txt'), 'electron');
      await writeFile(join(dir, 'dist', 'version'), 'v45.4.1');
      await writeFile(join(dir, 'dist', 'electron'), '');
      const errors: string[] = [];
      const code = await ensureElectron({
        projectRoot: project,
        env: {},
        platform: 'linux',
        printError: (text) => errors.push(text),
        sandboxFacts: () => restricted,
      });
      expect(code).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('sudo chmod 4755');
      const fine = await ensureElectron({
        projectRoot: project,
        env: {},
        platform: 'linux',
        printError: (text) => errors.push(text),
        sandboxFacts: () => ({ ...restricted, restrictsUserNamespaces: false }),
      });
      expect(fine).toBe(0);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});

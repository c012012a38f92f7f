import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  closedLocalPort,
  createScratchProject,
  startStandInMirror,
  standInArchiveName,
  type ScratchProject,
  type StandInMirror,
} from '../fixtures/electronStandIn';

/**
 * `npm start` on a fresh computer, without the internet: the start-time step (scripts/ensure-electron.mjs,
 * run as npm's prestart) downloads Electron through Electron's own installer from a stand-in mirror on
 * 127.0.0.1, records the binary's path, and electron-vite's preview then launches that binary with this
 * project's built main entry. The real binary cannot be had here, so the stand-in is a script that writes
 * down how it was started. This spec uses no browser; it sits with the end-to-end tests because it needs
 * the built app (out/), which `npm test` builds after the unit tests.
 */

const repoRoot = resolve(__dirname, '../..');
const electronVersion: string = JSON.parse(
  readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
).version;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * The environment a person's shell would give, without anything that points Electron's download elsewhere
 * (npm passes its own npm_config_* settings to scripts) and with the download kept in a scratch cache, so
 * a stand-in never lands in the real ~/.cache/electron.
 */
function downloadEnv(project: ScratchProject, settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/electron/i.test(key) || /^npm_/i.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    electron_config_cache: join(project.root, '.electron-cache'),
    ELECTRON_GET_NO_PROGRESS: '1',
    ...settings,
  };
}

const ensureElectron = join(repoRoot, 'scripts/ensure-electron.mjs');

test.describe('starting the desktop app on a fresh computer', () => {
  // The stand-in executable is a shell script; Electron's builds for other systems are not tried here.
  test.skip(process.platform !== 'linux', 'the stand-in Electron is a shell script for Linux');

  let project: ScratchProject;
  let mirror: StandInMirror | undefined;

  test.beforeEach(async () => {
    project = await createScratchProject(repoRoot);
  });

  test.afterEach(async () => {
    await mirror?.close();
    mirror = undefined;
    await project.remove();
  });

  test('downloads Electron from the mirror once, records its path, and electron-vite launches it with the built main entry', async () => {
    mirror = await startStandInMirror(electronVersion, process.platform, process.arch);
    const env = downloadEnv(project, { ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' });

    const first = await run(process.execPath, [ensureElectron], project.root, env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Getting Electron ${electronVersion} for Linux`);
    expect(first.stdout).toContain(`Electron ${electronVersion} is ready.`);
    expect(mirror.requests).toEqual([
      `/v${electronVersion}/${standInArchiveName(electronVersion, process.platform, process.arch)}`,
      `/v${electronVersion}/SHASUMS256.txt`,
    ]);
    // What electron-vite reads to find the binary.
    expect(readFileSync(join(project.electronDir, 'path.txt'), 'utf8')).toBe('electron');
    const binary = join(project.electronDir, 'dist', 'electron');
    expect(statSync(binary).mode & 0o111).not.toBe(0);

    // Started again, with the mirror gone: nothing to download, nothing said.
    await mirror.close();
    mirror = undefined;
    const again = await run(process.execPath, [ensureElectron], project.root, env);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });

    // electron-vite's preview, as `npm start` runs it (without rebuilding: out/ is this checkout's build).
    // --preserve-symlinks makes it resolve `electron` inside the scratch project, whose packages are links.
    const log = join(project.root, 'launched.txt');
    const preview = await run(
      process.execPath,
      [
        '--preserve-symlinks',
        '--preserve-symlinks-main',
        join(project.root, 'node_modules/electron-vite/bin/electron-vite.js'),
        'preview',
        '--skipBuild',
      ],
      project.root,
      { ...env, STANDIN_LOG: log },
    );
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    const [startedIn, ...args] = readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(realpathSync(startedIn ?? '')).toBe(realpathSync(project.root));
    // Electron given the project folder loads package.json's "main": the built main entry.
    expect(args).toEqual(['.']);
    const main: string = JSON.parse(readFileSync(join(project.root, 'package.json'), 'utf8')).main;
    const mainEntry = resolve(project.root, args[0] ?? '', main);
    expect(realpathSync(mainEntry)).toBe(realpathSync(join(repoRoot, 'out/main/index.js')));
    expect(readFileSync(mainEntry, 'utf8')).toContain('app://');
  });

  test('offline, it says in one plain paragraph what failed and how to try again, and records nothing', async () => {
    const port = await closedLocalPort();
    const env = downloadEnv(project, {
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      npm_lifecycle_event: 'prestart',
    });

    const result = await run(process.execPath, [ensureElectron], project.root, env);
    expect(result.code).toBe(1);
    const paragraph = result.stderr.trim();
    expect(paragraph.split('\n')).toHaveLength(1);
    expect(paragraph).toContain(`getting Electron ${electronVersion} for Linux`);
    expect(paragraph).toContain(`could not reach the download address (http://127.0.0.1:${port}/)`);
    expect(paragraph).toContain('needs the internet that one time');
    expect(paragraph).toContain('run npm start again');
    // No stack trace.
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(project.electronDir, 'path.txt'))).toBe(false);

    // electron-vite would now stop with its own "Electron uninstall": the step is what keeps that away.
  });
});

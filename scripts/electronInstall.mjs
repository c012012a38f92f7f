// The start-time step that gets Electron's binary (scripts/ensure-electron.mjs runs it before `npm start`,
// `npm run dev` and `npm run dist*`). Electron 42 and newer no longer download their binary at install:
// the package ships an `install-electron` command (node_modules/electron/install.js) instead, and
// electron-vite stops with "Electron uninstall" when node_modules/electron/path.txt is missing. Doing it
// here, never in `postinstall`, keeps `npm ci` working offline (CI has no internet).
//
// The download itself is Electron's own install.js (through @electron/get), so Electron's documented
// settings keep working: ELECTRON_MIRROR, electron_use_remote_checksums, electron_config_cache,
// ELECTRON_OVERRIDE_DIST_PATH, and a proxy through ELECTRON_GET_USE_PROXY with HTTPS_PROXY.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What Electron's install.js writes to path.txt: the executable inside dist/, per platform. */
export function electronPlatformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/** The folder of the electron package that the project at `projectRoot` uses. */
export function electronPackageDir(projectRoot) {
  const require = createRequire(join(projectRoot, 'package.json'));
  return dirname(require.resolve('electron/package.json'));
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Whether Electron's binary is in place the way electron-vite looks for it: path.txt names an executable
 * that exists under dist/ (or under ELECTRON_OVERRIDE_DIST_PATH), and dist/version is the package's version.
 * electron-vite's own ELECTRON_EXEC_PATH override counts when the file it names exists.
 */
export function electronInstallState(electronDir, { env = process.env, platform = process.platform } = {}) {
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { isInstalled: true, version, executable: env.ELECTRON_EXEC_PATH }
      : { isInstalled: false, version, reason: 'ELECTRON_EXEC_PATH names a file that does not exist' };
  }
  const expected = electronPlatformPath(env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform);
  if (expected === null)
    return { isInstalled: false, version, reason: `Electron has no build for ${platform}` };
  const recorded = readText(join(electronDir, 'path.txt'));
  if (recorded === null) return { isInstalled: false, version, reason: 'path.txt is missing' };
  if (recorded !== expected) return { isInstalled: false, version, reason: `path.txt names ${recorded}` };
  const installedVersion = readText(join(electronDir, 'dist', 'version'));
  if (installedVersion === null || installedVersion.trim().replace(/^v/, '') !== version) {
    return { isInstalled: false, version, reason: 'dist/version does not match the package' };
  }
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded)
    : join(electronDir, 'dist', recorded);
  if (!existsSync(executable)) return { isInstalled: false, version, reason: `${executable} is missing` };
  return { isInstalled: true, version, executable };
}

/**
 * What went wrong, from the download tool's error output, in one of a few kinds the message can explain.
 * The output is Electron's install.js printing an error's stack; only its first line says what happened.
 */
export function classifyDownloadError(errorOutput) {
  const text = errorOutput ?? '';
  if (/checksum|sha256|SHASUMS/i.test(text) && !/fetch failed/i.test(text)) return 'damaged';
  if (/Response code 404/.test(text)) return 'not-found';
  if (/Response code (407|403|401)/.test(text)) return 'refused';
  if (/Response code \d{3}/.test(text)) return 'server-error';
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR|socket|certificate|getaddrinfo/i.test(
      text,
    )
  ) {
    return 'offline';
  }
  if (/ENOSPC/.test(text)) return 'disk-full';
  if (/EACCES|EPERM/.test(text)) return 'permission';
  return 'other';
}

/** The first line of the error output that says something (not a stack frame), shortened. */
export function firstErrorLine(errorOutput) {
  const line = (errorOutput ?? '')
    .split(/\r?\n/)
    .map((part) => part.trim())
    .find((part) => part !== '' && !part.startsWith('at ') && !part.startsWith('Downloading '));
  if (line === undefined) return null;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

const PLATFORM_NAMES = { linux: 'Linux', darwin: 'macOS', mas: 'macOS', win32: 'Windows' };

function isOlderNode(nodeVersion) {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

/**
 * One plain paragraph for a failed download: what failed, that it is needed once and needs the internet,
 * and how to try again. Never a stack trace.
 */
export function downloadFailureMessage({
  errorOutput,
  version,
  platform,
  arch,
  nodeVersion,
  mirror,
  command,
}) {
  const kind = classifyDownloadError(errorOutput);
  const what = `Electron ${version} for ${PLATFORM_NAMES[platform] ?? platform} (${arch})`;
  const why = {
    offline: mirror
      ? `this computer could not reach the download address (${mirror})`
      : 'this computer could not reach the download server: it may be offline, or behind a proxy or firewall',
    'not-found': mirror
      ? `the download address (${mirror}) does not have that file`
      : 'the download server does not have that file',
    refused: 'the download server or a proxy refused the request',
    'server-error': 'the download server answered with an error',
    damaged: 'the downloaded file was damaged (its checksum did not match)',
    'disk-full': 'the disk is full',
    permission: 'the app could not write into its node_modules folder',
    other: 'the download tool stopped with an error',
  }[kind];
  const detail = firstErrorLine(errorOutput);
  const sentences = [
    `Upper Back Journal could not start: it runs inside Electron, and getting ${what}, about 100 MB, failed because ${why}.`,
    'This download happens only once, the first time the app starts, so it needs the internet that one time; nothing else on this computer was changed.',
    `Check the connection and run ${command ?? 'npm start'} again.`,
    'Behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true first; to download from a mirror, set ELECTRON_MIRROR.',
  ];
  if (isOlderNode(nodeVersion)) {
    sentences.push(
      `Electron's download tool asks for Node.js 22.12 or newer and this is Node.js ${nodeVersion.replace(/^v/, '')}: if it keeps failing, install Node.js 22 (see .nvmrc).`,
    );
  }
  if (detail !== null) sentences.push(`(For whoever helps you: ${detail})`);
  return sentences.join(' ');
}

// The progress bar of @electron/get (written to stderr after 30 s): worth passing on to a person who waits.
function isProgressOutput(chunk) {
  return /^\r?Downloading /.test(chunk) && !/\n\s+at /.test(chunk);
}

/**
 * On Linux, Electron keeps its pages in Chromium's sandbox, which needs either unprivileged user namespaces
 * or the setuid helper `chrome-sandbox`. Ubuntu 23.10 and newer (AppArmor) restrict those namespaces to
 * programs they know, and Electron run from node_modules then stops at once ("The SUID sandbox helper
 * binary was found, but is not configured correctly"). The installed app (deb) sets the helper up; from a
 * checkout, the person has to once. Turning the sandbox off instead would be the wrong advice for a health
 * journal, so it is not offered.
 */
export function readLinuxSandboxFacts(executable) {
  const read = (path) => readText(path)?.trim() ?? null;
  const helperPath = join(dirname(executable), 'chrome-sandbox');
  let helper;
  try {
    const stat = statSync(helperPath);
    helper = { path: helperPath, uid: stat.uid, mode: stat.mode };
  } catch {
    helper = null; // not Linux, or not a real Electron build
  }
  return {
    restrictsUserNamespaces: read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1',
    // Older Debian kernels have this switch; 0 means no unprivileged namespaces at all.
    allowsUserNamespaces: read('/proc/sys/kernel/unprivileged_userns_clone') !== '0',
    helper,
  };
}

/** The paragraph to show when Electron could not open its window on this Linux, or null when it can. */
export function linuxSandboxAdvice(platform, facts, command = 'npm start') {
  if (platform !== 'linux' || facts.helper === null) return null;
  if (!facts.restrictsUserNamespaces && facts.allowsUserNamespaces) return null;
  const isHelperReady = facts.helper.uid === 0 && (facts.helper.mode & 0o4755) === 0o4755;
  if (isHelperReady) return null;
  const path = facts.helper.path;
  return [
    'Upper Back Journal could not open its window yet: it keeps its pages in Chromium’s sandbox, and this',
    'Linux only allows that for programs it knows (Ubuntu 23.10 and newer restrict it).',
    `Once, give Electron’s sandbox helper the rights it needs: sudo chown root:root "${path}" && sudo chmod 4755 "${path}"`,
    `then run ${command} again. The installed app (the .deb package) does this for you.`,
  ].join(' ');
}

/** The command a person typed, from npm's lifecycle event ('prestart' is `npm start`). */
export function commandToRetry(lifecycleEvent) {
  if (!lifecycleEvent) return 'npm start';
  const script = lifecycleEvent.replace(/^pre/, '');
  return script === 'start' ? 'npm start' : `npm run ${script}`;
}

/**
 * Makes sure Electron's binary is there, downloading it with Electron's own install.js when it is not.
 * Resolves to the exit code: 0 when the binary is in place, 1 after printing one paragraph.
 */
export async function ensureElectron({
  projectRoot,
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  nodeVersion = process.version,
  print = (text) => process.stdout.write(`${text}\n`),
  printError = (text) => process.stderr.write(`${text}\n`),
  showProgress = (chunk) => process.stderr.write(chunk),
  sandboxFacts = readLinuxSandboxFacts,
}) {
  let electronDir;
  try {
    electronDir = electronPackageDir(projectRoot);
  } catch {
    printError(
      'Upper Back Journal could not start: the electron package is not installed in node_modules. Run npm install first, then npm start.',
    );
    return 1;
  }
  const command = commandToRetry(env.npm_lifecycle_event);
  const readyToOpen = (state) => {
    const advice = linuxSandboxAdvice(platform, sandboxFacts(state.executable), command);
    if (advice === null) return 0;
    printError(advice);
    return 1;
  };
  const before = electronInstallState(electronDir, { env, platform });
  if (before.isInstalled) return readyToOpen(before);

  print(
    `Getting Electron ${before.version} for ${PLATFORM_NAMES[platform] ?? platform} (${arch}), the program the journal runs in. This happens once and needs the internet (about 100 MB)...`,
  );
  const { code, errorOutput } = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let output = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (isProgressOutput(chunk)) showProgress(chunk);
      else output += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, errorOutput: `${output}\n${error.message}` }));
    child.on('close', (exitCode) => resolve({ code: exitCode ?? 1, errorOutput: output }));
  });

  const after = electronInstallState(electronDir, { env, platform });
  if (code === 0 && after.isInstalled) {
    print(`Electron ${after.version} is ready.`);
    return readyToOpen(after);
  }
  printError(
    downloadFailureMessage({
      errorOutput: code === 0 ? `the binary is still not in place: ${after.reason}` : errorOutput,
      version: before.version,
      platform,
      arch,
      nodeVersion,
      mirror: env.ELECTRON_MIRROR || env.npm_config_electron_mirror || null,
      command,
    }),
  );
  return 1;
}

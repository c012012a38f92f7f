// Runs @doyensec/electronegativity through its Node API, fully offline. Used by scripts/scan-electron.mjs
// and by tests/unit/packaging/electronegativity.test.ts.
import Module, { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Electronegativity's only online check: it downloads Electron's release notes to list security fixes
 * newer than our version. The scan must work offline, so it is left out.
 */
export const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** The electron version in node_modules, so electronegativity judges the right one (not v0.1.0). */
export function installedElectronVersion() {
  return require('electron/package.json').version;
}

const engDir = dirname(require.resolve('@doyensec/electronegativity/package.json')) + sep;

// Electronegativity's i18n loader (dist/locales/i18n.js) calls `got` on every run to download
// translations from S3, and its AvailableSecurityFixes check downloads release notes. This machine (and
// CI) has no internet, and a scan should not phone home anyway: every `require('got')` from inside the
// package gets a stand-in that rejects at once, so the translations bundled with the package are used
// without a network attempt. The hook stays installed so a lazily required `got` is caught as well.
function offlineGot() {
  return Promise.reject(new Error('network disabled for the electronegativity scan'));
}
const originalLoad = Module._load;
let hooked = false;
function blockNetworkInElectronegativity() {
  if (hooked) return;
  hooked = true;
  Module._load = function load(request, parent, isMain) {
    if (request === 'got' && parent?.filename?.startsWith(engDir)) return offlineGot;
    return originalLoad.call(this, request, parent, isMain);
  };
}

// The i18n loader then logs this line for the refused download; it is expected, so it is not shown.
const I18N_OFFLINE_NOTICE = 'Could not retrieve updated translations for the current locale';

async function withoutI18nNotice(task) {
  const log = console.log;
  console.log = (...args) => {
    if (!(args.length === 1 && args[0] === I18N_OFFLINE_NOTICE)) log(...args);
  };
  try {
    return await task();
  } finally {
    console.log = log;
  }
}

/**
 * Scans `input` (a folder or file) and returns { checks, files, issues, errors } with absolute paths.
 * Issues switched off by an `eng-disable` comment are already left out by electronegativity's runner.
 */
export async function scanForElectronIssues({ input, electronVersion = installedElectronVersion() }) {
  blockNetworkInElectronegativity();
  const run = require('@doyensec/electronegativity');
  // The same file list the runner's directory loader scans (js, jsx, ts, tsx, html, package.json...).
  const {
    list_files: listFiles,
    is_directory: isDirectory,
  } = require('@doyensec/electronegativity/dist/util/file.js');
  const absolute = resolve(input);
  const result = await withoutI18nNotice(() =>
    run({
      input: absolute,
      excludeFromScan: ONLINE_CHECKS,
      electronVersionOverride: electronVersion,
      isRelative: false,
      parserPlugins: [],
    }),
  );
  const files = isDirectory(absolute) ? ((await listFiles(absolute)) ?? []).length : 1;
  return {
    checks: result.globalChecks + result.atomicChecks,
    files,
    issues: result.issues,
    errors: result.errors,
  };
}

// @ts-check
// Installers for Upper Back Journal: `npm run dist` (or dist:linux / dist:win / dist:mac).
// They need Electron's binaries from the internet, so no test runs them; see docs/packaging.md.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.upperbackjournal.journal',
  // Must equal package.json's productName: Electron names the user-data folder (the journal) after it.
  productName: 'Upper Back Journal',
  // `build/` holds installer-only resources (none yet); `resources/` holds files the app reads at run time.
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app and its run-time resources (the tray and notification icons, which the main
  // process finds at ../../resources from out/main). electron-builder adds the production dependencies
  // (zod and date-fns, all the main process requires; the renderer's libraries are bundled into out/ and
  // kept in devDependencies); sources, tests and docs stay out.
  files: ['out/**/*', 'resources/**/*', '!resources/*.svg', 'package.json'],
  asar: true,
  // Tray icons are handed to the desktop shell by path, which cannot read inside app.asar on every Linux.
  asarUnpack: ['resources/**'],
  // No auto-update and no update feed: the app never contacts a server.
  publish: null,
  // One 1024x1024 PNG; electron-builder makes the .ico, .icns and Linux icon sizes from it.
  icon: 'resources/icon.png',
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js interpreter.
    runAsNode: false,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or certificates into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would let another local program attach a debugger to the main process.
    enableNodeCliInspectArguments: false,
    // The renderer is served from app://, never file://, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,
    // Load the app only from app.asar, so a loose app/ folder next to it cannot replace our code.
    onlyLoadAppFromAsar: true,
    // Chromium's cookie store is encrypted with the OS keychain (we keep no cookies, but it costs nothing).
    enableCookieEncryption: true,
    // macOS and Windows check app.asar against the hash embedded at build time before loading it.
    enableEmbeddedAsarIntegrityValidation: true,
    // Flipping fuses changes the Electron binary, which breaks its ad-hoc signature on Apple Silicon (macOS
    // then refuses to start it); re-sign it ad hoc so an unsigned build still opens.
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    // freedesktop.org has no "health" main category; Utility is where a journal app is looked for.
    category: 'Utility',
    synopsis: 'A private journal for upper back pain',
    // deb packages need "Name <email>"; without it electron-builder asks for author.email in package.json.
    maintainer: 'Upper Back Journal developers <maintainers@upperbackjournal.org>',
    // Installs the .desktop file under package.json's desktopName (org.upperbackjournal.journal.desktop), the
    // name Electron gives the desktop as the app's identity: Wayland's shortcut portal refuses an app whose
    // identity matches no installed .desktop file, and the window is grouped with its launcher icon.
    syncDesktopName: true,
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    // An assisted, per-user installer: no administrator rights, and the user picks the folder.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling the app must never delete the journal or its backups (%APPDATA%\Upper Back Journal).
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.healthcare-fitness',
    // Required for notarization; electron-builder adds Electron's default entitlements (JIT and so on).
    hardenedRuntime: true,
  },
};

module.exports = config;

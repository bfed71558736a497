/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads this file with require() */
// electron-builder configuration for Paraat: `npm run dist` (scripts/dist.mjs) passes this file.
// Windows first (a per-user installer that needs no admin rights, and a portable .exe for the USB
// stick), then macOS (dmg) and Linux (AppImage, deb).
//
// better-sqlite3 is native: scripts/dist.mjs builds it for Electron's ABI into
// native/electron/better_sqlite3-<electron version>.node (as `npm start` does) and this config packs
// exactly that file, unpacked from the asar so the OS can load it. The Node build in node_modules
// (for tests and the CLI) is left out: it would not load in Electron.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The Electron version the app is built against: the same as the types (electron-api). */
function electronVersion() {
  return JSON.parse(readFileSync(join(__dirname, 'node_modules', 'electron-api', 'package.json'), 'utf8')).version;
}

const version = electronVersion();

/** Where the packaged main process finds better-sqlite3 for Electron (see electron/nativeBinding.ts). */
const NATIVE_BINDING = `native/electron/better_sqlite3-${version}.node`;

/** @type {import('electron-builder').Configuration} */
/** Who publishes Paraat: the copyright holder and the Debian package's maintainer (reverse of appId's domain). */
const PUBLISHER = 'Paraat contributors';
const PUBLISHER_ADDRESS = 'maintainers@paraat.be';

const config = {
  appId: 'be.paraat.app',
  productName: 'Paraat',
  copyright: `Copyright © 2026 ${PUBLISHER}`,
  electronVersion: version,
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'package.json',
    'dist/renderer/**/*',
    'dist-electron/**/*',
    '!dist-electron/**/*.map',
    NATIVE_BINDING,
    // The main process and the renderer are bundled: these packages are already inside the bundles.
    // (pdfkit and fontkit too, with the PDF's fonts copied beside the main process: dist-electron/fonts.)
    '!node_modules/{electron,electron-api,react,react-dom,lucide-react,docx,i18next,react-i18next,papaparse,zod,zustand,pdfkit,fontkit,@expo-google-fonts}/**/*',
    // better-sqlite3's sources and its Node build: the app loads the Electron build above.
    '!node_modules/better-sqlite3/{deps,src,build}/**/*',
  ],
  extraResources: [
    { from: 'resources', to: 'resources', filter: ['**/*'] },
    // Outside the asar so the About dialog can open it in the OS's text viewer (scripts/licences.mjs).
    { from: 'dist-electron/THIRD-PARTY-LICENCES.txt', to: 'THIRD-PARTY-LICENCES.txt' },
  ],
  asar: true,
  asarUnpack: ['native/**/*.node', '**/node_modules/better-sqlite3/**/*.node'],
  // Native modules are built by scripts/dist.mjs for Electron only, never in node_modules (tests use that build).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // No update checks and no publishing: Paraat must work without a network.
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  fileAssociations: [
    {
      ext: 'paraat',
      name: 'Paraat plan',
      description: 'Paraat IT continuity plan',
      icon: 'paraat-file',
      role: 'Editor',
      mimeType: 'application/x-paraat',
    },
    {
      ext: 'paraatx',
      name: 'Paraat encrypted plan copy',
      description: 'Encrypted copy of a Paraat IT continuity plan',
      icon: 'paraat-file',
      role: 'Viewer',
      mimeType: 'application/x-paraat-encrypted',
    },
  ],
  win: {
    icon: 'icon.ico',
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Paraat',
    artifactName: 'Paraat-Setup-${version}.${ext}',
    installerIcon: 'icon.ico',
    uninstallerIcon: 'icon.ico',
  },
  portable: {
    artifactName: 'Paraat-${version}-portable.${ext}',
  },
  mac: {
    icon: 'icon.icns',
    category: 'public.app-category.productivity',
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    darkModeSupport: true,
  },
  dmg: {
    artifactName: 'Paraat-${version}-${arch}.${ext}',
  },
  linux: {
    icon: 'icons',
    category: 'Office',
    synopsis: 'Write, keep current and carry an IT continuity plan',
    maintainer: `${PUBLISHER} <${PUBLISHER_ADDRESS}>`,
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
  },
  deb: {
    artifactName: 'paraat_${version}_${arch}.${ext}',
  },
  appImage: {
    artifactName: 'Paraat-${version}-${arch}.${ext}',
  },
};

module.exports = config;

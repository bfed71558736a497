// How the Electron main process and preload are bundled (CommonJS, as Electron's sandboxed preload
// requires; native and Electron modules stay external): one definition for the build and the tests
// that load the built main process.
export const mainBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  // CommonJS has no import.meta: its url is the bundle's own (pdfkit and src/export/pdfWriter/fonts.ts resolve from it).
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
};

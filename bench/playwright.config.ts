import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import base from '../playwright.config';

/**
 * The renderer's part of the benchmark (`npx playwright test -c bench/playwright.config.ts`, after
 * `npm run build:renderer`): Chromium with the real handlers, as the e2e suite runs it. Not part of
 * `npm test`: it times things. PARAAT_RENDERER_OUT and PARAAT_PREVIEW_PORT choose the build folder
 * and the preview port, as for the e2e suite (the base config and vite.config.ts read them).
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'renderer.bench.ts',
  timeout: 600_000,
  workers: 1,
  // The preview server serves the built renderer from the repository's root, as for the e2e suite.
  webServer:
    base.webServer && !Array.isArray(base.webServer)
      ? { ...base.webServer, cwd: join(import.meta.dirname, '..') }
      : base.webServer,
  retries: 0,
  // No trace: recording one snapshots the page around every key press, inside the timed frames.
  use: { ...base.use, trace: 'off', screenshot: 'off' },
  projects: (base.projects ?? []).filter((project) => project.name === 'chromium'),
});

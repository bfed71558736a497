import { defineConfig } from '@playwright/test';
import { chromiumExecutable, electronAvailability } from './tests/e2e/environment';

/**
 * The same e2e suite drives the real renderer in two shells: Chromium with the real handlers behind
 * a test bridge (everywhere), and the real Electron app (where its binary is installed).
 */
const electron = electronAvailability();
const previewPort = Number(process.env.PARAAT_PREVIEW_PORT ?? 4173);
if (!electron.available) console.log(`[e2e] Electron project skipped: ${electron.reason}`);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  webServer: {
    command: 'npx vite preview',
    url: `http://127.0.0.1:${previewPort}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        baseURL: `http://127.0.0.1:${previewPort}`,
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    ...(electron.available ? [{ name: 'electron', metadata: { shell: 'electron' } }] : []),
  ],
});

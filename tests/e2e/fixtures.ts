import { type Browser, type ElectronApplication, type Page, test as base, _electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Dialogs, createHandlers, dispatch } from '../../src/ipc/handlers';
import { AppSettingsStore } from '../../src/storage/appSettings';
import { electronAvailability } from './environment';

type DialogKind = keyof Dialogs;

/** One running Paraat for a test: its page, a scratch folder, and a way to answer file dialogs. */
export interface ParaatHarness {
  page: Page;
  /** A folder of its own for plan files. */
  folder: string;
  /** The path the next file dialog of this kind "chooses" (null: the user cancels). */
  answerDialog(kind: DialogKind, path: string | null): Promise<void>;
  /** Reloads the interface (the main process keeps running, as after a renderer reload). */
  reload(): Promise<void>;
  /**
   * What "Open file" and "Show in folder" asked the desktop to open, in order; null in the Electron
   * shell, where the real desktop would open it.
   */
  desktopCalls: { how: 'open' | 'folder'; path: string }[] | null;
}

const examplesDirectory = resolve('resources/examples');

async function chromiumHarness(page: Page, folder: string, use: (h: ParaatHarness) => Promise<void>) {
  const answers: Partial<Record<DialogKind, string | null>> = {};
  const take = async (kind: DialogKind) => {
    const answer = answers[kind] ?? null;
    delete answers[kind];
    return answer;
  };
  const desktopCalls: { how: 'open' | 'folder'; path: string }[] = [];
  const { handlers, closeAll } = createHandlers({
    appVersion: '0.0.0-e2e',
    settings: new AppSettingsStore(join(folder, 'settings')),
    dialogs: {
      chooseNewPlanPath: () => take('chooseNewPlanPath'),
      chooseExistingPlan: () => take('chooseExistingPlan'),
      chooseCopyPath: () => take('chooseCopyPath'),
      chooseExportPath: () => take('chooseExportPath'),
      choosePicture: () => take('choosePicture'),
    },
    examplesDirectory,
    scratchDirectory: join(folder, 'scratch'),
    desktop: {
      openPath: async (path) => {
        desktopCalls.push({ how: 'open', path });
        return '';
      },
      showItemInFolder: (path) => desktopCalls.push({ how: 'folder', path }),
    },
    // Printed by the test's own Chromium, as Electron's printToPDF prints in the app.
    printToPdf: async (html) => {
      const printPage = await page.context().newPage();
      try {
        await printPage.setContent(html);
        return await printPage.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      } finally {
        await printPage.close();
      }
    },
  });
  await page.exposeBinding('__paraatInvoke', (_source, channel: unknown, payload: unknown) =>
    dispatch(handlers, channel, payload, { windowKey: 'e2e' }),
  );
  await page.addInitScript(() => {
    const bridge = (window as unknown as { __paraatInvoke: (c: string, p: unknown) => Promise<unknown> })
      .__paraatInvoke;
    Object.defineProperty(window, 'paraat', {
      value: Object.freeze({ invoke: (c: string, p: unknown) => bridge(c, p) }),
    });
  });
  await page.goto('/index.html');
  try {
    await use({
      page,
      folder,
      answerDialog: async (kind, path) => {
        answers[kind] = path;
      },
      reload: async () => {
        await page.reload();
      },
      desktopCalls,
    });
  } finally {
    closeAll();
  }
}

async function electronHarness(folder: string, use: (h: ParaatHarness) => Promise<void>) {
  const electron = electronAvailability();
  if (!electron.available) throw new Error(electron.reason);
  const app: ElectronApplication = await _electron.launch({
    executablePath: electron.executable,
    // The project folder, so the app finds dist/renderer and resources/ as under `npm start`.
    args: [resolve('.')],
    env: { ...process.env, PARAAT_USER_DATA: join(folder, 'userData') },
  });
  const page = await app.firstWindow();
  try {
    await use({
      page,
      folder,
      answerDialog: async (kind, path) => {
        await app.evaluate(
          ({ dialog }, { kind, path }) => {
            const result =
              path === null
                ? { canceled: true, filePath: undefined, filePaths: [] }
                : { canceled: false, filePath: path, filePaths: [path] };
            const opens = kind === 'chooseExistingPlan' || kind === 'choosePicture';
            const method = opens ? 'showOpenDialog' : 'showSaveDialog';
            (dialog as unknown as Record<string, unknown>)[method] = async () => result;
          },
          { kind, path },
        );
      },
      reload: async () => {
        await page.reload();
      },
      desktopCalls: null,
    });
  } finally {
    await app.close();
  }
}

/**
 * The browser is launched here rather than through Playwright's `page` fixture, so the Electron
 * project never tries to start a browser it does not need.
 */
export const test = base.extend<{ paraat: ParaatHarness }, { shellBrowser: Browser | null }>({
  shellBrowser: [
    async ({ playwright }, use, workerInfo) => {
      if (workerInfo.project.name === 'electron') return use(null);
      const browser = await playwright.chromium.launch(workerInfo.project.use.launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  paraat: async ({ shellBrowser }, use, testInfo) => {
    const folder = mkdtempSync(join(tmpdir(), 'paraat-e2e-'));
    try {
      if (!shellBrowser) await electronHarness(folder, use);
      else {
        const context = await shellBrowser.newContext({
          baseURL: testInfo.project.use.baseURL,
          viewport: { width: 1280, height: 860 },
        });
        try {
          await chromiumHarness(await context.newPage(), folder, use);
        } finally {
          await context.close();
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

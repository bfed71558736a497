import { type ElectronApplication, _electron, expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPlan } from '../builders/planFiles';
import { electronAvailability } from './environment';

/**
 * The desktop shell itself: the application menu, a plan file given to a second launch, the window
 * size. These need the real Electron app, so they run in the `electron` project only.
 */
const REASON =
  'the application menu, a second launch and the window size need the real Electron app (project electron)';

test.beforeEach(async ({ browserName: _ }, testInfo) => {
  if (testInfo.project.name !== 'electron')
    console.log(`[e2e] ${testInfo.title}: skipped in ${testInfo.project.name}: ${REASON}`);
  test.skip(testInfo.project.name !== 'electron', REASON);
});

let folder = '';
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'paraat-shell-'));
});
test.afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = '';
});

function executable(): string {
  const electron = electronAvailability();
  if (!electron.available) throw new Error(electron.reason);
  return electron.executable;
}

async function launch(userData: string, language: 'nl' | 'en' = 'en') {
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(userData, 'settings.json'), JSON.stringify({ language, recent: [] }));
  const app = await _electron.launch({
    executablePath: executable(),
    args: [resolve('.')],
    env: { ...process.env, PARAAT_USER_DATA: userData },
  });
  return { app, page: await app.firstWindow() };
}

/** Clicks an item of the application menu, as the user would. */
async function clickMenu(app: ElectronApplication, id: string) {
  await app.evaluate(({ BrowserWindow, Menu }, id) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(id);
    if (!item) throw new Error(`No menu item ${id}`);
    item.click(undefined, BrowserWindow.getAllWindows()[0], BrowserWindow.getAllWindows()[0]?.webContents);
  }, id);
}

const menuFacts = (app: ElectronApplication, id: string) =>
  app.evaluate(({ Menu }, id) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(id);
    return { label: item?.label, enabled: item?.enabled };
  }, id);

test('the menu speaks the interface language and runs the plan actions of the page', async () => {
  const planPath = createPlan(folder, {
    fileName: 'Beekzande.paraat',
    organisation: { name: 'Lokaal bestuur Beekzande' },
  });
  const { app, page } = await launch(join(folder, 'userData'), 'en');
  try {
    await expect(page.getByRole('heading', { name: 'Welcome to Paraat' })).toBeVisible();
    expect(await menuFacts(app, 'file.open')).toEqual({
      label: process.platform === 'darwin' ? 'Open…' : '&Open…',
      enabled: true,
    });
    expect((await menuFacts(app, 'file.saveCopy')).enabled).toBe(false);

    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
    }, planPath);
    await clickMenu(app, 'file.open');
    await expect(page.getByTestId('plan-location')).toContainText('Beekzande.paraat');
    await expect.poll(async () => (await menuFacts(app, 'file.saveCopy')).enabled).toBe(true);

    await clickMenu(app, 'file.export');
    await expect(page.getByRole('heading', { name: /export/i })).toBeVisible();
    await page.keyboard.press('Escape');

    await clickMenu(app, 'file.close');
    await expect(page.getByRole('heading', { name: 'Welcome to Paraat' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a plan double-clicked while Paraat runs opens in the running window, and a second time only focuses it', async () => {
  const userData = join(folder, 'userData');
  const planPath = createPlan(folder, {
    fileName: 'Beekzande.paraat',
    organisation: { name: 'Lokaal bestuur Beekzande' },
  });
  const { app, page } = await launch(userData, 'nl');
  const secondLaunch = () =>
    new Promise<number | null>((done) => {
      const child = spawn(executable(), [resolve('.'), planPath], {
        env: { ...process.env, PARAAT_USER_DATA: userData },
        stdio: 'ignore',
      });
      child.on('exit', (code) => done(code));
    });
  try {
    await expect(page.getByRole('heading', { name: 'Welkom bij Paraat' })).toBeVisible();
    expect(await secondLaunch()).toBe(0);
    await expect(page.getByTestId('plan-location')).toContainText('Beekzande.paraat');
    expect(await secondLaunch()).toBe(0);
    expect(app.windows()).toHaveLength(1);
    await expect(page.getByTestId('plan-location')).toContainText('Beekzande.paraat');
  } finally {
    await app.close();
  }
});

test('the window opens again at the size it was closed at', async () => {
  const userData = join(folder, 'userData');
  const first = await launch(userData);
  await first.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]!.setBounds({ width: 1000, height: 700 }),
  );
  await first.app.close();
  expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toMatchObject({
    width: 1000,
    height: 700,
  });

  const second = await launch(userData);
  try {
    const bounds = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
    expect([bounds.width, bounds.height]).toEqual([1000, 700]);
  } finally {
    await second.app.close();
  }
});

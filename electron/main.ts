import {
  BrowserWindow,
  Menu,
  type MenuItemConstructorOptions,
  app,
  dialog,
  ipcMain,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import i18next from 'i18next';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogues } from '../src/i18n/catalogues';
import { type Channel, type PlanSummary, isChannel } from '../src/ipc/contract';
import { createHandlers, dispatch } from '../src/ipc/handlers';
import type { MenuCommand } from '../src/ipc/menuCommands';
import { AppSettingsStore } from '../src/storage/appSettings';
import { useNativeBinding } from '../src/storage/database';
import { FORMAT_VERSION } from '../src/storage/migrations';
import { nativeDialogs } from './dialogs';
import { isPlanPath, planPathFromArgv } from './fileArguments';
import { IPC_INVOKE, IPC_MENU_COMMAND, IPC_MENU_READY } from './ipcChannel';
import { type MenuAction, type MenuSpec, buildMenuTemplate } from './menuTemplate';
import { nativeBindingPath, userDataOverride } from './nativeBinding';
import { printWithDialog } from './printDialog';
import { printToPdf } from './printToPdf';
import { planPrintView } from './printView';
import { routeOpenRequest } from './secondInstance';
import { SELF_CHECK_FLAG, runSelfCheck } from './selfCheck';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, hardenApp, isAppUrl } from './security';
import { MINIMUM_SIZE, readWindowState, windowBounds, writeWindowState } from './windowState';

// Tests keep the profile elsewhere (PARAAT_USER_DATA); the portable build keeps it on the stick
// beside the .exe when the stick is writable.
const profile = userDataOverride(process.env);
if (profile && (process.env.PARAAT_USER_DATA || writableFolder(profile))) app.setPath('userData', profile);

function writableFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const appRoot = app.getAppPath();
const rendererRoot = join(appRoot, 'dist', 'renderer');
const resourcesRoot = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
const licencesFile = app.isPackaged
  ? join(process.resourcesPath, 'THIRD-PARTY-LICENCES.txt')
  : join(__dirname, 'THIRD-PARTY-LICENCES.txt');
const windowStateFile = join(app.getPath('userData'), 'window-state.json');

// better-sqlite3 for Electron's ABI: native/electron/ in a checkout (scripts/native.mjs), the same
// path unpacked from the asar in the packaged app (scripts/dist.mjs).
const electronBinding = nativeBindingPath({
  isPackaged: app.isPackaged,
  appPath: appRoot,
  resourcesPath: process.resourcesPath,
  electronVersion: process.versions.electron,
});
if (app.isPackaged || existsSync(electronBinding)) useNativeBinding(electronBinding);

// `Paraat --paraat-self-check`: can this build write and read a plan? (run by scripts/dist.mjs)
if (process.argv.includes(SELF_CHECK_FLAG)) {
  const result = runSelfCheck();
  process.stdout.write(`[self-check] ${result.ok ? 'ok' : 'FAILED'}: ${result.detail}\n`);
  app.exit(result.ok ? 0 : 1);
}

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
]);

const settings = new AppSettingsStore(app.getPath('userData'));
const translator = i18next.createInstance();
void translator.init({
  resources: { nl: { translation: catalogues.nl }, en: { translation: catalogues.en } },
  lng: settings.read().language,
  fallbackLng: false,
  initAsync: false,
});
const t = () => {
  void translator.changeLanguage(settings.read().language);
  return translator.t;
};

const { handlers, closeAll, closeWindow, openPathFor, documentFor } = createHandlers({
  appVersion: app.getVersion(),
  settings,
  dialogs: nativeDialogs(
    () => BrowserWindow.getFocusedWindow() ?? undefined,
    t,
    () => app.getPath('documents'),
  ),
  examplesDirectory: join(resourcesRoot, 'examples'),
  scratchDirectory: join(app.getPath('userData'), 'examples'),
  // electron-builder's portable build says where its .exe is; the off-line kit copies it beside the plan.
  portableExecutable: process.env.PORTABLE_EXECUTABLE_FILE || undefined,
  printToPdf,
});

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = normalize(join(rendererRoot, decodeURIComponent(pathname)));
    if (relative(rendererRoot, file).startsWith('..')) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

// Menu commands for a page wait until its renderer listens (it says so through IPC_MENU_READY).
const listening = new Set<number>();
const waiting = new Map<number, MenuCommand[]>();

function sendCommand(window: BrowserWindow, command: MenuCommand): void {
  const id = window.webContents.id;
  if (listening.has(id)) window.webContents.send(IPC_MENU_COMMAND, command);
  else waiting.set(id, [...(waiting.get(id) ?? []), command]);
}

ipcMain.on(IPC_MENU_READY, (event) => {
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
  const id = event.sender.id;
  listening.add(id);
  const queued = waiting.get(id) ?? [];
  waiting.delete(id);
  for (const command of queued) event.sender.send(IPC_MENU_COMMAND, command);
});

function createWindow(openPath?: string): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const bounds = windowBounds(readWindowState(windowStateFile), workAreas);
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  const windowKey = String(window.webContents.id);
  const contentsId = window.webContents.id;
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => listening.delete(contentsId));
  window.on('focus', () => rebuildMenu());
  if (openPath) sendCommand(window, { command: 'openPath', path: openPath });
  // Edits wait a moment before they are written; let the page write them before the window goes.
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    writeWindowState(windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    event.preventDefault();
    const flush = window.webContents.executeJavaScript('window.__paraatFlush ? window.__paraatFlush() : null');
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    void Promise.race([flush, timeout])
      .catch(() => undefined)
      .finally(() => {
        flushed = true;
        window.close();
      });
  });
  // The page refuses to unload while it keeps edits its plan file could not take (a pulled stick).
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: t()('media.closeWarning.title'),
      message: t()('media.closeWarning.message'),
      detail: t()('media.closeWarning.detail'),
      buttons: [t()('media.closeWarning.stay'), t()('media.closeWarning.close')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
    else flushed = false;
  });
  window.on('closed', () => {
    closeWindow(windowKey);
    listening.delete(contentsId);
    waiting.delete(contentsId);
    rebuildMenu();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** A plan file from outside (double-click, second launch, the dock) or a plain second launch. */
function openFromOutside(path: string | null): void {
  const windows = BrowserWindow.getAllWindows();
  const route = routeOpenRequest(
    path,
    windows.map((window) => ({
      id: window.id,
      planPath: openPathFor(String(window.webContents.id)),
      focused: window.isFocused(),
    })),
  );
  if (route.action === 'new-window') {
    createWindow(path ?? undefined);
    return;
  }
  const window = BrowserWindow.fromId(route.windowId);
  if (!window) return;
  bringToFront(window);
  if (route.action === 'open' && path) sendCommand(window, { command: 'openPath', path });
}

function targetWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

function perform(action: MenuAction): void {
  const window = targetWindow();
  switch (action.kind) {
    case 'renderer':
      if (window) sendCommand(window, action.command);
      else createWindow(action.command.command === 'openPath' ? action.command.path : undefined);
      return;
    case 'print':
      if (window) void printPlan(window);
      return;
    case 'about':
      void showAbout(window);
      return;
    case 'planFolder': {
      const path = window ? openPathFor(String(window.webContents.id)) : null;
      if (path) shell.showItemInFolder(path);
      return;
    }
  }
}

/**
 * File → Print…: the whole open plan (its print view) through the OS print dialog; a failure other
 * than the user cancelling is reported.
 */
async function printPlan(window: BrowserWindow): Promise<void> {
  const document = documentFor(String(window.webContents.id));
  if (!document) return;
  let result: { success: boolean; reason: string };
  try {
    result = await printWithDialog(planPrintView(document));
  } catch (error) {
    result = { success: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!result.success && result.reason !== 'cancelled')
    dialog.showErrorBox(t()('menu.print'), t()('menu.printFailed', { reason: result.reason }));
}

async function showAbout(window: BrowserWindow | undefined): Promise<void> {
  const options = {
    type: 'info' as const,
    title: t()('menu.aboutTitle'),
    message: `Paraat ${app.getVersion()}`,
    detail: t()('menu.aboutDetail', {
      version: app.getVersion(),
      formatVersion: String(FORMAT_VERSION),
      licence: 'MIT',
    }),
    buttons: [t()('menu.aboutOk'), t()('menu.aboutLicences')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response === 1 && existsSync(licencesFile)) await shell.openPath(licencesFile);
}

function toElectron(item: MenuSpec): MenuItemConstructorOptions {
  const { action, submenu, type, ...rest } = item;
  return {
    ...rest,
    ...(type === 'separator' ? { type } : {}),
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
    ...(action ? { click: () => perform(action) } : {}),
  };
}

/** The application menu for the focused window, in the interface language. */
function rebuildMenu(): void {
  if (!app.isReady()) return;
  const window = targetWindow();
  const template = buildMenuTemplate({
    t: (key, params) => t()(key, params),
    platform: process.platform,
    development: !app.isPackaged,
    hasPlan: Boolean(window && openPathFor(String(window.webContents.id))),
    recent: settings.read().recent.filter((plan) => existsSync(plan.path)),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
}

/** Calls after which the menu changes (a plan opened or closed, another language, the recent list). */
const MENU_CHANNELS = new Set<Channel>([
  'plan.open',
  'plan.create',
  'plan.openExample',
  'plan.close',
  'plan.saveElsewhere',
  'settings.setLanguage',
  'recent.forget',
]);

ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, payload: unknown) => {
  // Only our own pages may call: never a frame that navigated elsewhere.
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
    return { ok: false, error: { code: 'invalid-request', message: 'Refused: unknown sender', params: {} } };
  }
  const envelope = await dispatch(handlers, channel, payload, { windowKey: String(event.sender.id) });
  if (envelope.ok && (channel === 'plan.open' || channel === 'plan.create')) {
    const plan = envelope.value as PlanSummary | null;
    // The OS's recent documents: the Windows jump list, the macOS dock menu.
    if (plan && !plan.isExample) app.addRecentDocument(plan.path);
  }
  if (isChannel(channel) && MENU_CHANNELS.has(channel)) rebuildMenu();
  return envelope;
});

if (!process.argv.includes(SELF_CHECK_FLAG)) {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    // A double-clicked plan: on the command line (Windows, Linux) or, before ready, as an event (macOS).
    const launchPath = planPathFromArgv(process.argv, process.cwd());
    const early: string[] = [];
    app.on('open-file', (event, path) => {
      event.preventDefault();
      if (!isPlanPath(path)) return;
      if (app.isReady()) openFromOutside(path);
      else early.push(path);
    });
    app.on('second-instance', (_event, argv, workingDirectory) => {
      if (app.isReady()) openFromOutside(planPathFromArgv(argv, workingDirectory));
    });
    void app.whenReady().then(() => {
      hardenApp(app, session.defaultSession);
      serveRenderer();
      rebuildMenu();
      createWindow(early.at(-1) ?? launchPath ?? undefined);
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    app.on('will-quit', () => closeAll());
  }
}

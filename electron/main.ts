import { BrowserWindow, app, session, shell } from 'electron';
import i18next from 'i18next';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues } from '../src/i18n/catalogues';
import { createHandlers } from '../src/ipc/handlers';
import { AppSettingsStore } from '../src/storage/appSettings';
import { useNativeBinding } from '../src/storage/database';
import { appMenu } from './appMenu';
import { appPaths } from './appPaths';
import { nativeDialogs } from './dialogs';
import { isPlanPath, planPathFromArgv } from './fileArguments';
import { serveContract } from './invoke';
import { userDataOverride } from './nativeBinding';
import { pageCommands } from './pageCommands';
import { printToPdf } from './printToPdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { routeOpenRequest } from './secondInstance';
import { SELF_CHECK_FLAG, runSelfCheck } from './selfCheck';
import { hardenApp } from './security';
import { createAppWindow } from './window';

/*
 * The main process's life: where its profile and parts are, the self-check, then the handlers,
 * the page channel, the menu and the windows, and the app's events from start to quit. Each of
 * those jobs is a module of its own beside this one.
 */

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

const paths = appPaths({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  mainDirectory: __dirname,
  electronVersion: process.versions.electron,
});
const windowStateFile = join(app.getPath('userData'), 'window-state.json');

// better-sqlite3 for Electron's ABI: native/electron/ in a checkout (scripts/native.mjs), the same
// path unpacked from the asar in the packaged app (scripts/dist.mjs).
if (app.isPackaged || existsSync(paths.electronBinding)) useNativeBinding(paths.electronBinding);

// `Paraat --paraat-self-check`: can this build write and read a plan? (run by scripts/dist.mjs)
if (process.argv.includes(SELF_CHECK_FLAG)) {
  const result = runSelfCheck();
  process.stdout.write(`[self-check] ${result.ok ? 'ok' : 'FAILED'}: ${result.detail}\n`);
  app.exit(result.ok ? 0 : 1);
}

app.enableSandbox();
registerAppScheme();

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
  examplesDirectory: join(paths.resourcesRoot, 'examples'),
  scratchDirectory: join(app.getPath('userData'), 'examples'),
  // electron-builder's portable build says where its .exe is; the off-line kit copies it beside the plan.
  portableExecutable: process.env.PORTABLE_EXECUTABLE_FILE || undefined,
  // Only ever asked for a path main wrote itself in this session (src/ipc/writtenFiles.ts).
  desktop: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
  // Electron's own printing makes the PDFs (the plan, the card, the kit's documents).
  printToPdf,
});

const pages = pageCommands();
const menu = appMenu({
  t,
  settings,
  licencesFile: paths.licencesFile,
  openPathFor,
  documentFor,
  sendCommand: pages.send,
  createWindow: (openPath) => createWindow(openPath),
});
serveContract(handlers, menu.rebuild);

function createWindow(openPath?: string): BrowserWindow {
  return createAppWindow(
    { windowStateFile, pages, t, rebuildMenu: menu.rebuild, closed: (windowKey) => closeWindow(windowKey) },
    openPath,
  );
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
  if (route.action === 'open' && path) pages.send(window, { command: 'openPath', path });
}

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
      serveRenderer(paths.rendererRoot);
      menu.rebuild();
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

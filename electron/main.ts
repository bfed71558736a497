import { BrowserWindow, app, ipcMain, net, protocol, session } from 'electron';
import i18next from 'i18next';
import { existsSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogues } from '../src/i18n/catalogues';
import { createHandlers, dispatch } from '../src/ipc/handlers';
import { AppSettingsStore } from '../src/storage/appSettings';
import { useNativeBinding } from '../src/storage/database';
import { nativeDialogs } from './dialogs';
import { printToPdf } from './printToPdf';
import { IPC_INVOKE } from './ipcChannel';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, hardenApp, isAppUrl } from './security';

// Tests (and a portable run from a USB stick) may keep the profile elsewhere.
if (process.env.PARAAT_USER_DATA) app.setPath('userData', process.env.PARAAT_USER_DATA);

const appRoot = app.getAppPath();
const rendererRoot = join(appRoot, 'dist', 'renderer');
const resourcesRoot = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');

// In a checkout, better-sqlite3 for Electron's ABI sits beside the Node build (scripts/native.mjs).
const electronBinding = join(appRoot, 'native', 'electron', `better_sqlite3-${process.versions.electron}.node`);
if (!app.isPackaged && existsSync(electronBinding)) useNativeBinding(electronBinding);

app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);

const settings = new AppSettingsStore(app.getPath('userData'));
const translator = i18next.createInstance();
void translator.init({
  resources: { nl: { translation: catalogues.nl }, en: { translation: catalogues.en } },
  lng: settings.read().language,
  fallbackLng: false,
  initAsync: false,
});

const { handlers, closeAll, closeWindow } = createHandlers({
  appVersion: app.getVersion(),
  settings,
  dialogs: nativeDialogs(
    () => BrowserWindow.getFocusedWindow() ?? undefined,
    () => {
      void translator.changeLanguage(settings.read().language);
      return translator.t;
    },
    () => app.getPath('documents'),
  ),
  examplesDirectory: join(resourcesRoot, 'examples'),
  scratchDirectory: join(app.getPath('userData'), 'examples'),
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

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
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
  window.once('ready-to-show', () => window.show());
  // Edits wait a moment before they are written; let the page write them before the window goes.
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
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
  window.on('closed', () => closeWindow(windowKey));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

ipcMain.handle(IPC_INVOKE, (event, channel: unknown, payload: unknown) => {
  // Only our own pages may call: never a frame that navigated elsewhere.
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
    return { ok: false, error: { code: 'invalid-request', message: 'Refused: unknown sender', params: {} } };
  }
  return dispatch(handlers, channel, payload, { windowKey: String(event.sender.id) });
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(() => {
    hardenApp(app, session.defaultSession);
    serveRenderer();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => closeAll());
}

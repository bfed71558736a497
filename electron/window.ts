import { BrowserWindow, dialog, screen } from 'electron';
import type { TFunction } from 'i18next';
import { join } from 'node:path';
import type { PageCommands } from './pageCommands';
import { APP_ORIGIN } from './security';
import { webPreferences } from './webPreferences';
import { MINIMUM_SIZE, readWindowState, windowBounds, writeWindowState } from './windowState';

export interface AppWindowHooks {
  windowStateFile: string;
  pages: PageCommands;
  t: () => TFunction;
  /** The menu follows the focused window and what it has open. */
  rebuildMenu(): void;
  /** The window is gone: what it had open is closed. */
  closed(windowKey: string): void;
}

/**
 * An app window where it was last (on a screen that is still there), showing the app's page; a
 * plan to open waits for the page to listen. Before it closes, the page writes the edits that wait;
 * a page that keeps edits its file could not take asks first.
 */
export function createAppWindow(hooks: AppWindowHooks, openPath?: string): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const bounds = windowBounds(readWindowState(hooks.windowStateFile), workAreas);
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    webPreferences: webPreferences(join(__dirname, 'preload.cjs')),
  });
  const windowKey = String(window.webContents.id);
  const contentsId = window.webContents.id;
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => hooks.pages.reloading(contentsId));
  window.on('focus', () => hooks.rebuildMenu());
  if (openPath) hooks.pages.send(window, { command: 'openPath', path: openPath });
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    writeWindowState(hooks.windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    event.preventDefault();
    void hooks.pages.flush(window).finally(() => {
      flushed = true;
      window.close();
    });
  });
  // The page refuses to unload while it keeps edits its plan file could not take (a pulled stick).
  window.webContents.on('will-prevent-unload', (event) => {
    const t = hooks.t();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: t('media.closeWarning.title'),
      message: t('media.closeWarning.message'),
      detail: t('media.closeWarning.detail'),
      buttons: [t('media.closeWarning.stay'), t('media.closeWarning.close')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
    else flushed = false;
  });
  window.on('closed', () => {
    hooks.closed(windowKey);
    hooks.pages.forget(contentsId);
    hooks.rebuildMenu();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

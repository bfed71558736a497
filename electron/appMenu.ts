import { BrowserWindow, Menu, type MenuItemConstructorOptions, app, dialog, shell } from 'electron';
import type { TFunction } from 'i18next';
import { existsSync } from 'node:fs';
import type { MenuCommand } from '../src/ipc/menuCommands';
import type { AppSettingsStore } from '../src/storage/appSettings';
import { FORMAT_VERSION } from '../src/storage/migrations';
import type { PlanDocument } from '../src/storage/planDocument';
import { type MenuAction, type MenuSpec, buildMenuTemplate } from './menuTemplate';
import { printWithDialog } from './printDialog';
import { planPrintView } from './printView';

export interface AppMenuHooks {
  t: () => TFunction;
  settings: AppSettingsStore;
  licencesFile: string;
  /** The plan file a window has open (by its web contents' id), or null. */
  openPathFor(windowKey: string): string | null;
  documentFor(windowKey: string): PlanDocument | null;
  sendCommand(window: BrowserWindow, command: MenuCommand): void;
  createWindow(openPath?: string): BrowserWindow;
}

/** The window the menu acts on: the focused one, else the first. */
export function targetWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/**
 * The application menu: rebuilt for the focused window in the interface language; plan actions go
 * to the page, print, about and the plan's folder are the shell's own.
 */
export function appMenu(hooks: AppMenuHooks) {
  const t = () => hooks.t();
  const keyOf = (window: BrowserWindow) => String(window.webContents.id);

  function perform(action: MenuAction): void {
    const window = targetWindow();
    switch (action.kind) {
      case 'renderer':
        if (window) hooks.sendCommand(window, action.command);
        else hooks.createWindow(action.command.command === 'openPath' ? action.command.path : undefined);
        return;
      case 'print':
        if (window) void printPlan(window);
        return;
      case 'about':
        void showAbout(window);
        return;
      case 'planFolder': {
        const path = window ? hooks.openPathFor(keyOf(window)) : null;
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
    const document = hooks.documentFor(keyOf(window));
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
    if (response === 1 && existsSync(hooks.licencesFile)) await shell.openPath(hooks.licencesFile);
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

  return {
    /** The application menu for the focused window, in the interface language. */
    rebuild(): void {
      if (!app.isReady()) return;
      const window = targetWindow();
      const template = buildMenuTemplate({
        t: (key, params) => t()(key, params),
        platform: process.platform,
        development: !app.isPackaged,
        hasPlan: Boolean(window && hooks.openPathFor(keyOf(window))),
        recent: hooks.settings.read().recent.filter((plan) => existsSync(plan.path)),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
    },
  };
}

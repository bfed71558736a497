import type { MenuCommand } from '../src/ipc/menuCommands';

/** What a menu item does, as data: main turns it into a click handler. */
export type MenuAction =
  { kind: 'renderer'; command: MenuCommand } | { kind: 'print' } | { kind: 'about' } | { kind: 'planFolder' };

/** Electron's built-in menu roles the template uses. */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'windowMenu'
  | 'minimize';

/** One menu item as plain data, so the menu is tested without Electron. */
export interface MenuSpec {
  /** A stable id for the items the app acts on (`file.open`…), so tests can find them. */
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  action?: MenuAction;
  submenu?: MenuSpec[];
}

export interface MenuFacts {
  /** Translates a catalogue key in the interface language (i18next's `t`). */
  t: (key: string, params?: Record<string, string>) => string;
  platform: NodeJS.Platform;
  /** Development run (not packaged): reload and developer tools are in the View menu. */
  development: boolean;
  /** Whether the focused window has a plan open (save a copy, export, print, close need one). */
  hasPlan: boolean;
  recent: readonly { path: string; name: string }[];
}

const separator: MenuSpec = { type: 'separator' };

/**
 * The application menu in the interface language. Plan actions go to the renderer, which runs
 * them through the same store actions as its buttons; print, about and the plan's folder are the
 * shell's own.
 */
export function buildMenuTemplate(facts: MenuFacts): MenuSpec[] {
  const template = buildTemplate(facts);
  // Windows and Linux underline the letter after "&" (Alt+letter); macOS has no such mnemonics.
  return facts.platform === 'darwin' ? template.map(withoutMnemonics) : template;
}

function withoutMnemonics(item: MenuSpec): MenuSpec {
  return {
    ...item,
    ...(item.label === undefined ? {} : { label: item.label.replace(/&(?!&)/g, '') }),
    ...(item.submenu ? { submenu: item.submenu.map(withoutMnemonics) } : {}),
  };
}

function buildTemplate({ t, platform, development, hasPlan, recent }: MenuFacts): MenuSpec[] {
  const mac = platform === 'darwin';
  const send = (command: MenuCommand): MenuAction => ({ kind: 'renderer', command });
  const role = (name: MenuRole, key: string, extra: Partial<MenuSpec> = {}): MenuSpec => ({
    role: name,
    label: t(`menu.${key}`),
    ...extra,
  });

  const recentItems: MenuSpec[] = recent.length
    ? recent.map((plan) => ({
        label: (plan.name ? `${plan.name} — ${plan.path}` : plan.path).replace(/&/g, '&&'),
        action: send({ command: 'openPath', path: plan.path }),
      }))
    : [{ label: t('menu.noRecent'), enabled: false }];

  const file: MenuSpec = {
    label: t('menu.file'),
    type: 'submenu',
    submenu: [
      { id: 'file.new', label: t('menu.new'), accelerator: 'CmdOrCtrl+N', action: send({ command: 'new' }) },
      { id: 'file.open', label: t('menu.open'), accelerator: 'CmdOrCtrl+O', action: send({ command: 'open' }) },
      { id: 'file.openRecent', label: t('menu.openRecent'), type: 'submenu', submenu: recentItems },
      separator,
      {
        id: 'file.saveCopy',
        label: t('menu.saveCopy'),
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: hasPlan,
        action: send({ command: 'saveCopy' }),
      },
      {
        id: 'file.encryptedCopy',
        label: t('menu.encryptedCopy'),
        enabled: hasPlan,
        action: send({ command: 'encryptedCopy' }),
      },
      {
        id: 'file.export',
        label: t('menu.export'),
        accelerator: 'CmdOrCtrl+E',
        enabled: hasPlan,
        action: send({ command: 'export' }),
      },
      // The off-line kit is made in the export panel, which this opens.
      { id: 'file.offlineKit', label: t('menu.offlineKit'), enabled: hasPlan, action: send({ command: 'offlineKit' }) },
      separator,
      {
        id: 'file.print',
        label: t('menu.print'),
        accelerator: 'CmdOrCtrl+P',
        enabled: hasPlan,
        action: { kind: 'print' },
      },
      separator,
      {
        id: 'file.close',
        label: t('menu.close'),
        accelerator: 'CmdOrCtrl+W',
        enabled: hasPlan,
        action: send({ command: 'close' }),
      },
      ...(mac ? [] : [separator, role('quit', 'quit')]),
    ],
  };

  const edit: MenuSpec = {
    label: t('menu.edit'),
    type: 'submenu',
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      separator,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      role('selectAll', 'selectAll'),
    ],
  };

  const view: MenuSpec = {
    label: t('menu.view'),
    type: 'submenu',
    submenu: [
      role('zoomIn', 'zoomIn', { accelerator: 'CmdOrCtrl+=' }),
      role('zoomOut', 'zoomOut'),
      role('resetZoom', 'resetZoom'),
      separator,
      role('togglefullscreen', 'fullScreen'),
      ...(development ? [separator, role('reload', 'reload'), role('toggleDevTools', 'devTools')] : []),
    ],
  };

  const help: MenuSpec = {
    label: t('menu.help'),
    type: 'submenu',
    submenu: [
      ...(mac ? [] : [{ id: 'help.about', label: t('menu.about'), action: { kind: 'about' } } satisfies MenuSpec]),
      { id: 'help.planFolder', label: t('menu.planFolder'), enabled: hasPlan, action: { kind: 'planFolder' } },
    ],
  };

  if (!mac) return [file, edit, view, help];
  const appMenu: MenuSpec = {
    label: t('menu.appName'),
    type: 'submenu',
    submenu: [
      { id: 'help.about', label: t('menu.about'), action: { kind: 'about' } },
      separator,
      role('services', 'services'),
      separator,
      role('hide', 'hide'),
      role('hideOthers', 'hideOthers'),
      role('unhide', 'unhide'),
      separator,
      role('quit', 'quit'),
    ],
  };
  const window: MenuSpec = { label: t('menu.window'), type: 'submenu', submenu: [role('minimize', 'minimize')] };
  return [appMenu, file, edit, view, window, help];
}

/** Every catalogue key the template can use (for the catalogue test). */
export const MENU_KEYS = [
  'appName',
  'file',
  'new',
  'open',
  'openRecent',
  'noRecent',
  'saveCopy',
  'encryptedCopy',
  'export',
  'offlineKit',
  'print',
  'close',
  'quit',
  'edit',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'view',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'fullScreen',
  'reload',
  'devTools',
  'window',
  'minimize',
  'help',
  'about',
  'planFolder',
  'services',
  'hide',
  'hideOthers',
  'unhide',
  'aboutTitle',
  'aboutDetail',
  'aboutOk',
  'aboutLicences',
  'printFailed',
] as const;

import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { MENU_KEYS, type MenuSpec, buildMenuTemplate } from '../../electron/menuTemplate';
import { catalogues } from '../../src/i18n/catalogues';

function translator(language: 'nl' | 'en'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: catalogues[language] } },
    lng: language,
    fallbackLng: false,
    initAsync: false,
  });
  return instance.t;
}

type Recent = { path: string; name: string }[];
const facts = { platform: 'win32' as NodeJS.Platform, development: false, hasPlan: true, recent: [] as Recent };
const menu = (language: 'nl' | 'en', extra: Partial<typeof facts> = {}) =>
  buildMenuTemplate({ t: translator(language), ...facts, ...extra });

const labels = (items: MenuSpec[]): string[] =>
  items.flatMap((item) => [...(item.label ? [item.label] : []), ...labels(item.submenu ?? [])]);
const find = (items: MenuSpec[], label: string): MenuSpec => {
  for (const item of items) {
    if (item.label === label) return item;
    const inside = item.submenu && find(item.submenu, label);
    if (inside) return inside;
  }
  return undefined as unknown as MenuSpec;
};

describe('the application menu', () => {
  it('is in Dutch or English, from the catalogues, with no key left untranslated', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const platform of ['win32', 'darwin', 'linux'] as const) {
        const all = labels(menu(language, { platform, development: true }));
        expect(all.filter((label) => label.startsWith('menu.'))).toEqual([]);
      }
    }
    expect(menu('nl').map((item) => item.label)).toEqual(['&Bestand', 'Be&werken', 'Beel&d', '&Help']);
    expect(menu('en').map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('has every key it can use in both catalogues', () => {
    for (const language of ['nl', 'en'] as const) {
      const missing = MENU_KEYS.filter(
        (key) => typeof (catalogues[language].menu as Record<string, unknown> | undefined)?.[key] !== 'string',
      );
      expect(missing, language).toEqual([]);
    }
  });

  it('offers the plan actions in the File menu with the usual shortcuts', () => {
    const [file] = menu('en');
    const items = file!.submenu!.filter((item) => item.type !== 'separator');
    expect(items.map((item) => [item.label, item.accelerator ?? null])).toEqual([
      ['&New plan…', 'CmdOrCtrl+N'],
      ['&Open…', 'CmdOrCtrl+O'],
      ['Open &recent', null],
      ['Save a &copy…', 'CmdOrCtrl+Shift+S'],
      ['Save an &encrypted copy…', null],
      ['&Export…', 'CmdOrCtrl+E'],
      ['Off-line &kit…', null],
      ['&Print…', 'CmdOrCtrl+P'],
      ['C&lose plan', 'CmdOrCtrl+W'],
      ['E&xit', null],
    ]);
    expect(find(menu('en'), '&New plan…').action).toEqual({ kind: 'renderer', command: { command: 'new' } });
    expect(find(menu('en'), '&Print…').action).toEqual({ kind: 'print' });
    expect(find(menu('en'), 'Save an &encrypted copy…').action).toEqual({
      kind: 'renderer',
      command: { command: 'encryptedCopy' },
    });
    expect(find(menu('en'), 'Off-line &kit…')).toMatchObject({
      enabled: true,
      action: { kind: 'renderer', command: { command: 'offlineKit' } },
    });
  });

  it('greys out what needs an open plan when none is open', () => {
    const template = menu('nl', { hasPlan: false });
    for (const label of [
      '&Kopie bewaren…',
      '&Versleutelde kopie bewaren…',
      '&Exporteren…',
      'Off-&linekit…',
      'Af&drukken…',
      'Plan &sluiten',
      'Map van het plan tonen',
    ]) {
      expect(find(template, label).enabled, label).toBe(false);
    }
    expect(find(template, '&Openen…').enabled).toBeUndefined();
    expect(find(menu('nl'), '&Kopie bewaren…').enabled).toBe(true);
  });

  it('lists the recent plans, each opening its file, or says there are none', () => {
    const recent = [
      { path: '/stick/Beekzande.paraat', name: 'Lokaal bestuur Beekzande' },
      { path: '/tmp/R&D.paraat', name: '' },
    ];
    const submenu = find(menu('en', { recent }), 'Open &recent').submenu!;
    expect(submenu.map((item) => item.label)).toEqual([
      'Lokaal bestuur Beekzande — /stick/Beekzande.paraat',
      '/tmp/R&&D.paraat',
    ]);
    expect(submenu[0]!.action).toEqual({
      kind: 'renderer',
      command: { command: 'openPath', path: '/stick/Beekzande.paraat' },
    });
    expect(find(menu('nl'), '&Recent geopend').submenu).toEqual([
      { label: 'Nog geen plannen geopend', enabled: false },
    ]);
  });

  it('shows reload and the developer tools only in a development run', () => {
    const roles = (template: MenuSpec[]) =>
      find(template, '&View')
        .submenu!.map((item) => item.role)
        .filter(Boolean);
    expect(roles(menu('en'))).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(roles(menu('en', { development: true }))).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'reload',
      'toggleDevTools',
    ]);
  });

  it('follows macOS: an app menu with About and Quit, a Window menu, and no Alt-key underlines', () => {
    const template = menu('nl', { platform: 'darwin' });
    expect(template.map((item) => item.label)).toEqual(['Paraat', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(template[0]!.submenu!.map((item) => item.role ?? item.action?.kind ?? item.type)).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(labels(template).filter((label) => /&(?!&)/.test(label))).toEqual([]);
    expect(find(template, 'Bestand').submenu!.some((item) => item.role === 'quit')).toBe(false);
  });

  it('has the About dialog and the plan’s folder in Help on Windows and Linux', () => {
    const help = find(menu('en', { platform: 'linux' }), '&Help').submenu!;
    expect(help.map((item) => [item.label, item.action?.kind])).toEqual([
      ['About Paraat', 'about'],
      ["Show the plan's folder", 'planFolder'],
    ]);
  });
});

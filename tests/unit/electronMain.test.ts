import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webPreferences } from '../../electron/webPreferences';
import { createPlan } from '../builders/planFiles';
// @ts-expect-error -- a plain ESM build script without type declarations
import { mainBundleOptions } from '../../scripts/mainBundle.mjs';

/**
 * The real main process (electron/main.ts, bundled as for the app) run against a stand-in for
 * Electron's API, because Electron's binary cannot run here. It checks the wiring: what happens at
 * start, on a second launch, on menu clicks. The real app is driven by tests/e2e/desktop-shell.spec.ts
 * where the binary exists.
 */
type Listener = (...args: unknown[]) => unknown;

function fakeElectron(userData: string) {
  const on = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(event: string, listener: Listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return this;
      },
      emit: (event: string, ...args: unknown[]) => (listeners.get(event) ?? []).map((listener) => listener(...args)),
    };
  };
  let ready = false;
  let readyResolve: () => void = () => undefined;
  const readyPromise = new Promise<void>((done) => (readyResolve = done));
  const windows: FakeWindow[] = [];
  const sent: { window: number; channel: string; message: unknown }[] = [];
  const recentDocuments: string[] = [];
  const menus: unknown[][] = [];
  const printed: { window: number; options: unknown; html: string }[] = [];
  const printedToPdf: number[] = [];
  let sandboxed = false;
  let exitCode: number | null = null;
  let nextId = 1;

  class FakeWindow {
    readonly id = nextId++;
    readonly events = on();
    readonly webContents = Object.assign(on(), {
      id: this.id + 100,
      send: (channel: string, message: unknown) => sent.push({ window: this.id, channel, message }),
      printToPDF: async () => {
        printedToPdf.push(this.id);
        return Buffer.from('%PDF-1.7 printed by Electron');
      },
      print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
        printed.push({ window: this.id, options, html: this.loadedHtml });
        callback(true, '');
      },
    });
    loadedHtml = '';
    focused = false;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.events.on(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL = async () => undefined;
    loadFile = async (file: string) => {
      this.loadedHtml = readFileSync(file, 'utf8');
    };
    destroy = () => {
      windows.splice(windows.indexOf(this), 1);
    };
    /** As Electron closes a window: 'close' may be prevented, else the window goes. */
    close = () => {
      let prevented = false;
      this.events.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroy();
      this.events.emit('closed');
    };
    maximize = () => undefined;
    isMinimized = () => false;
    restore = () => undefined;
    show = () => undefined;
    focus = () => {
      for (const window of windows) window.focused = window === this;
    };
    isFocused = () => this.focused;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 });
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows.find((window) => window.focused) ?? null;
    static fromId = (id: number) => windows.find((window) => window.id === id) ?? null;
  }

  const app = Object.assign(on(), {
    isPackaged: false,
    setPath: () => undefined,
    getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
    getAppPath: () => resolve('.'),
    getVersion: () => '0.1.0',
    enableSandbox: () => {
      sandboxed = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => readyPromise,
    isReady: () => ready,
    quit: () => undefined,
    exit: (code: number) => {
      exitCode = code;
    },
    addRecentDocument: (path: string) => recentDocuments.push(path),
  });
  const ipcMain = Object.assign(on(), {
    handlers: new Map<string, Listener>(),
    handle(channel: string, handler: Listener) {
      this.handlers.set(channel, handler);
    },
  });
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const electron = {
    app,
    ipcMain,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => menus.push(menu),
    },
    dialog: {},
    net: {},
    shell: {},
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    session: {
      fromPartition: () => ({ webRequest: { onBeforeRequest: () => undefined } }),
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: () => undefined },
      },
    },
  };
  return {
    electron,
    windows,
    sent,
    recentDocuments,
    menus,
    printed,
    printedToPdf,
    sandboxed: () => sandboxed,
    exitCode: () => exitCode,
    becomeReady: async () => {
      ready = true;
      readyResolve();
      await readyPromise;
      await new Promise((done) => setTimeout(done, 0));
    },
  };
}

type Fake = ReturnType<typeof fakeElectron>;

let bundle: string;
let bundleDir: string;
let scratch: string;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'paraat-main-'));
  // Inside the project, so the bundle finds better-sqlite3 in node_modules as the app does.
  mkdirSync('node_modules/.cache', { recursive: true });
  // By its real path: require's cache is keyed by it (node_modules may be a link to another checkout).
  bundleDir = realpathSync(mkdtempSync(resolve('node_modules/.cache/paraat-main-')));
  bundle = join(bundleDir, 'main.cjs');
  await build({ ...mainBundleOptions, entryPoints: ['electron/main.ts'], outfile: bundle, logLevel: 'error' });
}, 60_000);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

/** Loads the main process as Electron would, with `argv` as its command line. */
function startMain(argv: string[]): Fake {
  const fake = fakeElectron(mkdtempSync(join(scratch, 'userData-')));
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const originalArgv = process.argv;
  loader._load = (request, ...rest) => (request === 'electron' ? fake.electron : original(request, ...rest));
  process.argv = argv;
  try {
    const require = createRequire(import.meta.url);
    delete require.cache[bundle];
    require(bundle);
  } finally {
    loader._load = original;
    process.argv = originalArgv;
  }
  return fake;
}

const fromApp = (window: Fake['windows'][number]) => ({
  sender: window.webContents,
  senderFrame: { url: 'app://paraat/index.html' },
});
const labels = (menu: unknown[]) => (menu as { label?: string }[]).map((item) => item.label);
type Item = { id?: string; click?: () => void; submenu?: Item[] };
const find = (items: Item[], id: string): Item | undefined =>
  items.map((item) => (item.id === id ? item : find(item.submenu ?? [], id))).find(Boolean);
/** The file dialogs answer `path`, as a user choosing that place would. */
const answerSaveDialog = (fake: Fake, path: string) =>
  Object.assign(fake.electron.dialog, { showSaveDialog: async () => ({ canceled: false, filePath: path }) });

describe('the main process', () => {
  it('opens a plan given on the command line once the page listens, with the menu in the interface language', async () => {
    const plan = createPlan(scratch, { fileName: 'Beekzande.paraat' });
    const fake = startMain(['/opt/Paraat/paraat', plan]);
    await fake.becomeReady();
    expect(fake.windows).toHaveLength(1);
    expect(labels(fake.menus.at(-1)!)).toEqual(
      process.platform === 'darwin'
        ? ['Paraat', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']
        : ['&Bestand', 'Be&werken', 'Beel&d', '&Help'],
    );
    // Nothing is sent before the page says it listens…
    expect(fake.sent).toEqual([]);
    fake.electron.ipcMain.emit('paraat:menu-ready', fromApp(fake.windows[0]!));
    // …then the waiting command arrives.
    expect(fake.sent).toEqual([
      { window: fake.windows[0]!.id, channel: 'paraat:menu-command', message: { command: 'openPath', path: plan } },
    ]);
  });

  it('sends a second launch’s plan to the running window, adds opened plans to the OS’s recent documents and updates the menu', async () => {
    const plan = createPlan(scratch, { fileName: 'Tweede.paraat' });
    const fake = startMain(['/opt/Paraat/paraat']);
    await fake.becomeReady();
    const [window] = fake.windows;
    fake.electron.ipcMain.emit('paraat:menu-ready', fromApp(window!));
    fake.electron.app.emit('second-instance', {}, ['/opt/Paraat/paraat', 'Tweede.paraat'], scratch);
    expect(fake.windows).toHaveLength(1);
    expect(fake.sent.at(-1)).toMatchObject({ message: { command: 'openPath', path: plan } });

    // The renderer opens it through the contract, as its own buttons do.
    const invoke = fake.electron.ipcMain.handlers.get('paraat:invoke')!;
    const menusBefore = fake.menus.length;
    const envelope = await invoke(fromApp(window!), 'plan.open', { path: plan });
    expect(envelope).toMatchObject({ ok: true, value: { fileName: 'Tweede.paraat' } });
    expect(fake.recentDocuments).toEqual([plan]);
    expect(fake.menus.length).toBeGreaterThan(menusBefore);

    // A page from elsewhere gets nothing.
    expect(
      await invoke(
        { sender: window!.webContents, senderFrame: { url: 'https://evil.example/' } },
        'plan.current',
        undefined,
      ),
    ).toMatchObject({ ok: false });
    await invoke(fromApp(window!), 'plan.close', undefined);
  });

  it('turns menu clicks into page commands, and prints the whole open plan through the OS print dialog', async () => {
    const fake = startMain(['/opt/Paraat/paraat']);
    await fake.becomeReady();
    const [window] = fake.windows;
    fake.electron.ipcMain.emit('paraat:menu-ready', fromApp(window!));
    find(fake.menus.at(-1) as Item[], 'file.open')!.click!();
    expect(fake.sent.at(-1)).toEqual({
      window: window!.id,
      channel: 'paraat:menu-command',
      message: { command: 'open' },
    });

    // Print… prints the whole open plan (its print view), not the window, through the OS dialog.
    const plan = createPlan(scratch, { fileName: 'Afdruk.paraat', organisation: { name: 'Lokaal bestuur Beekzande' } });
    await fake.electron.ipcMain.handlers.get('paraat:invoke')!(fromApp(window!), 'plan.open', { path: plan });
    find(fake.menus.at(-1) as Item[], 'file.print')!.click!();
    await expect.poll(() => fake.printed.length).toBe(1);
    expect(fake.printed[0]!.window).not.toBe(window!.id);
    expect(fake.printed[0]!.options).toMatchObject({ silent: false });
    expect(fake.printed[0]!.html).toContain('Lokaal bestuur Beekzande');
    expect(fake.windows).toEqual([window]);
    await fake.electron.ipcMain.handlers.get('paraat:invoke')!(fromApp(window!), 'plan.close', undefined);
  });

  it('asks before a window that keeps unsaved edits (its plan file unreachable) is closed, and closes only when the user says so', async () => {
    const fake = startMain(['/opt/Paraat/paraat']);
    await fake.becomeReady();
    const [window] = fake.windows;
    const asked: { message: string; buttons: string[] }[] = [];
    let answer = 0;
    Object.assign(fake.electron.dialog, {
      showMessageBoxSync: (_window: unknown, options: { message: string; buttons: string[] }) => {
        asked.push(options);
        return answer;
      },
    });
    const unload = () => {
      let closes = false;
      window!.webContents.emit('will-prevent-unload', { preventDefault: () => (closes = true) });
      return closes;
    };
    expect(unload()).toBe(false);
    expect(asked[0]).toMatchObject({
      message: expect.stringContaining('niet opgeslagen'),
      buttons: ['Venster openhouden', 'Sluiten en wijzigingen verliezen'],
    });
    answer = 1;
    expect(unload()).toBe(true);
  });

  it('runs every window sandboxed, isolated and without Node, and prints PDFs with Electron’s own printer', async () => {
    const fake = startMain(['/opt/Paraat/paraat']);
    await fake.becomeReady();
    expect(fake.sandboxed()).toBe(true);
    const [window] = fake.windows;
    expect(window!.options.webPreferences).toEqual(webPreferences(join(bundleDir, 'preload.cjs')));

    const invoke = fake.electron.ipcMain.handlers.get('paraat:invoke')!;
    const plan = createPlan(scratch, { fileName: 'Kaart.paraat', organisation: { name: 'Lokaal bestuur Beekzande' } });
    await invoke(fromApp(window!), 'plan.open', { path: plan });
    const card = join(scratch, 'Noodkaart.pdf');
    answerSaveDialog(fake, card);
    expect(await invoke(fromApp(window!), 'export.card', { language: 'nl', includePrivate: false })).toMatchObject({
      ok: true,
      value: { path: card },
    });
    // Printed in a window of its own by Electron, not by a Chromium found on the machine.
    expect(fake.printedToPdf).toHaveLength(1);
    expect(readFileSync(card, 'latin1')).toBe('%PDF-1.7 printed by Electron');
    await invoke(fromApp(window!), 'plan.close', undefined);
  });

  it('copies the portable program electron-builder names (PORTABLE_EXECUTABLE_FILE) into the off-line kit', async () => {
    const program = join(scratch, 'Paraat 1.0.0.exe');
    writeFileSync(program, 'MZ the portable program');
    process.env.PORTABLE_EXECUTABLE_FILE = program;
    let fake: Fake;
    try {
      fake = startMain(['/opt/Paraat/paraat']);
    } finally {
      delete process.env.PORTABLE_EXECUTABLE_FILE;
    }
    await fake.becomeReady();
    const [window] = fake.windows;
    const invoke = fake.electron.ipcMain.handlers.get('paraat:invoke')!;
    const plan = createPlan(scratch, {
      fileName: 'Draagbaar.paraat',
      organisation: { name: 'Lokaal bestuur Beekzande' },
    });
    await invoke(fromApp(window!), 'plan.open', { path: plan });
    const kit = join(mkdtempSync(join(scratch, 'stick-')), 'Noodkit');
    answerSaveDialog(fake, kit);
    const answer = await invoke(fromApp(window!), 'export.encryptedKit', {
      language: 'en',
      passphrase: 'lente in Beekzande 2026',
      documents: 'none',
    });
    expect(answer).toMatchObject({ ok: true, value: { files: expect.arrayContaining(['Paraat 1.0.0.exe']) } });
    expect(readFileSync(join(kit, 'Paraat 1.0.0.exe'), 'utf8')).toBe('MZ the portable program');
    await invoke(fromApp(window!), 'plan.close', undefined);
  });

  it('opens the licence texts beside the main process from Help → About', async () => {
    const licences = join(bundleDir, 'THIRD-PARTY-LICENCES.txt');
    writeFileSync(licences, 'better-sqlite3 MIT');
    const fake = startMain(['/opt/Paraat/paraat']);
    await fake.becomeReady();
    const opened: string[] = [];
    Object.assign(fake.electron.dialog, { showMessageBox: async () => ({ response: 1 }) });
    Object.assign(fake.electron.shell, { openPath: async (path: string) => void opened.push(path) });
    find(fake.menus.at(-1) as Item[], 'help.about')!.click!();
    await expect.poll(() => opened).toEqual([licences]);
  });

  it('lets the page write the edits that wait before its window closes', async () => {
    const fake = startMain(['/opt/Paraat/paraat']);
    await fake.becomeReady();
    const [window] = fake.windows;
    fake.electron.ipcMain.emit('paraat:menu-ready', fromApp(window!));
    window!.close();
    // The window stays until the page says its edits are written.
    expect(fake.windows).toEqual([window]);
    expect(fake.sent.at(-1)).toEqual({
      window: window!.id,
      channel: 'paraat:menu-command',
      message: { command: 'flush' },
    });
    fake.electron.ipcMain.emit('paraat:flushed', fromApp(window!));
    await expect.poll(() => fake.windows).toEqual([]);

    // A page that does not listen (still loading) has nothing to write: its window closes at once.
    const other = startMain(['/opt/Paraat/paraat']);
    await other.becomeReady();
    other.windows[0]!.close();
    await expect.poll(() => other.windows).toEqual([]);
    expect(other.sent).toEqual([]);
  });

  it('runs the self-check instead of the app when asked, and exits with its result', async () => {
    const fake = startMain(['/opt/Paraat/paraat', '--paraat-self-check']);
    expect(fake.exitCode()).toBe(0);
    await fake.becomeReady();
    expect(fake.windows).toHaveLength(0);
  });
});

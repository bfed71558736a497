import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPlanPath, planPathFromArgv } from '../../electron/fileArguments';
import { nativeBindingPath, userDataOverride } from '../../electron/nativeBinding';
import { routeOpenRequest } from '../../electron/secondInstance';
import { runSelfCheck } from '../../electron/selfCheck';
import { DEFAULT_SIZE, readWindowState, windowBounds, writeWindowState } from '../../electron/windowState';
import { parseMenuCommand } from '../../src/ipc/menuCommands';
// @ts-expect-error -- a plain ESM build script without type declarations
import { electronBindingPath } from '../../scripts/native.mjs';

describe('a plan file given on the command line', () => {
  it('is found when Windows starts Paraat for a double-clicked file', () => {
    expect(
      planPathFromArgv(['C:\\Program Files\\Paraat\\Paraat.exe', 'D:\\Plan\\Beekzande.paraat'], 'C:\\', 'win32'),
    ).toBe('D:\\Plan\\Beekzande.paraat');
    expect(planPathFromArgv(['/opt/Paraat/paraat', '/media/stick/Beekzande.PARAAT'], '/home/eline')).toBe(
      '/media/stick/Beekzande.PARAAT',
    );
  });

  it('is resolved against the folder the second launch was started from', () => {
    expect(planPathFromArgv(['/opt/Paraat/paraat', 'plans/Beekzande.paraat'], '/home/eline', 'linux')).toBe(
      '/home/eline/plans/Beekzande.paraat',
    );
    expect(planPathFromArgv(['C:\\Paraat\\Paraat.exe', 'Beekzande.paraat'], 'E:\\Plan', 'win32')).toBe(
      'E:\\Plan\\Beekzande.paraat',
    );
  });

  it('is not confused with switches, the app folder of a development run or other files', () => {
    expect(
      planPathFromArgv(['/usr/bin/electron', '--inspect=0', '/work/paraat', '--remote-debugging-port=0'], '/'),
    ).toBeNull();
    expect(planPathFromArgv(['/opt/Paraat/paraat', '--allow-file-access-from-files', 'notes.txt'], '/')).toBeNull();
    expect(planPathFromArgv(['/opt/Paraat/paraat', '--open=evil.paraat'], '/')).toBeNull();
    expect(planPathFromArgv(['/opt/Paraat/paraat.paraat'], '/')).toBeNull();
    expect(planPathFromArgv(['/opt/Paraat/paraat', '/a/old.paraat', '/b/new.paraat'], '/')).toBe('/b/new.paraat');
    expect(isPlanPath('/Users/eline/Beekzande.paraat')).toBe(true);
    expect(isPlanPath('/Users/eline/Beekzande.paraat.docx')).toBe(false);
  });

  it('also opens a double-clicked encrypted copy of a plan', () => {
    expect(planPathFromArgv(['C:\\Paraat\\Paraat.exe', 'E:\\Noodkit\\Beekzande.paraatx'], 'C:\\', 'win32')).toBe(
      'E:\\Noodkit\\Beekzande.paraatx',
    );
    expect(isPlanPath('/media/stick/Beekzande.PARAATX')).toBe(true);
    expect(isPlanPath('/media/stick/Beekzande.paraatx.zip')).toBe(false);
  });
});

describe('opening a plan while Paraat already runs', () => {
  const windows = [
    { id: 1, planPath: '/stick/Beekzande.paraat', focused: false },
    { id: 2, planPath: '/home/eline/copy.paraat', focused: true },
  ];

  it('brings the window that already has the plan to the front instead of opening it twice', () => {
    expect(routeOpenRequest('/stick/Beekzande.paraat', windows, 'linux')).toEqual({ action: 'focus', windowId: 1 });
    expect(routeOpenRequest('/stick/./Beekzande.paraat', windows, 'linux')).toEqual({ action: 'focus', windowId: 1 });
  });

  it('treats a differently capitalised path as the same plan on Windows and macOS, not on Linux', () => {
    expect(routeOpenRequest('/STICK/beekzande.paraat', windows, 'win32')).toEqual({ action: 'focus', windowId: 1 });
    expect(routeOpenRequest('/STICK/beekzande.paraat', windows, 'linux')).toEqual({ action: 'open', windowId: 2 });
  });

  it('opens another plan in a window without a plan, else in the window the user is in', () => {
    expect(routeOpenRequest('/other.paraat', [...windows, { id: 3, planPath: null, focused: false }], 'linux')).toEqual(
      { action: 'open', windowId: 3 },
    );
    expect(routeOpenRequest('/other.paraat', windows, 'linux')).toEqual({ action: 'open', windowId: 2 });
    expect(
      routeOpenRequest(
        '/other.paraat',
        windows.map((w) => ({ ...w, focused: false })),
        'linux',
      ),
    ).toEqual({ action: 'open', windowId: 1 });
  });

  it('brings Paraat to the front for a second launch without a file, and opens a window when none is left', () => {
    expect(routeOpenRequest(null, windows, 'linux')).toEqual({ action: 'focus', windowId: 2 });
    expect(routeOpenRequest('/other.paraat', [], 'linux')).toEqual({ action: 'new-window' });
    expect(routeOpenRequest(null, [], 'linux')).toEqual({ action: 'new-window' });
  });
});

describe('the window size and position', () => {
  const folder = mkdtempSync(join(tmpdir(), 'paraat-window-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const monitor = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('is remembered between runs', () => {
    const file = join(folder, 'profile', 'window-state.json');
    writeWindowState(file, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(windowBounds(readWindowState(file), [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('starts centred at the default size the first time or when the remembered state is damaged', () => {
    const file = join(folder, 'damaged.json');
    writeFileSync(file, '{"x": "left"');
    expect(readWindowState(file)).toBeNull();
    expect(readWindowState(join(folder, 'absent.json'))).toBeNull();
    expect(windowBounds(null, [laptop])).toEqual({ x: 320, y: 90, ...DEFAULT_SIZE, maximized: false });
  });

  it('comes back to the laptop screen when the second monitor it was on is not connected', () => {
    const onMonitor = { x: 2200, y: 100, width: 1600, height: 1000, maximized: false };
    expect(windowBounds(onMonitor, [laptop, monitor])).toEqual({ ...onMonitor, maximized: false });
    expect(windowBounds(onMonitor, [laptop])).toEqual({ x: 320, y: 90, ...DEFAULT_SIZE, maximized: false });
  });

  it('shrinks to a smaller screen and keeps its title bar reachable', () => {
    const big = { x: -50, y: -20, width: 2400, height: 1300, maximized: false };
    expect(windowBounds(big, [laptop])).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
    const halfOff = { x: 1700, y: 900, width: 1000, height: 700, maximized: false };
    expect(windowBounds(halfOff, [laptop])).toEqual({ x: 920, y: 340, width: 1000, height: 700, maximized: false });
  });

  it('never writes where the profile cannot be written', () => {
    const notAFolder = join(folder, 'a-file');
    writeFileSync(notAFolder, '');
    expect(() =>
      writeWindowState(join(notAFolder, 'window-state.json'), {
        x: 0,
        y: 0,
        width: 800,
        height: 600,
        maximized: false,
      }),
    ).not.toThrow();
  });
});

describe('the packaged app’s native module and profile', () => {
  it('loads better-sqlite3 for Electron from beside the asar when packaged, from native/electron in a checkout', () => {
    expect(
      nativeBindingPath({
        isPackaged: true,
        appPath: '/opt/Paraat/resources/app.asar',
        resourcesPath: '/opt/Paraat/resources',
        electronVersion: '45.4.1',
      }),
    ).toBe(join('/opt/Paraat/resources', 'app.asar.unpacked', 'native', 'electron', 'better_sqlite3-45.4.1.node'));
    expect(
      nativeBindingPath({ isPackaged: false, appPath: '/work/paraat', resourcesPath: '/x', electronVersion: '45.4.1' }),
    ).toBe(join('/work/paraat', 'native', 'electron', 'better_sqlite3-45.4.1.node'));
    // The same file scripts/native.mjs builds and the builder configuration packs.
    expect(
      nativeBindingPath({ isPackaged: false, appPath: '/work/paraat', resourcesPath: '/x', electronVersion: '45.4.1' }),
    ).toBe(join('/work/paraat', electronBindingPath('45.4.1')));
  });

  it('keeps the portable build’s profile on the USB stick beside the program', () => {
    expect(userDataOverride({ PORTABLE_EXECUTABLE_DIR: 'E:\\Paraat' })).toBe(join('E:\\Paraat', 'Paraat-data'));
    expect(userDataOverride({ PARAAT_USER_DATA: '/tmp/e2e', PORTABLE_EXECUTABLE_DIR: 'E:\\Paraat' })).toBe('/tmp/e2e');
    expect(userDataOverride({})).toBeNull();
  });

  it('has a self-check that writes, reopens and reads a plan (run on the packaged app by npm run dist)', () => {
    expect(runSelfCheck()).toMatchObject({ ok: true });
  });
});

describe('menu commands reaching the page', () => {
  it('pass only the known commands, and a path only with openPath', () => {
    expect(parseMenuCommand({ command: 'saveCopy' })).toEqual({ command: 'saveCopy' });
    expect(parseMenuCommand({ command: 'saveCopy', path: '/x.paraat' })).toEqual({ command: 'saveCopy' });
    expect(parseMenuCommand({ command: 'openPath', path: '/stick/Beekzande.paraat' })).toEqual({
      command: 'openPath',
      path: '/stick/Beekzande.paraat',
    });
    expect(parseMenuCommand({ command: 'openPath' })).toBeNull();
    expect(parseMenuCommand({ command: 'openPath', path: 42 })).toBeNull();
    expect(parseMenuCommand({ command: 'eval', path: 'x' })).toBeNull();
    expect(parseMenuCommand('open')).toBeNull();
    expect(parseMenuCommand(null)).toBeNull();
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths } from '../../electron/appPaths';
import { nativeBindingPath } from '../../electron/nativeBinding';
// @ts-expect-error -- a plain ESM build script without type declarations
import { collectLicences, licencesText } from '../../scripts/licences.mjs';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- electron-builder's configuration, as it loads it
const config: any = require('../../electron-builder.config.cjs');
const electronVersion: string = JSON.parse(readFileSync('node_modules/electron-api/package.json', 'utf8')).version;

type Target = { target: string; arch: string[] };
const targets = (platform: 'win' | 'mac' | 'linux') => (config[platform].target as Target[]).map((t) => t.target);

describe('the installers electron-builder makes', () => {
  it('builds a Windows installer and a portable program, a macOS dmg, a Linux AppImage and deb', () => {
    expect(targets('win')).toEqual(['nsis', 'portable']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(config).toMatchObject({
      appId: 'be.paraat.app',
      productName: 'Paraat',
      directories: { output: 'release', buildResources: 'build' },
    });
  });

  it('installs on Windows for the current user only, without asking for admin rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('associates .paraat files with Paraat as their editor, with their own icon', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'paraat', role: 'Editor', mimeType: 'application/x-paraat', icon: 'paraat-file' }),
      // An encrypted copy on a stick opens by double-click too, read-only after its passphrase.
      expect.objectContaining({ ext: 'paraatx', role: 'Viewer', mimeType: 'application/x-paraat-encrypted' }),
    ]);
    for (const file of ['build/paraat-file.ico', 'build/paraat-file.icns']) expect(existsSync(file), file).toBe(true);
  });

  it('packs the renderer, the main process, the example plans and better-sqlite3 built for Electron', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/renderer/**/*', 'dist-electron/**/*']));
    expect(config.extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: ['**/*'] },
      { from: 'dist-electron/THIRD-PARTY-LICENCES.txt', to: 'THIRD-PARTY-LICENCES.txt' },
    ]);
    // The About dialog opens the licences from there.
    const packagedPaths = appPaths({
      isPackaged: true,
      appPath: '/x/app.asar',
      resourcesPath: '/x',
      mainDirectory: '/x/app.asar/dist-electron',
      electronVersion,
    });
    expect(packagedPaths.licencesFile).toBe(join('/x', config.extraResources[1].to));
    expect(packagedPaths.resourcesRoot).toBe(join('/x', config.extraResources[0].to));
    // The Electron build of better-sqlite3 is packed where the packaged main process looks for it…
    const packaged = nativeBindingPath({
      isPackaged: true,
      appPath: '/x/app.asar',
      resourcesPath: '/x',
      electronVersion,
    });
    const inApp = relative(join('/x', 'app.asar.unpacked'), packaged).split('\\').join('/');
    expect(config.files).toContain(inApp);
    // …outside the asar archive, because the OS cannot load a library from inside it.
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['native/**/*.node', '**/node_modules/better-sqlite3/**/*.node']),
    );
    // The Node build (for tests and the CLI) stays out: it would not load in Electron.
    expect(config.files).toContain('!node_modules/better-sqlite3/{deps,src,build}/**/*');
    expect(config.files.some((pattern: string) => pattern.startsWith('!') && pattern.includes('electron,'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('locks the Electron binary down with fuses and never publishes or checks for updates', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.publish).toBeNull();
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(Object.keys(packageJson.dependencies)).not.toContain('electron-updater');
    expect(config.electronVersion).toBe(electronVersion);
  });

  it('names one publisher throughout, with a project address as the Linux package maintainer and no placeholder left', () => {
    expect(config.copyright).toMatch(/Paraat contributors$/);
    expect(config.linux.maintainer).toBe('Paraat contributors <maintainers@paraat.be>');
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    const placeholders = strings(config).filter((text) =>
      /example\.(com|org|net|invalid)|\.invalid\b|\b(todo|fixme|placeholder|changeme)\b/i.test(text),
    );
    expect(placeholders).toEqual([]);
  });

  it('is accepted by electron-builder’s own configuration check', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    const resolved = await getConfig(process.cwd(), 'electron-builder.config.cjs', null);
    await expect(validateConfiguration(resolved, new DebugLogger(false))).resolves.toBeUndefined();
    // The check itself can fail: a misspelt option is refused.
    await expect(
      validateConfiguration({ ...resolved, nsis: { ...resolved.nsis, perMachien: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/nsis/);
  }, 30_000);
});

describe('the icon set', () => {
  it('has a Windows icon with the sizes Explorer and the taskbar use, up to 256 px', () => {
    const ico = readFileSync('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS icon up to 1024 px and Linux PNGs in the sizes desktops ask for', () => {
    const icns = readFileSync('build/icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(`build/icons/${size}x${size}.png`);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe('the licences of the bundled dependencies', () => {
  const root = mkdtempSync(join(tmpdir(), 'paraat-licences-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const pkg = (dir: string, json: object, licence?: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(json));
    if (licence) writeFileSync(join(dir, 'LICENSE.md'), licence);
  };

  it('lists every production dependency, transitively, with its licence text, and no development tools', () => {
    pkg(root, {
      name: 'app',
      version: '1.0.0',
      dependencies: { alpha: '1' },
      optionalDependencies: { absent: '1', electron: '1' },
      devDependencies: { tool: '1' },
    });
    pkg(
      join(root, 'node_modules', 'alpha'),
      { name: 'alpha', version: '1.2.0', license: 'MIT', dependencies: { beta: '2' } },
      'MIT text of alpha',
    );
    pkg(join(root, 'node_modules', 'alpha', 'node_modules', 'beta'), {
      name: 'beta',
      version: '2.0.0',
      license: { type: 'ISC' },
    });
    pkg(join(root, 'node_modules', 'beta'), { name: 'beta', version: '1.0.0', license: 'Apache-2.0' }, 'Apache text');
    pkg(join(root, 'node_modules', 'electron'), { name: 'electron', version: '45.0.0', license: 'MIT' });
    pkg(join(root, 'node_modules', 'tool'), { name: 'tool', version: '9.0.0', license: 'GPL-3.0' });

    const entries = collectLicences(root, { exclude: ['electron'] });
    expect(entries).toEqual([
      { name: 'alpha', version: '1.2.0', licence: 'MIT', text: 'MIT text of alpha' },
      // alpha's own beta (2.0.0), not the one at the top (nobody in production uses that).
      { name: 'beta', version: '2.0.0', licence: 'ISC', text: null },
    ]);
    const text = licencesText(entries, { product: 'Paraat', version: '1.0.0', licence: 'MIT' });
    expect(text).toContain('Paraat 1.0.0 is released under the MIT licence.');
    expect(text).toContain('alpha 1.2.0 — MIT');
    expect(text).toContain('MIT text of alpha');
    expect(text).toContain('its package.json declares: ISC');
  });

  it('refuses to build when a production dependency is not installed', () => {
    const broken = join(root, 'broken');
    pkg(broken, { name: 'app', version: '1.0.0', dependencies: { missing: '1' } });
    expect(() => collectLicences(broken)).toThrow(/missing is not installed/);
  });

  it('covers what Paraat really ships', () => {
    const entries: { name: string; licence: string; text: string | null }[] = collectLicences(process.cwd(), {
      exclude: ['electron'],
    });
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['better-sqlite3', 'react', 'docx', 'zod', 'i18next']));
    expect(names).not.toContain('vitest');
    expect(names).not.toContain('electron-builder');
    expect(entries.find((entry) => entry.name === 'better-sqlite3')).toMatchObject({
      licence: 'MIT',
      text: expect.stringContaining('Permission is hereby granted'),
    });
  });
});

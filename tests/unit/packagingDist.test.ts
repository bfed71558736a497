import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM build script without type declarations
import { electronInfo } from '../../scripts/electron-info.mjs';
// @ts-expect-error -- a plain ESM build script without type declarations
import { chooseTarget } from '../../scripts/dist.mjs';

describe('npm run dist', () => {
  it('builds for the OS it runs on, or the one named when that is the same', () => {
    expect(chooseTarget([], 'win32')).toEqual({ ok: true, platform: 'win32' });
    expect(chooseTarget(['win'], 'win32')).toEqual({ ok: true, platform: 'win32' });
    expect(chooseTarget(['--mac'], 'darwin')).toEqual({ ok: true, platform: 'darwin' });
    expect(chooseTarget(['linux'], 'linux')).toEqual({ ok: true, platform: 'linux' });
  });

  it('refuses another OS with the reason, because better-sqlite3 is native', () => {
    expect(chooseTarget(['win'], 'linux')).toEqual({
      ok: false,
      message: expect.stringMatching(/Cannot build for Windows on Linux: better-sqlite3 is a native module/),
    });
    expect(chooseTarget(['amiga'], 'linux')).toEqual({
      ok: false,
      message: expect.stringMatching(/Unknown target amiga/),
    });
  });

  const electron = electronInfo();
  it.skipIf(electron.available)('says plainly that Electron is missing instead of failing obscurely', () => {
    const result = spawnSync(process.execPath, ['scripts/dist.mjs'], { encoding: 'utf8', timeout: 240_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[dist] Cannot build the installers here. Electron');
    expect(result.stderr).toContain('`npm install`, then `npm run dist`');
    // Nothing was built on the way to that message.
    expect(result.stdout).not.toContain('electron-builder');
  });
  if (electron.available)
    console.log(
      '[packagingDist] Electron is installed: `npm run dist` would really build, so its refusal is not tested here.',
    );
});

import { join } from 'node:path';

/**
 * Where better-sqlite3 built for Electron's ABI is. In a checkout: native/electron/ beside the
 * sources (scripts/native.mjs). Packaged: the same relative path inside the app, unpacked from the
 * asar (electron-builder.config.cjs `asarUnpack`), because the OS cannot load a library from an
 * archive.
 */
export function nativeBindingPath(facts: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  electronVersion: string;
}): string {
  const relative = join('native', 'electron', `better_sqlite3-${facts.electronVersion}.node`);
  return facts.isPackaged ? join(facts.resourcesPath, 'app.asar.unpacked', relative) : join(facts.appPath, relative);
}

/**
 * The profile folder when it is not the OS default: the tests' PARAAT_USER_DATA, or, for the
 * portable Windows build run from a USB stick, a folder beside the .exe on the stick, so a borrowed
 * laptop keeps nothing of the plan's recent files or window size.
 */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.PARAAT_USER_DATA) return env.PARAAT_USER_DATA;
  if (env.PORTABLE_EXECUTABLE_DIR) return join(env.PORTABLE_EXECUTABLE_DIR, 'Paraat-data');
  return null;
}

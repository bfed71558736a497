import { join } from 'node:path';
import { nativeBindingPath } from './nativeBinding';

/** Where the app finds its parts, in a checkout and packaged (electron-builder.config.cjs). */
export function appPaths(facts: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  /** The folder of the bundled main process (dist-electron/). */
  mainDirectory: string;
  electronVersion: string;
}) {
  return {
    rendererRoot: join(facts.appPath, 'dist', 'renderer'),
    /** The example plans. */
    resourcesRoot: facts.isPackaged ? join(facts.resourcesPath, 'resources') : join(facts.appPath, 'resources'),
    /** The licence texts the About dialog opens (scripts/build-electron.mjs writes them beside the main bundle). */
    licencesFile: facts.isPackaged
      ? join(facts.resourcesPath, 'THIRD-PARTY-LICENCES.txt')
      : join(facts.mainDirectory, 'THIRD-PARTY-LICENCES.txt'),
    /** better-sqlite3 for Electron's ABI. */
    electronBinding: nativeBindingPath(facts),
  };
}

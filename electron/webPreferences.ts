import type { WebPreferences } from 'electron';

/**
 * The web preferences of every app window: the page runs isolated from the preload, in the
 * sandbox, without Node; web security stays on. The preload is the page's only door.
 */
export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: true,
  };
}

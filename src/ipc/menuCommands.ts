/**
 * What the application menu asks the interface to do. The menu lives in the main process; the
 * plan actions run in the renderer through the same store actions as its buttons. The preload
 * passes on only these commands.
 */
export const MENU_COMMANDS = [
  'new',
  'open',
  'openPath',
  'saveCopy',
  'encryptedCopy',
  'export',
  'offlineKit',
  'close',
  /** Not from the menu: the window is closing; the page writes the edits that wait, then says so. */
  'flush',
] as const;

export type MenuCommandName = (typeof MENU_COMMANDS)[number];

export interface MenuCommand {
  command: MenuCommandName;
  /** For `openPath`: the plan file to open (recent files, a double-clicked file). */
  path?: string;
}

/** The message as it arrives over IPC, checked: anything else is dropped. */
export function parseMenuCommand(message: unknown): MenuCommand | null {
  if (typeof message !== 'object' || message === null) return null;
  const { command, path } = message as { command?: unknown; path?: unknown };
  if (typeof command !== 'string' || !(MENU_COMMANDS as readonly string[]).includes(command)) return null;
  if (command === 'openPath') {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096) return null;
    return { command, path };
  }
  return { command: command as MenuCommandName };
}

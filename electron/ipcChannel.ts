/** The single Electron IPC channel that carries every contract call. */
export const IPC_INVOKE = 'paraat:invoke';

/** Main → renderer: a command from the application menu or the OS (see src/ipc/menuCommands.ts). */
export const IPC_MENU_COMMAND = 'paraat:menu-command';

/** Renderer → main: the page listens for menu commands now; main sends what waited for it. */
export const IPC_MENU_READY = 'paraat:menu-ready';

/** Renderer → main: the page wrote the edits that waited (answer to the `flush` command); the window may close. */
export const IPC_FLUSHED = 'paraat:flushed';

/** The single Electron IPC channel that carries every contract call. */
export const IPC_INVOKE = 'paraat:invoke';

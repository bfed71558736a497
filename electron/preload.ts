import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../src/ipc/contract';
import { type MenuCommand, parseMenuCommand } from '../src/ipc/menuCommands';
import { IPC_FLUSHED, IPC_INVOKE, IPC_MENU_COMMAND, IPC_MENU_READY } from './ipcChannel';

const allowed = new Set<string>(CHANNELS);

/**
 * The renderer's only doors to the main process: `paraat.invoke(channel, payload)` for the channels
 * of the contract, and `paraat.onMenuCommand(callback)` for the application menu's commands (and the
 * closing window's `flush`, answered once the callback is done). The
 * main process validates every payload again; these checks only keep a compromised page from
 * probing other channel names, and the page from receiving anything but the known commands.
 */
contextBridge.exposeInMainWorld(
  'paraat',
  Object.freeze({
    invoke: (channel: string, payload: unknown) => {
      if (!allowed.has(channel)) return Promise.reject(new Error(`Unknown channel ${channel}`));
      return ipcRenderer.invoke(IPC_INVOKE, channel, payload);
    },
    onMenuCommand: (callback: (command: MenuCommand) => void | Promise<void>) => {
      const listener = (_event: unknown, message: unknown) => {
        const command = parseMenuCommand(message);
        if (!command) return;
        const done = Promise.resolve(callback(command));
        // The closing window waits for this answer.
        if (command.command === 'flush') void done.finally(() => ipcRenderer.send(IPC_FLUSHED));
      };
      ipcRenderer.on(IPC_MENU_COMMAND, listener);
      ipcRenderer.send(IPC_MENU_READY);
      return () => {
        ipcRenderer.removeListener(IPC_MENU_COMMAND, listener);
      };
    },
  }),
);

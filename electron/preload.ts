import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../src/ipc/contract';
import { IPC_INVOKE } from './ipcChannel';

const allowed = new Set<string>(CHANNELS);

/**
 * The renderer's only door to the main process: `paraat.invoke(channel, payload)` for the channels
 * of the contract. The main process validates every payload again; this check only keeps a
 * compromised page from probing other channel names.
 */
contextBridge.exposeInMainWorld(
  'paraat',
  Object.freeze({
    invoke: (channel: string, payload: unknown) => {
      if (!allowed.has(channel)) return Promise.reject(new Error(`Unknown channel ${channel}`));
      return ipcRenderer.invoke(IPC_INVOKE, channel, payload);
    },
  }),
);

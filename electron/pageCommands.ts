import { type BrowserWindow, ipcMain } from 'electron';
import type { MenuCommand } from '../src/ipc/menuCommands';
import { IPC_FLUSHED, IPC_MENU_COMMAND, IPC_MENU_READY } from './ipcChannel';
import { isAppUrl } from './security';

/** How long a closing window waits for its page to write the edits that wait. */
const FLUSH_WAIT_MS = 3000;

/**
 * Main → page messages: the menu's commands, and the closing window's request to write the edits
 * that wait. A command waits until the page says it listens (IPC_MENU_READY); only the app's own
 * pages are heard.
 */
export function pageCommands() {
  const listening = new Set<number>();
  const waiting = new Map<number, MenuCommand[]>();
  const flushed = new Map<number, () => void>();

  ipcMain.on(IPC_MENU_READY, (event) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
    const id = event.sender.id;
    listening.add(id);
    const queued = waiting.get(id) ?? [];
    waiting.delete(id);
    for (const command of queued) event.sender.send(IPC_MENU_COMMAND, command);
  });
  ipcMain.on(IPC_FLUSHED, (event) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
    flushed.get(event.sender.id)?.();
  });

  return {
    send(window: BrowserWindow, command: MenuCommand): void {
      const id = window.webContents.id;
      if (listening.has(id)) window.webContents.send(IPC_MENU_COMMAND, command);
      else waiting.set(id, [...(waiting.get(id) ?? []), command]);
    },
    /**
     * Asks the page to write the edits that wait (a short pause while typing) and resolves when it
     * says they are written, after FLUSH_WAIT_MS at most, or at once when no page listens.
     */
    flush(window: BrowserWindow): Promise<void> {
      const id = window.webContents.id;
      if (!listening.has(id)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          flushed.delete(id);
          resolve();
        };
        const timer = setTimeout(done, FLUSH_WAIT_MS);
        flushed.set(id, done);
        window.webContents.send(IPC_MENU_COMMAND, { command: 'flush' } satisfies MenuCommand);
      });
    },
    /** The page is loading again: it listens once it says so. */
    reloading(contentsId: number): void {
      listening.delete(contentsId);
    },
    forget(contentsId: number): void {
      listening.delete(contentsId);
      waiting.delete(contentsId);
      flushed.get(contentsId)?.();
    },
  };
}

export type PageCommands = ReturnType<typeof pageCommands>;

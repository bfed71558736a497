import { useEffect } from 'react';
import type { MenuCommand } from '../../ipc/menuCommands';
import { useStore } from '../store';

/** Fired on `window` for a menu command that a component handles itself (the export panel). */
export const MENU_EVENT = 'paraat:menu';

type MenuBridge = { onMenuCommand?: (callback: (command: MenuCommand) => void | Promise<void>) => () => void };

/**
 * The application menu's commands (desktop app only), run through the same store actions as the
 * buttons on screen, so the menu and the page never behave differently; and the closing window's
 * request to write the edits that wait.
 */
export function useMenuCommands(): void {
  useEffect(() => {
    const bridge = window.paraat as MenuBridge | undefined;
    if (!bridge?.onMenuCommand) return;
    return bridge.onMenuCommand((command) => {
      const store = useStore.getState();
      switch (command.command) {
        case 'new':
          // The start screen holds the new-plan form; put the cursor in its first field.
          void (store.plan ? store.closePlan() : Promise.resolve()).then(() => {
            requestAnimationFrame(() =>
              document.querySelector<HTMLInputElement>('[aria-labelledby="new-plan-title"] input')?.focus(),
            );
          });
          return;
        case 'open':
          void store.openPlan();
          return;
        case 'openPath':
          void store.openPlan(command.path);
          return;
        case 'saveCopy':
          if (store.plan) void store.saveCopy();
          return;
        case 'close':
          if (store.plan) void store.closePlan();
          return;
        case 'flush':
          // The window is closing: no edit waiting for its pause is lost.
          return store.flushSaves();
        case 'export':
        case 'offlineKit':
        case 'encryptedCopy':
          if (store.plan) window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command.command }));
          return;
      }
    });
  }, []);
}

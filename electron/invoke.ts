import { app, ipcMain } from 'electron';
import { type Channel, type PlanSummary, isChannel } from '../src/ipc/contract';
import { type Handlers, dispatch } from '../src/ipc/handlers';
import { IPC_INVOKE } from './ipcChannel';
import { isAppUrl } from './security';

/** Calls after which the menu changes (a plan opened or closed, another language, the recent list). */
const MENU_CHANNELS = new Set<Channel>([
  'plan.open',
  'plan.create',
  'plan.openExample',
  'plan.close',
  'plan.saveElsewhere',
  'settings.setLanguage',
  'recent.forget',
]);

/**
 * The one IPC channel of the contract: only the app's own pages may call, each window for itself
 * (its web contents' id is its key); the payload is checked by `dispatch`.
 */
export function serveContract(handlers: Handlers, menuChanged: () => void): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, payload: unknown) => {
    // Only our own pages may call: never a frame that navigated elsewhere.
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'invalid-request', message: 'Refused: unknown sender', params: {} } };
    }
    const envelope = await dispatch(handlers, channel, payload, { windowKey: String(event.sender.id) });
    if (envelope.ok && (channel === 'plan.open' || channel === 'plan.create')) {
      const plan = envelope.value as PlanSummary | null;
      // The OS's recent documents: the Windows jump list, the macOS dock menu.
      if (plan && !plan.isExample) app.addRecentDocument(plan.path);
    }
    if (isChannel(channel) && MENU_CHANNELS.has(channel)) menuChanged();
    return envelope;
  });
}

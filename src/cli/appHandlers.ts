import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanError, type PlanErrorCode } from '../domain/errors';
import type { PdfPrinter } from '../export/pdf';
import type { Channel, PayloadOf, ResultOf } from '../ipc/contract';
import { createHandlers, dispatch } from '../ipc/handlers';
import type { PlanDocument } from '../storage/planDocument';
import { TransientSettingsStore } from '../storage/appSettings';

/** The one "window" a command works in. */
const WINDOW = { windowKey: 'command-line' };

export interface AppHandlers {
  /**
   * Calls a channel as the app's window does, through the same validation; `answer` is what the file
   * dialog answers during this call (the file or folder named on the command line). A failure is
   * thrown as the PlanError it was.
   */
  call<C extends Channel>(channel: C, payload: PayloadOf<C>, answer?: string): Promise<ResultOf<C>>;
  /** The plan this command opened (for what only the command line writes: plan JSON). */
  openDocument(): PlanDocument | null;
  /** Closes the plan (always, also after a failure). */
  close(): void;
}

/**
 * The app's handlers for one command, with its file dialogs answered from the command's arguments
 * instead of asked: the command line exports, makes kits and encrypted copies along the very path
 * the app takes. Nothing is remembered in the user's settings.
 */
export function appHandlers(resourcesDirectory: string, { printToPdf }: { printToPdf?: PdfPrinter } = {}): AppHandlers {
  let answer: string | null = null;
  const answered = async () => answer;
  const app = createHandlers({
    appVersion: 'command line',
    settings: new TransientSettingsStore(),
    dialogs: {
      chooseNewPlanPath: answered,
      chooseExistingPlan: answered,
      chooseCopyPath: answered,
      chooseExportPath: answered,
      choosePicture: answered,
    },
    examplesDirectory: join(resourcesDirectory, 'examples'),
    scratchDirectory: join(tmpdir(), 'paraat-command-line'),
    printToPdf,
  });
  return {
    async call(channel, payload, dialogAnswer) {
      answer = dialogAnswer ?? null;
      try {
        const result = await dispatch(app.handlers, channel, payload, WINDOW);
        if (!result.ok) {
          const { code, message, params } = result.error;
          throw new PlanError(code as PlanErrorCode, message, params);
        }
        return result.value as ResultOf<typeof channel>;
      } finally {
        answer = null;
      }
    },
    openDocument: () => app.documentFor(WINDOW.windowKey),
    close: () => app.closeAll(),
  };
}

/** Runs one command's `work` with the app's handlers, and closes what it opened, also after a failure. */
export async function withAppHandlers<T>(
  resourcesDirectory: string,
  options: { printToPdf?: PdfPrinter },
  work: (app: AppHandlers) => Promise<T>,
): Promise<T> {
  const app = appHandlers(resourcesDirectory, options);
  try {
    return await work(app);
  } finally {
    app.close();
  }
}

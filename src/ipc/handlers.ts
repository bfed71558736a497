import { PlanError, isPlanError } from '../domain/errors';
import { sqliteCode } from '../storage/database';
import { PlanDocument } from '../storage/planDocument';
import { activationHandlers } from './activationHandlers';
import { desktopHandlers } from './desktopHandlers';
import { type Envelope, contract, isChannel } from './contract';
import { encryptionHandlers } from './encryptionHandlers';
import { exportHandlers } from './exportHandlers';
import type { CallContext, HandlerDeps, Handlers } from './handlerTypes';
import { healthHandlers } from './healthHandlers';
import { importHandlers } from './importHandlers';
import { mediaHandlers } from './mediaHandlers';
import { pictureHandlers } from './pictureHandlers';
import { planLifecycleHandlers } from './planLifecycleHandlers';
import { suggestedFileName } from './planNaming';
import { sectionHandlers } from './sectionHandlers';
import { settingsHandlers } from './settingsHandlers';
import { versionHandlers } from './versionHandlers';
import { windowPlans } from './windowPlans';
import { writtenFiles } from './writtenFiles';

export type { CallContext, Dialogs, HandlerDeps, Handlers } from './handlerTypes';
export { planFileName } from './planNaming';
export { loadExamplePlan } from '../storage/examplePlan';

/**
 * Every channel's handler, one area module each, sharing one record of which window has which
 * plan open. The same handlers serve ipcMain, the CLI and the tests.
 */
export function createHandlers(deps: HandlerDeps) {
  const written = writtenFiles();
  const plans = windowPlans({ settings: deps.settings, opened: (plan) => media.opened(plan) });
  const media = mediaHandlers<CallContext>({
    current: plans.current,
    adopt: (context, document) => plans.adopt(context, document, false),
    chooseCopyPath: (document) => deps.dialogs.chooseCopyPath(suggestedFileName(document)),
  });

  const handlers = {
    ...settingsHandlers(deps),
    ...planLifecycleHandlers(plans, deps),
    ...sectionHandlers(plans),
    ...importHandlers(plans),
    ...pictureHandlers(plans, deps.dialogs),
    ...healthHandlers(plans),
    ...exportHandlers(plans, deps),
    ...versionHandlers<CallContext>(plans.access),
    ...activationHandlers<CallContext>(plans.access),
    ...encryptionHandlers<CallContext>({
      current: (context) => plans.current(context).document,
      adopt: (context, file) => plans.adopt(context, new PlanDocument(file), false),
      suggestedFileName,
      chooseExportPath: (name, extension) => deps.dialogs.chooseExportPath(name, extension),
      printToPdf: deps.printToPdf,
      portableExecutable: deps.portableExecutable,
      runKey: (context) => context.windowKey,
    }),
    ...media.handlers,
    ...desktopHandlers({ desktop: deps.desktop, wrote: written.wrote }),
  } satisfies Handlers;

  return {
    handlers: written.noting(handlers),
    /** Closes every open plan (app quit, end of a test). */
    closeAll: plans.closeAll,
    /** Closes what a window had open when the window goes away. */
    closeWindow: (windowKey: string) => {
      written.forget(windowKey);
      return plans.close({ windowKey });
    },
    openPathFor: (windowKey: string) => plans.find({ windowKey })?.document.file.path ?? null,
    /** The plan a window has open (File → Print… prints its print view), or null. */
    documentFor: (windowKey: string) => plans.find({ windowKey })?.document ?? null,
  };
}

/**
 * The single entry point for every caller (ipcMain, the test bridge): the channel must exist, the
 * payload must match its schema, and failures come back as data with a code the interface translates.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: unknown,
  payload: unknown,
  context: CallContext,
): Promise<Envelope<unknown>> {
  try {
    if (!isChannel(channelName)) {
      throw new PlanError('invalid-request', `Unknown channel ${String(channelName)}`);
    }
    const parsed = contract[channelName].payload.safeParse(payload);
    if (!parsed.success) {
      throw new PlanError(
        'invalid-request',
        `Invalid payload for ${channelName}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    }
    const handler = handlers[channelName] as (payload: unknown, context: CallContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    const planError = isPlanError(error) ? error : unexpectedError(error);
    return { ok: false, error: { code: planError.code, message: planError.message, params: planError.params } };
  }
}

/**
 * A failure no handler turned into a PlanError. SQLite's "malformed" on a read is damage the open
 * check could not see (quick_check reads the structure, not every record), not a bug in Paraat.
 */
function unexpectedError(error: unknown): PlanError {
  const message = error instanceof Error ? error.message : String(error);
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new PlanError('damaged-read', message, { detail: message });
  return new PlanError('internal', message);
}

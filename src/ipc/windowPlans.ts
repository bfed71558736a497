import { basename, dirname, resolve } from 'node:path';
import { PlanError } from '../domain/errors';
import type { AppSettingsStore } from '../storage/appSettings';
import { toPlanError } from '../storage/database';
import { FORMAT_VERSION } from '../storage/migrations';
import { PlanDocument } from '../storage/planDocument';
import { openPlanFile } from '../storage/planFile';
import type { PlanSummary } from './contract';
import type { CallContext } from './handlerTypes';
import { planIdentity } from './planNaming';
import type { PlanAccess } from './versionHandlers';

/** A window's plan. Media handling may swap its document for a stand-in or a reopened file. */
export interface OpenPlan {
  document: PlanDocument;
  isExample: boolean;
}

export interface WindowPlanHooks {
  settings: AppSettingsStore;
  /** Called once a plan has become a window's plan, while its file can certainly be read. */
  opened(plan: OpenPlan): void;
}

const samePath = (a: string, b: string) => resolve(a) === resolve(b);

/**
 * Which plan each window has open: the one place that state lives. Every area of handlers finds
 * the caller's plan, edits it, opens and closes plans through this.
 */
export function windowPlans(hooks: WindowPlanHooks) {
  const openPlans = new Map<string, OpenPlan>();

  const find = (context: CallContext): OpenPlan | undefined => openPlans.get(context.windowKey);

  const current = (context: CallContext): OpenPlan => {
    const plan = find(context);
    if (!plan) throw new PlanError('no-plan-open', 'No plan is open in this window');
    return plan;
  };

  /** Runs an edit; a failing disk (a pulled USB stick, a full medium) becomes a translated error. */
  const mutate = <T>(context: CallContext, edit: (document: PlanDocument) => T): T => {
    const { document } = current(context);
    document.assertWritable();
    try {
      return edit(document);
    } catch (error) {
      throw toPlanError(error, document.file.path, 'write');
    }
  };

  const access: PlanAccess<CallContext> = { read: (context, work) => work(current(context).document), edit: mutate };

  const summarise = ({ document, isExample }: OpenPlan): PlanSummary => {
    const { name, kind, language } = planIdentity(document);
    const path = document.file.path;
    return {
      path,
      fileName: basename(path),
      folder: dirname(path),
      name,
      kind,
      language,
      readOnly: document.file.readOnly,
      isExample,
      formatVersion: FORMAT_VERSION,
    };
  };

  const close = (context: CallContext) => {
    const plan = find(context);
    if (!plan) return;
    openPlans.delete(context.windowKey);
    try {
      // The recent list shows the organisation's name as it is now, not as it was when opened.
      if (!plan.isExample) hooks.settings.rememberPlan(plan.document.file.path, summarise(plan).name);
    } catch {
      // The medium may be gone; closing must still succeed.
    }
    plan.document.close();
  };

  const adopt = (context: CallContext, document: PlanDocument, isExample: boolean): PlanSummary => {
    close(context);
    const plan = { document, isExample };
    let summary: PlanSummary;
    try {
      summary = summarise(plan);
    } catch (error) {
      // A plan that cannot even be summarised must not stay open (and locked) behind an error.
      document.close();
      throw toPlanError(error, document.file.path, 'open');
    }
    openPlans.set(context.windowKey, plan);
    hooks.opened(plan);
    if (!isExample) hooks.settings.rememberPlan(summary.path, summary.name);
    return summary;
  };

  /**
   * Refuses a path another window has open. With `readersWelcome`, a window that only reads the
   * file (a read-only medium, a decrypted copy held in memory) does not stand in the way: neither
   * writes to it. A window that may write to it always does.
   */
  const assertNotOpenElsewhere = (path: string, context: CallContext, { readersWelcome = false } = {}) => {
    for (const [windowKey, plan] of openPlans) {
      if (windowKey === context.windowKey || !samePath(plan.document.file.path, path)) continue;
      if (readersWelcome && plan.document.file.readOnly) continue;
      throw new PlanError('in-use', `The plan is open in another window: ${path}`, { path });
    }
  };

  /** Whether this window has the plan at `path` open. */
  const hasOpen = (context: CallContext, path: string): boolean => {
    const plan = find(context);
    return plan !== undefined && samePath(plan.document.file.path, path);
  };

  const openAt = (path: string, context: CallContext): PlanSummary => {
    assertNotOpenElsewhere(path, context, { readersWelcome: true });
    const plan = find(context);
    if (plan && samePath(plan.document.file.path, path)) return summarise(plan);
    return adopt(context, new PlanDocument(openPlanFile(path)), false);
  };

  return {
    find,
    current,
    mutate,
    access,
    summarise,
    adopt,
    close,
    openAt,
    hasOpen,
    assertNotOpenElsewhere,
    /** Closes every open plan (app quit, end of a test). */
    closeAll: () => {
      for (const plan of openPlans.values()) plan.document.close();
      openPlans.clear();
    },
  };
}

export type WindowPlans = ReturnType<typeof windowPlans>;

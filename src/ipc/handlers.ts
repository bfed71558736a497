import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stepStatus } from '../domain/completeness';
import { PlanError, isPlanError } from '../domain/errors';
import { HEALTH_RULES, localIsoDate, planHealth } from '../domain/health';
import type { OrganisationKind } from '../domain/organisationKinds';
import { STEPS } from '../domain/plan';
import { type ListSection, validatePatch } from '../domain/section';
import { defaultRoles } from '../domain/templates/roles';
import type { AppSettingsStore } from '../storage/appSettings';
import { savePlanCopy } from '../storage/copy';
import { toPlanError } from '../storage/database';
import { FORMAT_VERSION } from '../storage/migrations';
import { PlanDocument } from '../storage/planDocument';
import { createPlanFile, openPlanFile } from '../storage/planFile';
import { fillFromJson } from '../storage/planJson';
import { PLAN_EXTENSION } from '../storage/fileFormat';
import { cancelExport } from '../export/cancel';
import { exportKitOfOpenPlan, exportOpenPlan } from '../export/exportActions';
import type { PdfPrinter } from '../export/pdf';
import { contactsCsv, contactsCsvFileName } from '../export/contactsCsv';
import { inventoryCsv } from '../export/inventoryCsv';
import { resolveDependencies } from '../domain/rules/inventoryCsv';
import { activationHandlers } from './activationHandlers';
import { mediaHandlers } from './mediaHandlers';
import { versionHandlers } from './versionHandlers';
import { encryptionHandlers } from './encryptionHandlers';
import { writeExamplePlan } from '../storage/examplePlan';
import { type Channel, type Envelope, type PayloadOf, type PlanSummary, type ResultOf, contract, isChannel } from './contract';

/** The operating system's file dialogs; the Electron shell shows real ones, tests answer directly. */
export interface Dialogs {
  chooseNewPlanPath(suggestedFileName: string): Promise<string | null>;
  chooseExistingPlan(): Promise<string | null>;
  chooseCopyPath(suggestedFileName: string): Promise<string | null>;
  /** Where to write an export; `extension` is the file type (docx, pdf). */
  chooseExportPath(suggestedFileName: string, extension: string): Promise<string | null>;
}

export interface HandlerDeps {
  appVersion: string;
  settings: AppSettingsStore;
  dialogs: Dialogs;
  /** Folder with the fictional example plans (resources/examples). */
  examplesDirectory: string;
  /** Writable folder where an example is unpacked so it can be explored and edited. */
  scratchDirectory: string;
  /** Prints a print view to PDF (Electron's printToPDF); without it a Chromium on the machine is used. */
  printToPdf?: PdfPrinter;
  /** The portable program when Paraat runs as one (Windows); the off-line kit carries it beside the plan. */
  portableExecutable?: string;
}

/** Which window is asking; each window has at most one plan open. */
export interface CallContext {
  windowKey: string;
}

interface OpenPlan {
  document: PlanDocument;
  isExample: boolean;
}

export type Handlers = { [C in Channel]: (payload: PayloadOf<C>, context: CallContext) => Promise<ResultOf<C>> | ResultOf<C> };

export function planFileName(name: string): string {
  // Control characters and the characters Windows forbids in file names become spaces.
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${safe || 'plan'}.${PLAN_EXTENSION}`;
}

export { loadExamplePlan } from '../storage/examplePlan';

export function createHandlers(deps: HandlerDeps) {
  const openPlans = new Map<string, OpenPlan>();
  const chooseExportPath = (name: string, extension: string) => deps.dialogs.chooseExportPath(name, extension);

  const current = (context: CallContext): OpenPlan => {
    const plan = openPlans.get(context.windowKey);
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

  const summarise = ({ document, isExample }: OpenPlan): PlanSummary => {
    const organisation = document.singleton('organisation').get();
    const path = document.file.path;
    return {
      path,
      fileName: basename(path),
      folder: dirname(path),
      name: String(organisation.name ?? ''),
      kind: (organisation.kind as OrganisationKind | '') ?? '',
      language: document.meta.get('language') === 'en' ? 'en' : 'nl',
      readOnly: document.file.readOnly,
      isExample,
      formatVersion: FORMAT_VERSION,
    };
  };

  const closeWindowPlan = (context: CallContext) => {
    const plan = openPlans.get(context.windowKey);
    if (!plan) return;
    openPlans.delete(context.windowKey);
    try {
      // The recent list shows the organisation's name as it is now, not as it was when opened.
      if (!plan.isExample) deps.settings.rememberPlan(plan.document.file.path, summarise(plan).name);
    } catch {
      // The medium may be gone; closing must still succeed.
    }
    plan.document.close();
  };

  const adopt = (context: CallContext, document: PlanDocument, isExample: boolean): PlanSummary => {
    closeWindowPlan(context);
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
    media.opened(plan);
    if (!isExample) deps.settings.rememberPlan(summary.path, summary.name);
    return summary;
  };

  const assertNotOpenElsewhere = (path: string, context: CallContext) => {
    for (const [windowKey, plan] of openPlans) {
      if (windowKey !== context.windowKey && resolve(plan.document.file.path) === resolve(path)) {
        throw new PlanError('in-use', `The plan is open in another window: ${path}`, { path });
      }
    }
  };

  const openAt = (path: string, context: CallContext): PlanSummary => {
    assertNotOpenElsewhere(path, context);
    const current = openPlans.get(context.windowKey);
    if (current && resolve(current.document.file.path) === resolve(path)) return summarise(current);
    return adopt(context, new PlanDocument(openPlanFile(path)), false);
  };

  const media = mediaHandlers<CallContext>({
    current,
    adopt: (context, document) => adopt(context, document, false),
    chooseCopyPath: (document) => deps.dialogs.chooseCopyPath(planFileName(String(document.singleton('organisation').get().name ?? ''))),
  });

  const handlers = {
    'app.info': () => ({ version: deps.appVersion, formatVersion: FORMAT_VERSION }),
    'settings.get': () => ({ language: deps.settings.read().language }),
    'settings.setLanguage': ({ language }) => ({ language: deps.settings.setLanguage(language).language }),
    'recent.list': () => deps.settings.read().recent.map((entry) => ({ ...entry, available: existsSync(entry.path) })),
    'recent.forget': ({ path }) => {
      deps.settings.forgetPlan(path);
      return deps.settings.read().recent.map((entry) => ({ ...entry, available: existsSync(entry.path) }));
    },

    'plan.create': async ({ name, kind, language }, context) => {
      const path = await deps.dialogs.chooseNewPlanPath(planFileName(name));
      if (!path) return null;
      assertNotOpenElsewhere(path, context);
      const currentPlan = openPlans.get(context.windowKey);
      if (currentPlan && resolve(currentPlan.document.file.path) === resolve(path)) closeWindowPlan(context);
      const file = createPlanFile(path, (db) =>
        fillFromJson(db, { format: 'paraat-plan', formatVersion: 1, language, sections: { organisation: { name, kind }, roles: defaultRoles(kind, language) } }),
      );
      return adopt(context, new PlanDocument(file), false);
    },
    'plan.open': async ({ path }, context) => {
      const chosen = path ?? (await deps.dialogs.chooseExistingPlan());
      if (!chosen) return null;
      return openAt(chosen, context);
    },
    'plan.openExample': ({ language }, context) => {
      mkdirSync(deps.scratchDirectory, { recursive: true });
      const path = join(deps.scratchDirectory, `${context.windowKey}-example.${language}.${PLAN_EXTENSION}`);
      closeWindowPlan(context);
      return adopt(context, writeExamplePlan(path, deps.examplesDirectory, language), true);
    },
    'plan.current': (_payload, context) => {
      const plan = openPlans.get(context.windowKey);
      return plan ? summarise(plan) : null;
    },
    'plan.close': (_payload, context) => {
      closeWindowPlan(context);
      return null;
    },
    'plan.saveCopy': async (_payload, context) => {
      const { document } = current(context);
      const name = String(document.singleton('organisation').get().name ?? '');
      const target = await deps.dialogs.chooseCopyPath(planFileName(name));
      if (!target) return null;
      savePlanCopy(document.db, document.file.path, target);
      return { path: target };
    },
    'plan.health': (_payload, context) => {
      const { document } = current(context);
      const today = localIsoDate(new Date());
      return document.derived(`health ${today}`, () => planHealth(document.snapshot(), { today }, document.healthRules(HEALTH_RULES)));
    },
    'export.docx': (request, context) => exportOpenPlan('docx', current(context).document, chooseExportPath, request, undefined, context.windowKey),
    'export.pdf': (request, context) => exportOpenPlan('pdf', current(context).document, chooseExportPath, request, deps.printToPdf, context.windowKey),
    'export.card': (request, context) => exportOpenPlan('card', current(context).document, chooseExportPath, request, deps.printToPdf, context.windowKey),
    'export.kit': (request, context) =>
      exportKitOfOpenPlan(current(context).document, chooseExportPath, request, deps.printToPdf, context.windowKey, { programPath: deps.portableExecutable }),
    'export.cancel': (_payload, context) => {
      cancelExport(context.windowKey);
      return null;
    },
    'items.exportCsv': async ({ section, includePrivate }, context) => {
      const { document } = current(context);
      const organisation = document.singleton('organisation').get();
      const language = document.meta.get('language') === 'en' ? 'en' : 'nl';
      const list = document.section(section) as ListSection;
      const target = await deps.dialogs.chooseExportPath(contactsCsvFileName(list, String(organisation.name ?? ''), language), 'csv');
      if (!target) return null;
      if (resolve(target) === resolve(document.file.path)) {
        throw new PlanError('write-failed', 'An export cannot replace the plan itself', { path: target, detail: 'plan file' });
      }
      const items = document.list(section).list();
      const csv = contactsCsv(list, items, language, (organisation.kind as OrganisationKind | '') ?? '', includePrivate);
      try {
        writeFileSync(target, csv, 'utf8');
      } catch (error) {
        throw new PlanError('write-failed', `Could not write ${target}`, { path: target, detail: error instanceof Error ? error.message : String(error) });
      }
      return { path: target, count: items.length };
    },
    'inventory.import': ({ rows }, context) =>
      mutate(context, (document) => {
        const systems = document.list('systems');
        return document.db.transaction(() => {
          const added = rows.map((row) => systems.add(checkedPatch(document, 'systems', { ...row.data, dependsOn: [] })));
          const all = systems.list().map((item) => ({ id: item.id, name: String(item.name ?? '') }));
          const unresolved = new Set<string>();
          rows.forEach((row, i) => {
            if (row.dependsOnNames.length === 0) return;
            const resolved = resolveDependencies(row.dependsOnNames, all);
            resolved.unresolved.forEach((name) => unresolved.add(name));
            if (resolved.ids.length > 0) systems.update(added[i]!.id, { dependsOn: resolved.ids });
          });
          return { added: added.length, unresolved: [...unresolved] };
        })();
      }),
    'inventory.exportCsv': async (_payload, context) => {
      const { document } = current(context);
      const organisation = document.singleton('organisation').get();
      const language = document.meta.get('language') === 'en' ? 'en' : 'nl';
      const target = await deps.dialogs.chooseExportPath(contactsCsvFileName(document.section('systems') as ListSection, String(organisation.name ?? ''), language), 'csv');
      if (!target) return null;
      if (resolve(target) === resolve(document.file.path)) {
        throw new PlanError('write-failed', 'An export cannot replace the plan itself', { path: target, detail: 'plan file' });
      }
      const [systems, people, suppliers] = ['systems', 'people', 'suppliers'].map((key) => document.list(key).list());
      const csv = inventoryCsv({ systems: systems!, people: people!, suppliers: suppliers! }, language, (organisation.kind as OrganisationKind | '') ?? '');
      try {
        writeFileSync(target, csv, 'utf8');
      } catch (error) {
        throw new PlanError('write-failed', `Could not write ${target}`, { path: target, detail: error instanceof Error ? error.message : String(error) });
      }
      return { path: target, count: systems!.length };
    },
    'plan.progress': (_payload, context) => {
      const { document } = current(context);
      return STEPS.map((step) => ({
        step: step.id,
        status: stepStatus(
          step,
          step.sections.map((key) => ({ section: document.section(key), records: document.records(key) })),
        ),
      }));
    },

    'section.get': ({ section }, context) => current(context).document.singleton(section).get(),
    'section.update': ({ section, patch }, context) =>
      mutate(context, (document) => document.singleton(section).update(checkedPatch(document, section, patch))),
    'items.list': ({ section }, context) => current(context).document.list(section).list(),
    'items.add': ({ section, data }, context) =>
      mutate(context, (document) => document.list(section).add(checkedPatch(document, section, data ?? {}))),
    'items.addMany': ({ section, items }, context) =>
      mutate(context, (document) => {
        const list = document.list(section);
        const checked = items.map((data) => checkedPatch(document, section, data));
        return document.db.transaction(() => checked.map((data) => list.add(data)))();
      }),
    'items.update': ({ section, id, patch }, context) =>
      mutate(context, (document) => document.list(section).update(id, checkedPatch(document, section, patch))),
    'items.remove': ({ section, id }, context) =>
      mutate(context, (document) => {
        document.list(section).remove(id);
        return null;
      }),
    'items.move': ({ section, id, toIndex }, context) =>
      mutate(context, (document) => document.list(section).move(id, toIndex)),
    ...versionHandlers<CallContext>({ read: (context, work) => work(current(context).document), edit: mutate }),
    ...activationHandlers<CallContext>({ read: (context, work) => work(current(context).document), edit: mutate }),
    ...encryptionHandlers<CallContext>({
      current: (context) => current(context).document,
      adopt: (context, file) => adopt(context, new PlanDocument(file), false),
      suggestedFileName: (document) => planFileName(String(document.singleton('organisation').get().name ?? '')),
      chooseExportPath,
      printToPdf: deps.printToPdf,
      portableExecutable: deps.portableExecutable,
      runKey: (context) => context.windowKey,
    }),
    ...media.handlers,
  } satisfies Handlers;

  return {
    handlers: handlers as Handlers,
    /** Closes every open plan (app quit, end of a test). */
    closeAll: () => {
      for (const plan of openPlans.values()) plan.document.close();
      openPlans.clear();
    },
    /** Closes what a window had open when the window goes away. */
    closeWindow: (windowKey: string) => closeWindowPlan({ windowKey }),
    openPathFor: (windowKey: string) => openPlans.get(windowKey)?.document.file.path ?? null,
    /** The plan a window has open (File → Print… prints its print view), or null. */
    documentFor: (windowKey: string) => openPlans.get(windowKey)?.document ?? null,
  };
}

function checkedPatch(document: PlanDocument, sectionKey: string, patch: Record<string, unknown>): Record<string, unknown> {
  const checked = validatePatch(document.section(sectionKey), patch);
  if (!checked.ok) {
    throw new PlanError('invalid-request', `Invalid values for ${sectionKey}: ${checked.problems.join('; ')}`, {
      section: sectionKey,
    });
  }
  return checked.value;
}

/**
 * The single entry point for every caller (ipcMain, the test bridge): the channel must exist, the
 * payload must match its schema, and failures come back as data with a code the interface translates.
 */
export async function dispatch(handlers: Handlers, channelName: unknown, payload: unknown, context: CallContext): Promise<Envelope<unknown>> {
  try {
    if (!isChannel(channelName)) {
      throw new PlanError('invalid-request', `Unknown channel ${String(channelName)}`);
    }
    const parsed = contract[channelName].payload.safeParse(payload);
    if (!parsed.success) {
      throw new PlanError('invalid-request', `Invalid payload for ${channelName}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    const handler = handlers[channelName] as (payload: unknown, context: CallContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    const planError = isPlanError(error)
      ? error
      : new PlanError('internal', error instanceof Error ? error.message : String(error));
    return { ok: false, error: { code: planError.code, message: planError.message, params: planError.params } };
  }
}

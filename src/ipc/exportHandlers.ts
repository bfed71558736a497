import { resolve } from 'node:path';
import { PlanError } from '../domain/errors';
import type { ListSection } from '../domain/section';
import { checkPlanExportable } from '../export/budget';
import { cancelExport, exportProgress } from '../export/cancel';
import { contactsCsv, contactsCsvFileName } from '../export/contactsCsv';
import { exportKitOfOpenPlan, exportOpenPlan } from '../export/exportActions';
import { inventoryCsv } from '../export/inventoryCsv';
import { writeFileSafely } from '../export/writeFile';
import type { PlanDocument } from '../storage/planDocument';
import type { HandlerDeps, Handlers } from './handlerTypes';
import { planIdentity } from './planNaming';
import type { WindowPlans } from './windowPlans';

/**
 * Writes a CSV export where the user chose, whole or not at all, never over the plan itself (by
 * name here; through any link the one writer refuses it).
 */
function writeCsv(target: string, document: PlanDocument, csv: string): void {
  if (resolve(target) === resolve(document.file.path)) {
    throw new PlanError('write-failed', 'An export cannot replace the plan itself', {
      path: target,
      detail: 'plan file',
    });
  }
  writeFileSafely(target, csv);
}

/** The plan as documents (Word, PDF, card, off-line kit) and lists as CSV. */
export function exportHandlers(
  { current }: WindowPlans,
  deps: Pick<HandlerDeps, 'dialogs' | 'printToPdf' | 'portableExecutable'>,
) {
  const chooseExportPath = (name: string, extension: string) => deps.dialogs.chooseExportPath(name, extension);
  return {
    'export.docx': (request, context) =>
      exportOpenPlan('docx', current(context).document, chooseExportPath, request, undefined, context.windowKey),
    'export.pdf': (request, context) =>
      exportOpenPlan('pdf', current(context).document, chooseExportPath, request, deps.printToPdf, context.windowKey),
    'export.card': (request, context) =>
      exportOpenPlan('card', current(context).document, chooseExportPath, request, deps.printToPdf, context.windowKey),
    'export.html': (request, context) =>
      exportOpenPlan('html', current(context).document, chooseExportPath, request, undefined, context.windowKey),
    'export.vcf': (request, context) =>
      exportOpenPlan('vcf', current(context).document, chooseExportPath, request, undefined, context.windowKey),
    'export.ics': (request, context) =>
      exportOpenPlan('ics', current(context).document, chooseExportPath, request, undefined, context.windowKey),
    'export.kit': (request, context) =>
      exportKitOfOpenPlan(current(context).document, chooseExportPath, request, deps.printToPdf, context.windowKey, {
        programPath: deps.portableExecutable,
      }),
    'export.cancel': (_payload, context) => {
      cancelExport(context.windowKey);
      return null;
    },
    'export.progress': (_payload, context) => exportProgress(context.windowKey),
    'items.exportCsv': async ({ section, includePrivate }, context) => {
      const { document } = current(context);
      checkPlanExportable(document);
      const { name, kind, language } = planIdentity(document);
      const list = document.section(section) as ListSection;
      const target = await chooseExportPath(contactsCsvFileName(list, name, language), 'csv');
      if (!target) return null;
      const items = document.items(section);
      writeCsv(
        target,
        document,
        contactsCsv(list, items, language, kind, includePrivate, document.record('organisation').country),
      );
      return { path: target, count: items.length };
    },
    'inventory.exportCsv': async (_payload, context) => {
      const { document } = current(context);
      checkPlanExportable(document);
      const { name, kind, language } = planIdentity(document);
      const target = await chooseExportPath(
        contactsCsvFileName(document.section('systems') as ListSection, name, language),
        'csv',
      );
      if (!target) return null;
      const systems = document.items('systems');
      writeCsv(
        target,
        document,
        inventoryCsv(
          { systems, people: document.items('people'), suppliers: document.items('suppliers') },
          language,
          kind,
          document.record('organisation').country,
        ),
      );
      return { path: target, count: systems.length };
    },
  } satisfies Partial<Handlers>;
}

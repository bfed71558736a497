import { resolve } from 'node:path';
import { PlanError } from '../domain/errors';
import type { PlanLanguage } from '../domain/organisationKinds';
import type { PlanDocument } from '../storage/planDocument';
import { toPlanJson } from '../storage/planJson';
import { changeRecordOf } from '../storage/versions';
import { checkPlanExportable } from './budget';
import { cancellable, forgetExportProgress, throwIfCancelled } from './cancel';
import { exportCard, exportDocx, exportPdf } from './exportPlan';
import type { CardSize } from './card/renderCard';
import { cardFileName, exportFileName, outsideFileName } from './fileName';
import { exportICalendar, exportOfflineHtml, exportVcards, planICalendar, planVcards } from './outside/outsideExports';
import { type KitExtras, writeKit, kitFolderName } from './kit';
import { type PdfPrinter, chromiumPrinter, findChromium } from './pdf';

/** The plan as Word or PDF, the emergency card (a PDF), or the plan outside the app: web page, contacts, reminders. */
export type ExportFormat = 'docx' | 'pdf' | 'card' | 'html' | 'vcf' | 'ics';

export interface ExportRequest {
  language: PlanLanguage;
  includePrivate: boolean;
}

/** The emergency card: A4 or the pocket size (A6, PDF only), printed as PDF unless asked as Word. */
export interface CardRequest extends ExportRequest {
  size?: CardSize;
  format?: 'pdf' | 'docx';
}

/** Asks where to write; null is the user pressing Cancel. */
export type ChooseExportPath = (suggestedFileName: string, extension: string) => Promise<string | null>;

/**
 * The in-app export: ask where, then write the open plan as Word or PDF. The plan's PDF is written
 * without a browser; the emergency card's PDF is printed by the given printer (Electron's printToPDF
 * in the app), else by a Chromium found on the machine.
 */
export async function exportOpenPlan(
  format: ExportFormat,
  document: PlanDocument,
  choosePath: ChooseExportPath,
  request: CardRequest,
  printer?: PdfPrinter,
  runKey?: string,
): Promise<{ path: string } | null> {
  forgetExportProgress(runKey);
  checkPlanExportable(document);
  const printed = format === 'card' && request.format !== 'docx';
  if (format === 'card' && !printed && request.size === 'pocket')
    throw new PlanError('invalid-request', 'The pocket card is printed as PDF only');
  let print = printed ? printer : undefined;
  if (printed && !print) {
    const chromium = findChromium();
    if (!chromium)
      throw new PlanError('write-failed', 'No way to print a PDF here', { path: '', detail: 'no PDF printer' });
    print = chromiumPrinter(chromium);
  }
  const plan = toPlanJson(document);
  const options = {
    language: request.language,
    includePrivate: request.includePrivate,
    changeRecord: changeRecordOf(document),
  };
  // Said before the dialog, so nobody picks a place for a file that would be empty.
  if (format === 'vcf' && planVcards(plan, options) === null)
    throw new PlanError('no-contacts', 'The plan has nobody to call yet: no contacts were written');
  if (format === 'ics' && planICalendar(plan, options) === null)
    throw new PlanError('no-dates', 'The plan holds no dates yet: no calendar was written');
  const name = document.record('organisation').name;
  const extension = printed ? 'pdf' : format === 'card' ? 'docx' : format;
  const suggested =
    format === 'card'
      ? cardFileName(name, request.language, extension)
      : format === 'html' || format === 'vcf' || format === 'ics'
        ? outsideFileName(name, format, request.language)
        : exportFileName(name, extension, request.language);
  const target = await choosePath(suggested, extension);
  if (!target) return null;
  if (resolve(target) === resolve(document.file.path)) {
    throw new PlanError('write-failed', 'An export cannot replace the plan itself', {
      path: target,
      detail: 'plan file',
    });
  }
  return cancellable(runKey, async (signal, report) => {
    throwIfCancelled(signal);
    if (format === 'docx') await exportDocx(plan, target, options, signal, report);
    else if (format === 'pdf') await exportPdf(plan, target, options, signal, report);
    else if (format === 'html') await exportOfflineHtml(plan, target, options, signal, report);
    else if (format === 'vcf') exportVcards(plan, target, options);
    else if (format === 'ics') exportICalendar(plan, target, options);
    else await exportCard(plan, target, options, print, request.size ?? 'a4', signal, report);
    return { path: target };
  });
}

/**
 * The off-line kit of the open plan: the dialog names the new folder to make (on a USB stick, say);
 * the cards' PDFs are printed where a printer is at hand, else the card comes as Word (the plan's PDF needs none).
 */
export async function exportKitOfOpenPlan(
  document: PlanDocument,
  choosePath: ChooseExportPath,
  request: ExportRequest,
  printer?: PdfPrinter,
  runKey?: string,
  extras?: KitExtras,
): Promise<{ path: string; files: string[] } | null> {
  forgetExportProgress(runKey);
  checkPlanExportable(document);
  const chromium = printer ? null : findChromium();
  const print = printer ?? (chromium ? chromiumPrinter(chromium) : undefined);
  const target = await choosePath(kitFolderName(document, request), '');
  if (!target) return null;
  return cancellable(runKey, async (signal, report) => {
    const kit = await writeKit(document, target, request, print, signal, extras, report);
    return { path: kit.folder, files: kit.files };
  });
}

import { wordingRegion, type OrganisationKind } from '../domain/organisationKinds';
import type { PlanJson } from '../domain/planJson';
import { throwIfCancelled } from './cancel';
import { buildEmergencyCard, type EmergencyCard } from './card/emergencyCard';
import { type CardSize, renderCardDocx, renderCardHtml } from './card/renderCard';
import { type ExportOptions, buildDocumentModel, buildDocumentModelStepwise, renderContext } from './documentModel';
import { renderDocx } from './docx/renderDocx';
import { renderPrintView } from './html/printView';
import type { DocumentModel } from './model';
import { type PdfPrinter, writePdf } from './pdf';
import { emitPdf } from './pdfWriter/emitPdf';
import { fontMeasure } from './pdfWriter/fonts';
import { layoutDocument } from './pdfWriter/layoutDocument';
import type { RenderContext } from './renderers';
import { type ExportProgress, type ProgressReport, ignoreProgress, nextTurn } from './progress';
import { exportTranslator } from './translator';
import { writeFileSafely } from './writeFile';

/** The translator of an export: the chosen language with the plan's Belgian or Netherlands wording. */
export function translatorFor(plan: PlanJson, options: ExportOptions) {
  const organisation = plan.sections.organisation;
  const record = organisation && !Array.isArray(organisation) ? organisation : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const region = wordingRegion(text(record.kind) as OrganisationKind | '', text(record.country));
  return exportTranslator(options.language, region);
}

/** The document model of a plan in the chosen language, with Belgian or Netherlands wording. */
export function planDocumentModel(plan: PlanJson, options: ExportOptions): DocumentModel {
  return buildDocumentModel(plan, translatorFor(plan, options), options);
}

/**
 * The document model built chapter by chapter: each chapter is reported, the export may be cancelled
 * between two, and other calls (the panel asking how far it is) are answered in between.
 */
export function planDocumentModelStepwise(
  plan: PlanJson,
  options: ExportOptions,
  signal?: AbortSignal,
  report: ProgressReport = ignoreProgress,
): Promise<DocumentModel> {
  return buildDocumentModelStepwise(plan, translatorFor(plan, options), options, async (chapter) => {
    throwIfCancelled(signal);
    report({ stage: 'chapter', chapter });
    await nextTurn();
  });
}

/** What every builder of an export reads: the plan, its translator and the options. */
export function planRenderContext(plan: PlanJson, options: ExportOptions): RenderContext {
  return renderContext(plan, translatorFor(plan, options), options);
}

/** The emergency card of a plan in the chosen language. */
export function planEmergencyCard(plan: PlanJson, options: ExportOptions): EmergencyCard {
  return buildEmergencyCard(planRenderContext(plan, options), options.now);
}

/** Writes the emergency card as Word (`.docx`) or, with a printer, as PDF. */
export async function exportCard(
  plan: PlanJson,
  path: string,
  options: ExportOptions,
  print?: PdfPrinter,
  size: CardSize = 'a4',
  signal?: AbortSignal,
  report: ProgressReport = ignoreProgress,
): Promise<void> {
  const card = planEmergencyCard(plan, options);
  report({ stage: print ? 'printing' : 'packing' });
  if (print) return writePdf(renderCardHtml(card, size), path, print, signal, report);
  const bytes = await renderCardDocx(card);
  throwIfCancelled(signal);
  report({ stage: 'writing' });
  writeFileSafely(path, bytes);
}

/** Renders a plan to Word and writes it safely to `path`. */
export async function exportDocx(
  plan: PlanJson,
  path: string,
  options: ExportOptions,
  signal?: AbortSignal,
  report: ProgressReport = ignoreProgress,
): Promise<void> {
  const model = await planDocumentModelStepwise(plan, options, signal, report);
  const step = async (progress: ExportProgress) => {
    throwIfCancelled(signal);
    report(progress);
    await nextTurn();
  };
  const bytes = await renderDocx(model, {
    chapter: (chapter) => step({ stage: 'packing', chapter }),
    packing: () => step({ stage: 'packing' }),
  });
  throwIfCancelled(signal);
  report({ stage: 'writing' });
  writeFileSafely(path, bytes);
}

/** The print view of a plan (the PDF's source and the in-app preview). */
export function exportPrintView(plan: PlanJson, options: ExportOptions): string {
  return renderPrintView(planDocumentModel(plan, options));
}

/**
 * Writes a plan as PDF, safely, to `path`: the document model laid out into pages and drawn as a
 * tagged PDF (src/export/pdfWriter), without a browser. The contents' page numbers come from the
 * layout itself. It may be cancelled between chapters and between pages.
 */
export async function exportPdf(
  plan: PlanJson,
  path: string,
  options: ExportOptions,
  signal?: AbortSignal,
  report: ProgressReport = ignoreProgress,
): Promise<void> {
  const model = await planDocumentModelStepwise(plan, options, signal, report);
  throwIfCancelled(signal);
  report({ stage: 'printing' });
  await nextTurn();
  const laidOut = layoutDocument(model, fontMeasure());
  throwIfCancelled(signal);
  const bytes = await emitPdf(laidOut, {
    afterPage: async (page) => {
      throwIfCancelled(signal);
      if (page % PAGES_PER_TURN === 0) await nextTurn();
    },
  });
  throwIfCancelled(signal);
  report({ stage: 'writing' });
  writeFileSafely(path, bytes);
}

/** How many pages are written between two looks at the event loop (a cancel, the panel asking how far). */
const PAGES_PER_TURN = 20;

import { wordingRegion, type OrganisationKind } from '../domain/organisationKinds';
import type { PlanJson } from '../domain/planJson';
import { throwIfCancelled } from './cancel';
import { buildEmergencyCard, type EmergencyCard } from './card/emergencyCard';
import { type CardSize, renderCardDocx, renderCardHtml } from './card/renderCard';
import { type ExportOptions, buildDocumentModel, renderContext } from './documentModel';
import { renderDocx } from './docx/renderDocx';
import { renderPrintView } from './html/printView';
import type { DocumentModel } from './model';
import { type PdfPrinter, writePdf } from './pdf';
import { exportTranslator } from './translator';
import { writeFileSafely } from './writeFile';

function translatorFor(plan: PlanJson, options: ExportOptions) {
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

/** The emergency card of a plan in the chosen language. */
export function planEmergencyCard(plan: PlanJson, options: ExportOptions): EmergencyCard {
  return buildEmergencyCard(renderContext(plan, translatorFor(plan, options), options), options.now);
}

/** Writes the emergency card as Word (`.docx`) or, with a printer, as PDF. */
export async function exportCard(plan: PlanJson, path: string, options: ExportOptions, print?: PdfPrinter, size: CardSize = 'a4', signal?: AbortSignal): Promise<void> {
  const card = planEmergencyCard(plan, options);
  if (print) return writePdf(renderCardHtml(card, size), path, print, signal);
  const bytes = await renderCardDocx(card);
  throwIfCancelled(signal);
  writeFileSafely(path, bytes);
}

/** Renders a plan to Word and writes it safely to `path`. */
export async function exportDocx(plan: PlanJson, path: string, options: ExportOptions, signal?: AbortSignal): Promise<void> {
  const bytes = await renderDocx(planDocumentModel(plan, options));
  throwIfCancelled(signal);
  writeFileSafely(path, bytes);
}

/** The print view of a plan (the PDF's source and the in-app preview). */
export function exportPrintView(plan: PlanJson, options: ExportOptions): string {
  return renderPrintView(planDocumentModel(plan, options));
}

/** Prints a plan to PDF and writes it safely to `path`. */
export async function exportPdf(plan: PlanJson, path: string, options: ExportOptions, print: PdfPrinter, signal?: AbortSignal): Promise<void> {
  await writePdf(exportPrintView(plan, options), path, print, signal);
}

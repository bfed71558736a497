import { wordingRegion, type OrganisationKind } from '../domain/organisationKinds';
import type { PlanJson } from '../domain/planJson';
import { type ExportOptions, buildDocumentModel } from './documentModel';
import { renderDocx } from './docx/renderDocx';
import { renderPrintView } from './html/printView';
import type { DocumentModel } from './model';
import { type PdfPrinter, writePdf } from './pdf';
import { exportTranslator } from './translator';
import { writeFileSafely } from './writeFile';

/** The document model of a plan in the chosen language, with Flemish or Netherlands wording. */
export function planDocumentModel(plan: PlanJson, options: ExportOptions): DocumentModel {
  const organisation = plan.sections.organisation;
  const kind = organisation && !Array.isArray(organisation) ? organisation.kind : '';
  const region = wordingRegion((typeof kind === 'string' ? kind : '') as OrganisationKind | '');
  return buildDocumentModel(plan, exportTranslator(options.language, region), options);
}

/** Renders a plan to Word and writes it safely to `path`. */
export async function exportDocx(plan: PlanJson, path: string, options: ExportOptions): Promise<void> {
  const bytes = await renderDocx(planDocumentModel(plan, options));
  writeFileSafely(path, bytes);
}

/** The print view of a plan (the PDF's source and the in-app preview). */
export function exportPrintView(plan: PlanJson, options: ExportOptions): string {
  return renderPrintView(planDocumentModel(plan, options));
}

/** Prints a plan to PDF and writes it safely to `path`. */
export async function exportPdf(plan: PlanJson, path: string, options: ExportOptions, print: PdfPrinter): Promise<void> {
  await writePdf(exportPrintView(plan, options), path, print);
}

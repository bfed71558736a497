import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PlanError } from '../domain/errors';
import { findSection } from '../domain/plan';
import { validatePatch } from '../domain/section';
import { savePlanCopy } from '../storage/copy';
import { PLAN_EXTENSION } from '../storage/fileFormat';
import type { PlanDocument } from '../storage/planDocument';
import { fsyncDirectory, temporarySibling } from '../storage/planFile';
import { toPlanJson } from '../storage/planJson';
import { changeRecordOf } from '../storage/versions';
import { ExportCancelled, throwIfCancelled } from './cancel';
import type { ExportOptions } from './documentModel';
import { exportCard, exportDocx, exportPdf, planDocumentModel } from './exportPlan';
import { cardFileName, exportFileName } from './fileName';
import type { PdfPrinter } from './pdf';
import { exportTranslator } from './translator';
import { todayIso } from './values';
import { exportWriteError } from './writeFile';

export interface KitResult {
  folder: string;
  files: string[];
}

function safeName(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'plan';
}

/** The folder name a dialog suggests for a kit: "Noodkit Beekzande 2026-11-23". */
export function kitFolderName(document: PlanDocument, options: ExportOptions): string {
  const organisation = String(document.singleton('organisation').get().name ?? '');
  const t = exportTranslator(options.language, 'company');
  return safeName(t('exports.kit.folderName', { organisation, date: todayIso(options.now ?? new Date()) }));
}

/** Notes in the plan's distribution list which version went where, when that list exists. */
function recordDistribution(document: PlanDocument, folder: string, version: string, options: ExportOptions): void {
  const section = findSection('distribution');
  if (!section || section.kind !== 'list' || document.file.readOnly) return;
  const t = exportTranslator(options.language, 'company');
  const entry = validatePatch(section, {
    holderName: t('exports.kit.holder', { folder }),
    form: 'usb',
    versionHeld: version,
    handedOverOn: todayIso(options.now ?? new Date()),
  });
  // A distribution list shaped differently than expected is left alone rather than half filled.
  if (entry.ok) document.list('distribution').add(entry.value);
}

/**
 * Writes the off-line kit to a new folder (a USB stick): a verified copy of the plan file, the plan
 * as Word and PDF, the emergency card and a read-me. Everything is made in a temporary folder
 * beside the target and renamed into place at the end, so a pulled stick leaves no half kit.
 */
export async function writeKit(document: PlanDocument, folder: string, options: ExportOptions, print?: PdfPrinter, signal?: AbortSignal): Promise<KitResult> {
  if (existsSync(folder)) throw new PlanError('write-failed', `${folder} already exists`, { path: folder, detail: 'exists' });
  const plan = toPlanJson(document);
  options = { ...options, changeRecord: changeRecordOf(document) };
  const model = planDocumentModel(plan, options);
  const t = exportTranslator(options.language, 'company');
  const organisation = model.organisation;
  const names = {
    plan: `${safeName(organisation)}.${PLAN_EXTENSION}`,
    docx: exportFileName(organisation, 'docx', options.language),
    pdf: exportFileName(organisation, 'pdf', options.language),
    card: print ? cardFileName(organisation, options.language) : cardFileName(organisation, options.language).replace(/\.pdf$/, '.docx'),
    pocket: cardFileName(organisation, options.language).replace(/\.pdf$/, ` (${t('exports.kit.pocketSuffix')}).pdf`),
  };
  const temporary = temporarySibling(folder, 'kit');
  try {
    mkdirSync(temporary);
    throwIfCancelled(signal);
    savePlanCopy(document.db, document.file.path, join(temporary, names.plan));
    await exportDocx(plan, join(temporary, names.docx), options, signal);
    if (print) await exportPdf(plan, join(temporary, names.pdf), options, print, signal);
    await exportCard(plan, join(temporary, names.card), options, print, 'a4', signal);
    if (print) await exportCard(plan, join(temporary, names.pocket), options, print, 'pocket', signal);
    throwIfCancelled(signal);
    const written = (Object.keys(names) as (keyof typeof names)[]).filter((key) => (key !== 'pdf' && key !== 'pocket') || print);
    const files = written.map((key) => `- ${names[key]}: ${t(`exports.kit.files.${key}`)}`).join('\n');
    const readme = t('exports.kit.readme', { organisation, version: model.version || '—', date: model.date, files });
    writeFileSync(join(temporary, t('exports.kit.readmeName')), `${readme.replace(/\n/g, '\r\n')}\r\n`);
    renameSync(temporary, folder);
    fsyncDirectory(dirname(folder));
    recordDistribution(document, basename(folder), model.version, options);
    return { folder, files: [...written.map((key) => names[key]), t('exports.kit.readmeName')] };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (error instanceof ExportCancelled) throw error;
    throw exportWriteError(error, folder);
  }
}

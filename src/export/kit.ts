import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PlanError } from '../domain/errors';
import { findSection } from '../domain/plan';
import { validatePatch } from '../domain/section';
import { savePlanCopy } from '../storage/copy';
import { saveEncryptedCopy } from '../storage/encryptedCopy';
import { ENCRYPTED_EXTENSION } from '../storage/encryptedFormat';
import { PLAN_EXTENSION } from '../storage/fileFormat';
import type { PlanDocument } from '../storage/planDocument';
import { toPlanJson } from '../storage/planJson';
import { writeWhole, writeWholeAsync } from '../storage/wholeFile';
import { changeRecordOf } from '../storage/versions';
import { checkPlanExportable } from './budget';
import { ExportCancelled, throwIfCancelled } from './cancel';
import type { ExportOptions } from './documentModel';
import { exportCard, exportDocx, exportPdf, planDocumentModelStepwise, planRenderContext } from './exportPlan';
import { cardFileName, exportFileName, outsideFileName } from './fileName';
import { emergencyContacts } from './outside/emergencyContacts';
import { planICalendar, planOfflineHtml, planVcards } from './outside/outsideExports';
import { firstHourText } from './outside/readmeText';
import type { PdfPrinter } from './pdf';
import { type KitPart, type ProgressReport, ignoreProgress } from './progress';
import { exportTranslator } from './translator';
import { todayIso } from './values';
import { exportWriteError, writeFileSafely } from './writeFile';
import { safeFileName } from '../domain/fileNames';

export interface KitResult {
  folder: string;
  files: string[];
}

/** What a kit can hold beyond the plan and its documents. */
export interface KitExtras {
  /**
   * Seals the plan copy with this passphrase. The documents, which cannot be encrypted and must
   * open on any computer, are then made without private data, or left out ('none').
   */
  encryption?: { passphrase: string; documents: 'without-private' | 'none' };
  /** The running portable Paraat (Windows), copied beside the plan so the stick can open it anywhere. */
  programPath?: string;
}

function copyProgram(programPath: string, target: string): void {
  writeWhole(target, { purpose: 'copying', write: (temporary) => copyFileSync(programPath, temporary) });
}

const safeName = (text: string) => safeFileName(text);

/** The folder name a dialog suggests for a kit: "Noodkit Beekzande 2026-11-23". */
export function kitFolderName(document: PlanDocument, options: ExportOptions): string {
  const organisation = document.record('organisation').name;
  const t = exportTranslator(options.language, 'company');
  return safeName(t('exports.kit.folderName', { organisation, date: todayIso(options.now ?? new Date()) }));
}

/** Notes in the plan's distribution list which version went where, when that list exists. */
function recordDistribution(
  document: PlanDocument,
  folder: string,
  version: string,
  options: ExportOptions,
  encrypted: boolean,
): void {
  const section = findSection('distribution');
  if (!section || section.kind !== 'list' || document.file.readOnly) return;
  const t = exportTranslator(options.language, 'company');
  const entry = validatePatch(section, {
    holderName: t(encrypted ? 'exports.kit.encrypted.holder' : 'exports.kit.holder', { folder }),
    form: 'usb',
    versionHeld: version,
    handedOverOn: todayIso(options.now ?? new Date()),
  });
  // A distribution list shaped differently than expected is left alone rather than half filled.
  if (entry.ok) document.list('distribution').add(entry.value);
}

/**
 * Writes the off-line kit to a new folder (a USB stick): a verified copy of the plan file (or an
 * encrypted one), the plan as Word and PDF, the emergency card, the portable program when Paraat
 * runs as one, and a read-me saying what is and is not encrypted. Everything is made in a
 * temporary folder beside the target and renamed into place at the end, so a pulled stick leaves
 * no half kit.
 */
export async function writeKit(
  document: PlanDocument,
  folder: string,
  options: ExportOptions,
  print?: PdfPrinter,
  signal?: AbortSignal,
  extras: KitExtras = {},
  report: ProgressReport = ignoreProgress,
): Promise<KitResult> {
  if (existsSync(folder))
    throw new PlanError('write-failed', `${folder} already exists`, { path: folder, detail: 'exists' });
  checkPlanExportable(document);
  const plan = toPlanJson(document);
  const { encryption, programPath } = extras;
  const withDocuments = encryption?.documents !== 'none';
  // Beside an encrypted plan, plain documents with private numbers would undo the encryption.
  options = {
    ...options,
    includePrivate: options.includePrivate && !encryption,
    changeRecord: changeRecordOf(document),
  };
  // Built only for the kit's names and read-me; stepwise so a cancel and the panel's questions get in.
  const model = await planDocumentModelStepwise(plan, options, signal);
  const t = exportTranslator(options.language, 'company');
  const organisation = model.organisation;
  const names = {
    plan: `${safeName(organisation)}.${encryption ? ENCRYPTED_EXTENSION : PLAN_EXTENSION}`,
    docx: exportFileName(organisation, 'docx', options.language),
    pdf: exportFileName(organisation, 'pdf', options.language),
    card: print
      ? cardFileName(organisation, options.language)
      : cardFileName(organisation, options.language).replace(/\.pdf$/, '.docx'),
    pocket: cardFileName(organisation, options.language).replace(/\.pdf$/, ` (${t('exports.kit.pocketSuffix')}).pdf`),
    html: outsideFileName(organisation, 'html', options.language),
    vcf: outsideFileName(organisation, 'vcf', options.language),
    ics: outsideFileName(organisation, 'ics', options.language),
    program: programPath ? basename(programPath) : '',
  };
  // A plan with nobody to call or no dates yet gets no empty contacts or calendar file.
  const vcards = withDocuments ? planVcards(plan, options) : null;
  const calendar = withDocuments ? planICalendar(plan, options) : null;
  const parts: KitPart[] = ['plan'];
  if (withDocuments)
    parts.push(...(print ? (['docx', 'pdf', 'card', 'pocket'] as const) : (['docx', 'pdf', 'card'] as const)), 'html');
  if (vcards !== null) parts.push('vcf');
  if (calendar !== null) parts.push('ics');
  if (programPath) parts.push('program');
  /** Reports the steps of one part of the kit, prefixed with "2 of 5: Word". */
  const partReport = (name: KitPart): ProgressReport => {
    const part = { number: parts.indexOf(name) + 1, of: parts.length, name };
    return (progress) => report({ ...progress, part });
  };
  const written = (Object.keys(names) as (keyof typeof names)[]).filter((key) => {
    if (key === 'plan') return true;
    if (key === 'program') return Boolean(programPath);
    if (key === 'vcf') return vcards !== null;
    if (key === 'ics') return calendar !== null;
    return withDocuments && (key !== 'pocket' || print);
  });
  await writeWholeAsync(folder, {
    purpose: 'kit',
    folder: true,
    write: async (temporary) => {
      mkdirSync(temporary);
      throwIfCancelled(signal);
      partReport('plan')({ stage: 'writing' });
      if (encryption)
        await saveEncryptedCopy(document.db, document.file.path, join(temporary, names.plan), encryption.passphrase);
      else savePlanCopy(document.db, document.file.path, join(temporary, names.plan));
      if (withDocuments) {
        await exportDocx(plan, join(temporary, names.docx), options, signal, partReport('docx'));
        await exportPdf(plan, join(temporary, names.pdf), options, signal, partReport('pdf'));
        await exportCard(plan, join(temporary, names.card), options, print, 'a4', signal, partReport('card'));
        if (print)
          await exportCard(plan, join(temporary, names.pocket), options, print, 'pocket', signal, partReport('pocket'));
        partReport('html')({ stage: 'writing' });
        writeFileSafely(
          join(temporary, names.html),
          planOfflineHtml(plan, model, options, vcards !== null ? { contactsFile: names.vcf } : {}),
        );
      }
      if (vcards !== null) partReport('vcf')({ stage: 'writing' });
      if (vcards !== null) writeFileSafely(join(temporary, names.vcf), vcards);
      if (calendar !== null) partReport('ics')({ stage: 'writing' });
      if (calendar !== null) writeFileSafely(join(temporary, names.ics), calendar);
      throwIfCancelled(signal);
      if (programPath) partReport('program')({ stage: 'writing' });
      if (programPath) copyProgram(programPath, join(temporary, names.program));
      throwIfCancelled(signal);
      const fileKey = (key: keyof typeof names) => (key === 'plan' && encryption ? 'encryptedPlan' : key);
      const files = written.map((key) => `- ${names[key]}: ${t(`exports.kit.files.${fileKey(key)}`)}`).join('\n');
      const context = planRenderContext(plan, options);
      const firstHour = firstHourText(emergencyContacts(context), context, withDocuments ? names.html : '');
      const facts = {
        organisation,
        version: model.version || '—',
        date: model.date,
        files,
        planFile: names.plan,
        firstHour,
      };
      const readme = encryption
        ? t('exports.kit.encrypted.readme', {
            ...facts,
            documents: t(`exports.kit.encrypted.documents.${encryption.documents}`),
          })
        : t('exports.kit.readme', facts);
      writeFileSafely(join(temporary, t('exports.kit.readmeName')), `${readme.replace(/\n/g, '\r\n')}\r\n`);
    },
    failure: (error) => (error instanceof ExportCancelled ? error : exportWriteError(error, folder)),
  });
  recordDistribution(document, basename(folder), model.version, options, Boolean(encryption));
  return { folder, files: [...written.map((key) => names[key]), t('exports.kit.readmeName')] };
}

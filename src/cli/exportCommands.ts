import { existsSync, readFileSync } from 'node:fs';
import { PlanError } from '../domain/errors';
import { PLAN_LANGUAGES, type PlanLanguage } from '../domain/organisationKinds';
import { planJsonSchema } from '../domain/planJson';
import { exportCard, exportDocx, exportPdf } from '../export/exportPlan';
import {
  exportICalendar,
  exportOfflineHtml,
  exportVcards,
  planICalendar,
  planVcards,
} from '../export/outside/outsideExports';
import { chromiumPrinter, findChromium } from '../export/pdf';
import { writeFileSafely } from '../export/writeFile';
import { PlanDocument } from '../storage/planDocument';
import { createPlanFile, openPlanFile } from '../storage/planFile';
import { fillFromJson, toPlanJson } from '../storage/planJson';
import { changeRecordOf } from '../storage/versions';

export interface ExportRequest {
  docx?: string;
  json?: string;
  pdf?: string;
  /** The emergency card: `.pdf` (printed with Chromium) or `.docx`. */
  card?: string;
  /** The self-contained HTML plan for the first hour. */
  html?: string;
  /** The call tree's people and the suppliers' lines as vCard contacts. */
  vcf?: string;
  /** The plan's dates as iCalendar reminders. */
  ics?: string;
  /** `pocket`: the PDF card on A6 pages, to fold and carry. */
  cardSize?: string;
  language?: string;
  includePrivate: boolean;
}

export type CommandOutcome = { ok: true; messages: string[] } | { ok: false; usage: string };

/** Paraat never overwrites a file from the command line. */
export const refuseExisting = (path: string): CommandOutcome | null =>
  existsSync(path)
    ? {
        ok: false,
        usage: `${path} already exists; choose another name (Paraat never overwrites a file from the command line).`,
      }
    : null;

/** `paraat export <file> --docx <out> --pdf <out> --json <out> --html <out> --vcf <out> --ics <out> [--lang nl|en] [--no-private]` */
export async function exportCommand(file: string, request: ExportRequest): Promise<CommandOutcome> {
  const targets = [
    request.docx,
    request.json,
    request.pdf,
    request.card,
    request.html,
    request.vcf,
    request.ics,
  ].filter((target): target is string => Boolean(target));
  if (targets.length === 0)
    return {
      ok: false,
      usage:
        'Say what to export: --docx <out.docx>, --pdf <out.pdf>, --card <out.pdf|out.docx>, --html <out.html>, --vcf <out.vcf>, --ics <out.ics> and/or --json <out.json>.',
    };
  const cardAsPdf = Boolean(request.card?.toLowerCase().endsWith('.pdf'));
  if (request.card && !cardAsPdf && !request.card.toLowerCase().endsWith('.docx')) {
    return { ok: false, usage: 'The emergency card is written as .pdf or .docx: name the file accordingly.' };
  }
  if (request.card && !cardAsPdf && request.cardSize === 'pocket') {
    return {
      ok: false,
      usage:
        'The pocket card (A6) is printed as PDF only: name the card .pdf, or leave out --card-size pocket for the A4 card in Word.',
    };
  }
  const chromium = request.pdf || cardAsPdf ? findChromium() : null;
  if ((request.pdf || cardAsPdf) && !chromium) {
    return {
      ok: false,
      usage:
        'A PDF is printed with Chromium or Chrome, and none was found: set PARAAT_CHROMIUM to its executable, or export --docx.',
    };
  }
  for (const target of targets) {
    const refused = refuseExisting(target);
    if (refused) return refused;
  }
  const document = new PlanDocument(openPlanFile(file));
  let plan;
  let changeRecord;
  try {
    plan = toPlanJson(document);
    changeRecord = changeRecordOf(document);
  } finally {
    document.close();
  }
  const chosen = chosenLanguage(request.language, plan.language);
  if ('usage' in chosen) return { ok: false, usage: chosen.usage };
  const { language } = chosen;
  const outside = { language, includePrivate: request.includePrivate, changeRecord };
  // Said before anything is written, so a refused part leaves no other file behind either.
  if (request.vcf && planVcards(plan, outside) === null)
    return {
      ok: false,
      usage:
        'The plan has nobody to call yet (no call tree, no supplier emergency line): no contacts file was written.',
    };
  if (request.ics && planICalendar(plan, outside) === null)
    return {
      ok: false,
      usage:
        'The plan holds no dates yet (review date, exercises, restore tests, contract ends): no calendar was written.',
    };
  const messages: string[] = [];
  if (request.json) {
    writeFileSafely(request.json, `${JSON.stringify(plan, null, 2)}\n`);
    messages.push(`Plan JSON written to ${request.json}`);
  }
  if (request.docx) {
    await exportDocx(plan, request.docx, { language: language, includePrivate: request.includePrivate, changeRecord });
    messages.push(`Word document written to ${request.docx}`);
  }
  if (request.pdf && chromium) {
    await exportPdf(
      plan,
      request.pdf,
      { language: language, includePrivate: request.includePrivate, changeRecord },
      chromiumPrinter(chromium),
    );
    messages.push(`PDF written to ${request.pdf}`);
  }
  if (request.card) {
    const print = cardAsPdf && chromium ? chromiumPrinter(chromium) : undefined;
    const size = request.cardSize === 'pocket' ? 'pocket' : 'a4';
    await exportCard(
      plan,
      request.card,
      { language: language, includePrivate: request.includePrivate, changeRecord },
      print,
      size,
    );
    messages.push(`Emergency card written to ${request.card}`);
  }
  if (request.html) {
    await exportOfflineHtml(plan, request.html, outside);
    messages.push(`HTML plan written to ${request.html}`);
  }
  if (request.vcf) {
    exportVcards(plan, request.vcf, outside);
    messages.push(`Contacts (vCard) written to ${request.vcf}`);
  }
  if (request.ics) {
    exportICalendar(plan, request.ics, outside);
    messages.push(`Reminders (iCalendar) written to ${request.ics}`);
  }
  return { ok: true, messages };
}

/** `paraat import <plan.json> <file>`: a new plan file from plan JSON, every record validated. */
export function importCommand(jsonPath: string, file: string): CommandOutcome {
  const refused = refuseExisting(file);
  if (refused) return refused;
  let raw: unknown;
  try {
    // Notepad and other Windows editors save UTF-8 with a byte order mark, which JSON.parse refuses.
    raw = JSON.parse(readFileSync(jsonPath, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PlanError(
      'invalid-request',
      `${jsonPath} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`,
      { path: jsonPath },
    );
  }
  const parsed = planJsonSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PlanError(
      'invalid-request',
      `${jsonPath} is not Paraat plan JSON: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  createPlanFile(file, (db) => fillFromJson(db, parsed.data)).close();
  return { ok: true, messages: [`Plan written to ${file}`] };
}

/** The language asked for on the command line, else the plan's own: nl or en, or why not. */
export function chosenLanguage(
  requested: string | undefined,
  planLanguage: unknown,
): { language: PlanLanguage } | { usage: string } {
  const language = requested ?? (planLanguage === 'en' ? 'en' : 'nl');
  return PLAN_LANGUAGES.includes(language as PlanLanguage)
    ? { language: language as PlanLanguage }
    : { usage: `Unknown language ${language}: use nl or en.` };
}

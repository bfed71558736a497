import { existsSync, readFileSync, rmSync } from 'node:fs';
import { PlanError, isPlanError } from '../domain/errors';
import { PLAN_LANGUAGES, type PlanLanguage } from '../domain/organisationKinds';
import { planJsonSchema } from '../domain/planJson';
import { chromiumPrinter, findChromium } from '../export/pdf';
import { writeFileSafely } from '../export/writeFile';
import { createPlanFile } from '../storage/planFile';
import { fillFromJson, toPlanJson } from '../storage/planJson';
import { withAppHandlers } from './appHandlers';

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

/** The parts the app's export handlers write, in the order they are written: the ones a plan can be too empty for first. */
const HANDLER_PARTS = [
  { option: 'vcf', channel: 'export.vcf', written: 'Contacts (vCard) written to' },
  { option: 'ics', channel: 'export.ics', written: 'Reminders (iCalendar) written to' },
  { option: 'docx', channel: 'export.docx', written: 'Word document written to' },
  { option: 'pdf', channel: 'export.pdf', written: 'PDF written to' },
  { option: 'card', channel: 'export.card', written: 'Emergency card written to' },
  { option: 'html', channel: 'export.html', written: 'HTML plan written to' },
] as const;

/** The order the messages are printed in: as the options are listed in the usage. */
const MESSAGE_ORDER = ['json', 'docx', 'pdf', 'card', 'html', 'vcf', 'ics'] as const;

/** Why a part the plan is too empty for was not written. */
const TOO_EMPTY: Partial<Record<string, string>> = {
  'no-contacts':
    'The plan has nobody to call yet (no call tree, no supplier emergency line): no contacts file was written.',
  'no-dates':
    'The plan holds no dates yet (review date, exercises, restore tests, contract ends): no calendar was written.',
};

/**
 * `paraat export <file> --docx <out> --pdf <out> --json <out> --html <out> --vcf <out> --ics <out> [--lang nl|en] [--no-private]`:
 * the app's export handlers, each with its save dialog answered by the file named here.
 */
export async function exportCommand(
  file: string,
  request: ExportRequest,
  resourcesDirectory: string,
): Promise<CommandOutcome> {
  const targets = MESSAGE_ORDER.map((option) => request[option]).filter((target): target is string => Boolean(target));
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
  // The plan's PDF needs no browser; the emergency card's PDF is still printed by one.
  const chromium = cardAsPdf ? findChromium() : null;
  if (cardAsPdf && !chromium) {
    return {
      ok: false,
      usage:
        'The emergency card PDF is printed with Chromium or Chrome, and none was found: set PARAAT_CHROMIUM to its executable, or name the card .docx.',
    };
  }
  for (const target of targets) {
    const refused = refuseExisting(target);
    if (refused) return refused;
  }
  const printToPdf = chromium ? chromiumPrinter(chromium) : undefined;
  return withAppHandlers(resourcesDirectory, { printToPdf }, async (app): Promise<CommandOutcome> => {
    const summary = await app.call('plan.open', { path: file });
    const chosen = chosenLanguage(request.language, summary?.language);
    if ('usage' in chosen) return { ok: false, usage: chosen.usage };
    const payload = { language: chosen.language, includePrivate: request.includePrivate };
    const card = { size: request.cardSize === 'pocket' ? 'pocket' : 'a4', format: cardAsPdf ? 'pdf' : 'docx' } as const;
    const written = new Map<string, { path: string; message: string }>();
    for (const { option, channel, written: message } of HANDLER_PARTS) {
      const target = request[option];
      if (!target) continue;
      try {
        await app.call(channel, channel === 'export.card' ? { ...payload, ...card } : payload, target);
      } catch (error) {
        const tooEmpty = isPlanError(error) ? TOO_EMPTY[error.code] : undefined;
        if (!tooEmpty) throw error;
        // A refusal of the whole command: what it wrote just before (the contacts) is taken away again.
        for (const { path } of written.values()) rmSync(path, { force: true });
        return { ok: false, usage: tooEmpty };
      }
      written.set(option, { path: target, message: `${message} ${target}` });
    }
    if (request.json) {
      writeFileSafely(request.json, `${JSON.stringify(toPlanJson(app.openDocument()!), null, 2)}\n`);
      written.set('json', { path: request.json, message: `Plan JSON written to ${request.json}` });
    }
    return { ok: true, messages: MESSAGE_ORDER.flatMap((option) => written.get(option)?.message ?? []) };
  });
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

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPlanError } from '../domain/errors';
import { PLAN_LANGUAGES, type PlanLanguage } from '../domain/organisationKinds';
import { writeExamplePlan } from '../storage/examplePlan';
import { checkCommand } from './checkCommand';
import { healthReport } from './healthReport';
import { type CommandOutcome, exportCommand, importCommand } from './exportCommands';
import { type SecretSource, decryptCommand, encryptCommand } from './encryptionCommands';
import { importListCommand } from './importListCommand';
import { kitCommand } from './kitCommand';

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, planProblems: 1, usage: 2, fileRefused: 3 } as const;

export interface CliIo extends SecretSource {
  resourcesDirectory: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `Usage: paraat <command> [options]

Commands:
  example <file> [--lang nl|en]   write the fictional example plan to <file>
  check <file> [--json] [--lang nl|en]   check a plan file: identity, format, integrity, structure,
                                  then its health: score and findings (exit 1 while high findings remain)
  export <file> [--docx <out.docx>] [--pdf <out.pdf>] [--json <out.json>] [--lang nl|en] [--no-private]
                                  export the plan to Word, PDF (no browser needed) and/or
                                  lossless plan JSON
                                  --card <out.pdf|out.docx> [--card-size a4|pocket]: the emergency
                                  card (pocket: A6 pages to fold and carry; as PDF printed by
                                  Chromium or Chrome, PARAAT_CHROMIUM)
                                  --html <out.html>: the plan as one self-contained web page for
                                  the first hour (opens in any browser, no network)
                                  --vcf <out.vcf>: the call tree and suppliers' lines as contacts
                                  --ics <out.ics>: review, exercises, trainings, restore tests,
                                  contract ends as calendar reminders
                                  (--no-private leaves private data out, for wider distribution)
  import <plan.json> <file>       make a new plan file from plan JSON (docs/plan.schema.json)
  import-list <file> <systems|people|suppliers> <list.csv|.txt|.xlsx> [--sheet <name>] [--dry-run]
                                  import the inventory, people or suppliers from a list or an
                                  export (Outlook, Google, Microsoft 365, Lansweeper, Intune, …)
                                  with the proposed columns: matching items updated, new ones
                                  added; --sheet reads that sheet of a workbook (the first
                                  sheet with data otherwise); --dry-run says what it would do
                                  and writes nothing
  kit <file> <new folder> [--lang nl|en] [--no-private]
                                  the off-line kit: verified plan copy, Word, PDF, emergency card,
                                  HTML plan, contacts (vCard), reminders (iCalendar), read-me with
                                  the first steps and emergency numbers; noted in the plan's
                                  distribution list
                                  --encrypt: the plan copy encrypted (.paraatx); Word, PDF and card
                                  then without private data, or left out with --no-documents
  encrypt <file> <out.paraatx>    an encrypted copy of the plan, for a USB stick
  decrypt <in.paraatx> <out.paraat>
                                  an ordinary plan file from an encrypted copy
                                  (the passphrase comes from PARAAT_PASSPHRASE or is asked for;
                                  never give it as an argument)
  help                            show this text

Exit codes: 0 ok, 1 the plan has problems, 2 wrong usage, 3 the file is not a usable plan.`;

/** Options that take no value. */
const FLAGS = new Set(['no-private', 'encrypt', 'no-documents', 'dry-run']);

function parseOptions(args: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (FLAGS.has(arg.slice(2))) options.set(arg.slice(2), 'yes');
    else if (arg.startsWith('--')) {
      options.set(arg.slice(2), args[i + 1] ?? '');
      i++;
    } else positional.push(arg);
  }
  return { positional, options };
}

function reportFailure(error: unknown, io: CliIo): number {
  if (isPlanError(error)) {
    io.err(`paraat: ${error.message} [${error.code}]`);
    return EXIT.fileRefused;
  }
  io.err(`paraat: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.fileRefused;
}

function reportOutcome(outcome: CommandOutcome, io: CliIo): number {
  if (!outcome.ok) {
    io.err(`paraat: ${outcome.usage}`);
    return EXIT.usage;
  }
  outcome.messages.forEach((message) => io.out(message));
  return EXIT.ok;
}

/** Returns the exit code; a promise of it for the commands that render documents. */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  const { positional, options } = parseOptions(rest);
  try {
    switch (command) {
      case 'example': {
        const [file] = positional;
        const language = (options.get('lang') ?? 'nl') as PlanLanguage;
        if (!file || !PLAN_LANGUAGES.includes(language)) break;
        if (existsSync(file)) {
          io.err(
            `paraat: ${file} already exists; choose another name (Paraat never overwrites a file from the command line).`,
          );
          return EXIT.usage;
        }
        writeExamplePlan(file, join(io.resourcesDirectory, 'examples'), language).close();
        io.out(`Example plan written to ${file}`);
        return EXIT.ok;
      }
      case 'check': {
        // `--json` takes no value here: `check --json plan.paraat` names the file after it.
        const json = options.has('json');
        const file = positional[0] ?? (json ? options.get('json') : undefined);
        const language = options.get('lang') || undefined;
        if (!file || (language !== undefined && !PLAN_LANGUAGES.includes(language as PlanLanguage))) break;
        const { lines, damage } = checkCommand(file);
        if (!json) lines.forEach((line) => io.out(line));
        if (damage) {
          io.err(`The plan file is damaged: ${damage} [damaged]`);
          return EXIT.fileRefused;
        }
        const report = healthReport(file, language as PlanLanguage | undefined);
        if (json) {
          const { score, completeness, warnings } = report.health;
          io.out(JSON.stringify({ score, completeness, findings: warnings }, null, 2));
        } else report.lines.forEach((line) => io.out(line));
        return report.highRemaining ? EXIT.planProblems : EXIT.ok;
      }
      case 'export': {
        const [file] = positional;
        if (!file) break;
        return exportCommand(
          file,
          {
            docx: options.get('docx') || undefined,
            json: options.get('json') || undefined,
            pdf: options.get('pdf') || undefined,
            card: options.get('card') || undefined,
            html: options.get('html') || undefined,
            vcf: options.get('vcf') || undefined,
            ics: options.get('ics') || undefined,
            cardSize: options.get('card-size') || undefined,
            language: options.get('lang') || undefined,
            includePrivate: !options.has('no-private'),
          },
          io.resourcesDirectory,
        ).then(
          (outcome) => reportOutcome(outcome, io),
          (error: unknown) => reportFailure(error, io),
        );
      }
      case 'kit': {
        const [file, folder] = positional;
        if (!file || !folder) break;
        const request = {
          language: options.get('lang') || undefined,
          includePrivate: !options.has('no-private'),
          encrypt: options.has('encrypt')
            ? { documents: options.has('no-documents') ? ('none' as const) : ('without-private' as const) }
            : undefined,
        };
        return kitCommand(file, folder, request, io.resourcesDirectory, io).then(
          (outcome) => reportOutcome(outcome, io),
          (error: unknown) => reportFailure(error, io),
        );
      }
      case 'encrypt':
      case 'decrypt': {
        const [input, output] = positional;
        if (!input || !output) break;
        return (command === 'encrypt' ? encryptCommand : decryptCommand)(input, output, io.resourcesDirectory, io).then(
          (outcome) => reportOutcome(outcome, io),
          (error: unknown) => reportFailure(error, io),
        );
      }
      case 'import': {
        const [jsonPath, file] = positional;
        if (!jsonPath || !file) break;
        return reportOutcome(importCommand(jsonPath, file), io);
      }
      case 'import-list': {
        const [planFile, list, listFile] = positional;
        if (!planFile || !list || !listFile) break;
        if (options.has('sheet') && !options.get('sheet')) break;
        return importListCommand(planFile, list, listFile, {
          dryRun: options.has('dry-run'),
          sheet: options.get('sheet'),
        }).then(
          ({ code, out, err }) => {
            out.forEach((line) => io.out(line));
            err.forEach((line) => io.err(line));
            return code;
          },
          (error: unknown) => reportFailure(error, io),
        );
      }
      case 'help':
      case '--help':
        io.out(USAGE);
        return EXIT.ok;
    }
  } catch (error) {
    return reportFailure(error, io);
  }
  io.err(USAGE);
  return EXIT.usage;
}

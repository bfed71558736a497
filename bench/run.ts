import BetterSqlite3 from 'better-sqlite3';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planRestart } from '../src/domain/rules/restartOrder';
import { planDocumentModel } from '../src/export/exportPlan';
import type { DocumentModel } from '../src/export/model';
import { SIZE_NAMES, type SizeName } from './generatePlan';
import { withProcessCpu } from './processCpu';
import {
  DATA_STEPS,
  autosavedEdit,
  type BenchApp,
  benchApp,
  exportWord,
  freshCopy,
  health,
  importInventory,
  loadStep,
  openFirstScreen,
  preparePlans,
} from './scenario';

/**
 * `npm run bench [-- --sizes S,M,L,XL] [--quick] [--pdf] [--no-pdf] [--only pdf] [--no-libreoffice] [--no-docx] [--docx-xl]`:
 * times what a coordinator waits for on
 * plans of growing size, each next to a bare reference measured in the same run, and prints a table
 * (JSON in bench-output/). Never part of `npm test`: the machines are too noisy for timed tests.
 */

interface Stats {
  median: number;
  p95: number;
  runs: number;
}
interface Figure {
  key: string;
  label: string;
  target?: number;
  /** Which statistic the target applies to. */
  on: 'median' | 'p95';
  bySize: Partial<Record<SizeName, Stats>>;
  reference: Partial<Record<SizeName, Stats>>;
  /** A figure may be at most this many times its reference at L. */
  maxReferenceRatio?: number;
  unit: 'ms' | 'MB';
}

const execFileAsync = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const quick = args.includes('--quick');
const withPdf = args.includes('--pdf');
/** The L plan's PDF is timed next to LibreOffice converting its Word file in every run; --no-pdf leaves it out. */
const pdfAt = (size: SizeName) => !args.includes('--no-pdf') && (withPdf || size === 'L');
const skipDocx = args.includes('--no-docx');
/** `--only pdf`: just the PDF next to LibreOffice, at each size asked for. */
const onlyPdf = option('--only') === 'pdf';
const sizes = (option('--sizes') ?? 'S,M,L').split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
for (const size of sizes)
  if (!SIZE_NAMES.includes(size)) throw new Error(`Unknown size ${size}; use ${SIZE_NAMES.join(',')}`);

const runsFor = (base: number, size: SizeName) =>
  Math.max(quick ? 2 : 3, Math.round((quick ? base / 3 : base) / (size === 'XL' ? 3 : 1)));

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

async function time(
  runs: number,
  work: (round: number) => unknown | Promise<unknown>,
  before?: (round: number) => void | Promise<void>,
): Promise<Stats> {
  const samples: number[] = [];
  for (let round = 0; round < runs; round++) {
    await before?.(round);
    const start = performance.now();
    await work(round);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const figures: Figure[] = [
  { key: 'open', label: 'open + first screen', target: 300, on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  {
    key: 'steps',
    label: 'slowest step data, from the file',
    target: 50,
    on: 'median',
    bySize: {},
    reference: {},
    unit: 'ms',
  },
  { key: 'stepsKept', label: 'slowest step data, again', on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  { key: 'edit', label: 'autosaved edit', target: 10, on: 'p95', bySize: {}, reference: {}, unit: 'ms' },
  {
    key: 'health',
    label: 'restart order + health after an edit',
    target: 50,
    on: 'median',
    bySize: {},
    reference: {},
    unit: 'ms',
  },
  { key: 'healthOpen', label: '  first after opening', on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  { key: 'healthAgain', label: '  again, no edit between', on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  { key: 'restart', label: '  of which restart order', on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  { key: 'csv', label: 'inventory CSV import', on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  {
    key: 'docx',
    label: 'docx export',
    target: 3000,
    on: 'median',
    bySize: {},
    reference: {},
    maxReferenceRatio: 1.5,
    unit: 'ms',
  },
  { key: 'pdf', label: 'PDF (laid out and written, no browser)', on: 'median', bySize: {}, reference: {}, unit: 'ms' },
  { key: 'rss', label: 'main RSS after open (MB)', on: 'median', bySize: {}, reference: {}, unit: 'MB' },
];
const figure = (key: string) => figures.find((f) => f.key === key)!;

/** A bare better-sqlite3 loop: the rows of the given sections read and parsed in one transaction. */
function bareRead(path: string, sections: readonly string[] | null): Stats['median'] {
  const start = performance.now();
  const db = new BetterSqlite3(path, { readonly: true });
  const select = sections
    ? db.prepare('SELECT id, data FROM items WHERE section = ? ORDER BY position')
    : db.prepare('SELECT id, data FROM items ORDER BY section, position');
  db.transaction(() => {
    for (const section of sections ?? [null])
      for (const row of (section ? select.all(section) : select.all()) as { data: string }[]) JSON.parse(row.data);
  })();
  db.close();
  return performance.now() - start;
}

/** The same edit with bare better-sqlite3: one update plus one change row, in one transaction, synchronous = FULL. */
function bareEdit(path: string, id: string, runs: number): Stats {
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('locking_mode = EXCLUSIVE');
  const read = db.prepare('SELECT data FROM items WHERE id = ?');
  const update = db.prepare('UPDATE items SET data = ?, updated_at = ? WHERE id = ?');
  const log = db.prepare(
    "INSERT INTO changes (at, section, item_id, action, fields) VALUES (?, 'systems', ?, 'update', '[\"name\"]')",
  );
  const samples: number[] = [];
  for (let round = 0; round < runs; round++) {
    const start = performance.now();
    db.transaction(() => {
      const data = JSON.parse((read.get(id) as { data: string }).data);
      data.name = `Bare edit ${round}`;
      const at = new Date().toISOString();
      update.run(JSON.stringify(data), at, id);
      log.run(at, id);
    })();
    samples.push(performance.now() - start);
  }
  db.close();
  return stats(samples);
}

/** The same inserts as an import, bare: one row per system plus its change row, in one transaction. */
function bareInsert(path: string, rows: number, runs: number): Stats {
  return stats(
    Array.from({ length: runs }, () => {
      const db = new BetterSqlite3(path);
      db.pragma('synchronous = FULL');
      const insert = db.prepare(
        "INSERT INTO items (id, section, position, data, created_at, updated_at) VALUES (?, 'bare', ?, ?, ?, ?)",
      );
      const log = db.prepare(
        "INSERT INTO changes (at, section, item_id, action, fields) VALUES (?, 'bare', ?, 'create', '[]')",
      );
      const start = performance.now();
      db.transaction(() => {
        for (let i = 0; i < rows; i++) {
          const at = new Date().toISOString();
          insert.run(
            `bare-${i}`,
            i,
            JSON.stringify({ name: `System ${i}`, type: 'server-cloud', quantity: 1 }),
            at,
            at,
          );
          log.run(at, `bare-${i}`);
        }
      })();
      const elapsed = performance.now() - start;
      db.exec("DELETE FROM items WHERE section = 'bare'; DELETE FROM changes WHERE section = 'bare'");
      db.close();
      return elapsed;
    }),
  );
}

/** A document of the same size as the plan's (its tables' rows and columns, its paragraphs), built before timing. */
function referenceDocument(model: DocumentModel): Document {
  const children: (Paragraph | Table)[] = [];
  for (const chapter of [...model.chapters, ...model.annexes]) {
    children.push(new Paragraph({ children: [new TextRun({ text: chapter.title, bold: true })] }));
    for (const block of chapter.blocks) {
      if (block.kind === 'table') {
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [block.columns, ...block.rows].map(
              (cells) =>
                new TableRow({
                  children: cells.map(
                    (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] }),
                  ),
                }),
            ),
          }),
        );
      } else if (block.kind === 'definitions') {
        for (const entry of block.entries)
          children.push(
            new Paragraph({
              children: [new TextRun({ text: `${entry.term}: `, bold: true }), new TextRun(entry.value)],
            }),
          );
      } else if (block.kind === 'paragraph' || block.kind === 'heading') {
        children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(block.text)] }));
      }
    }
  }
  return new Document({ sections: [{ children }] });
}

function rssInChild(planPath: string): number {
  const child = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'memory.ts'), planPath], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`memory probe failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!).rssMb;
}

function soffice(): string | null {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ])
    if (existsSync(candidate)) return candidate;
  return null;
}

async function benchSize(size: SizeName, root: string): Promise<void> {
  const dir = join(root, size);
  const t0 = performance.now();
  const prepared = preparePlans(dir, size);
  console.error(
    `[${size}] plans generated in ${Math.round(performance.now() - t0)} ms (${(statSync(prepared.planPath).size / 1e6).toFixed(1)} MB)`,
  );
  const app = benchApp(dir);
  try {
    if (onlyPdf) {
      await benchPdf(app, size, dir, prepared.planPath);
      return;
    }
    // Open + first screen, from a closed file each time.
    figure('open').bySize[size] = await time(
      runsFor(15, size),
      () => openFirstScreen(app, prepared.planPath),
      () => app.call('plan.close'),
    );
    await app.call('plan.close');
    figure('open').reference[size] = stats(
      Array.from({ length: runsFor(15, size) }, () => bareRead(prepared.planPath, null)),
    );

    // Each step's data read from the file (the plan just opened, nothing in memory yet), and read
    // again (the open plan keeps what it read until a write); the figure is the slowest step.
    let slowest: { stats: Stats; sections: readonly string[] } | null = null;
    const perStep: Record<string, Stats> = {};
    const reopen = async () => {
      await app.call('plan.close');
      await app.call('plan.open', { path: prepared.planPath });
    };
    for (const step of DATA_STEPS) {
      const s = await time(runsFor(15, size), () => loadStep(app, step.sections), reopen);
      perStep[step.id] = s;
      if (!slowest || s.median > slowest.stats.median) slowest = { stats: s, sections: step.sections };
    }
    figure('steps').bySize[size] = slowest!.stats;
    stepDetails[size] = perStep;
    figure('stepsKept').bySize[size] = await time(runsFor(15, size), () => loadStep(app, slowest!.sections));
    await app.call('plan.close');
    figure('steps').reference[size] = stats(
      Array.from({ length: runsFor(15, size) }, () => bareRead(prepared.planPath, slowest!.sections)),
    );

    // Autosaved edits on a copy (synchronous = FULL, as the app opens plans).
    const editCopy = freshCopy(prepared.planPath, join(dir, 'edit.paraat'));
    await app.call('plan.open', { path: editCopy });
    const systemId = 'systems-00007';
    figure('edit').bySize[size] = await time(runsFor(60, size), (round) => autosavedEdit(app, systemId, round));

    // Restart order and plan health, as the overview step asks for them: after an edit of a system
    // (the largest section, and one the restart order reads), first after opening, and again.
    await health(app);
    figure('health').bySize[size] = await time(
      runsFor(15, size),
      () => health(app),
      (round) => autosavedEdit(app, systemId, 1000 + round),
    );
    figure('healthAgain').bySize[size] = await time(runsFor(15, size), () => health(app));
    figure('healthOpen').bySize[size] = await time(
      runsFor(15, size),
      () => health(app),
      async () => {
        await app.call('plan.close');
        await app.call('plan.open', { path: editCopy });
      },
    );
    await app.call('plan.close');
    figure('edit').reference[size] = bareEdit(editCopy, systemId, runsFor(60, size));

    await app.call('plan.open', { path: prepared.planPath });
    const list = (key: string) => (prepared.plan.sections[key] ?? []) as Record<string, unknown>[];
    figure('restart').bySize[size] = await time(runsFor(15, size), () =>
      planRestart(list('services') as never, list('systems') as never, list('backups') as never),
    );

    // docx export (build + pack + write), next to the bare packer on a pre-built document of the same size.
    // XL only when asked (--docx-xl), and then once: it is the slowest figure by far.
    const docxPath = join(dir, `plan-${size}.docx`);
    const docxRuns = size === 'XL' ? 1 : runsFor(5, size);
    if (!skipDocx && (size !== 'XL' || args.includes('--docx-xl'))) {
      figure('docx').bySize[size] = await time(docxRuns, () => exportWord(app, docxPath));
      const reference = referenceDocument(planDocumentModel(prepared.plan, { language: 'nl', includePrivate: true }));
      figure('docx').reference[size] = await time(docxRuns, async () =>
        writeFileSync(join(dir, 'reference.docx'), await Packer.toBuffer(reference)),
      );
    }
    await app.call('plan.close');
    figure('health').reference[size] = stats(
      Array.from({ length: runsFor(15, size) }, () => bareRead(prepared.planPath, null)),
    );

    // Inventory CSV import into a plan that has the people and suppliers but no systems yet.
    const rows = (prepared.plan.sections.systems as unknown[]).length;
    figure('csv').bySize[size] = await time(
      runsFor(5, size),
      () => importInventory(app, prepared.csv),
      async () => {
        await app.call('plan.close');
        await app.call('plan.open', { path: freshCopy(prepared.importTarget, join(dir, 'import.paraat')) });
      },
    );
    await app.call('plan.close');
    figure('csv').reference[size] = bareInsert(
      freshCopy(prepared.importTarget, join(dir, 'bare-import.paraat')),
      rows,
      runsFor(5, size),
    );

    if (pdfAt(size)) await benchPdf(app, size, dir, prepared.planPath);

    const rss = rssInChild(prepared.planPath);
    figure('rss').bySize[size] = { median: rss, p95: rss, runs: 1 };
  } finally {
    app.close();
  }
}

/**
 * The plan's PDF (laid out from the document model and written as a tagged PDF with bookmarks, no
 * browser) next to LibreOffice converting the same plan's Word file, one after the other on the
 * same machine: wall-clock time, and the CPU time of every process each one starts.
 */
async function benchPdf(app: BenchApp, size: SizeName, dir: string, planPath: string): Promise<void> {
  const docxPath = join(dir, `plan-${size}.docx`);
  const pdfPath = join(dir, `plan-${size}.pdf`);
  const runs = quick ? 1 : 2;
  const office = args.includes('--no-libreoffice') ? null : soffice();
  await app.call('plan.open', { path: planPath });
  if (office && !existsSync(docxPath)) await exportWord(app, docxPath);
  app.dialogs.exportPath = pdfPath;
  const load = () => loadavg()[0]!.toFixed(1);
  const comparison: PdfComparison = { size, load: [load()], pdf: [], libreOffice: [] };
  for (let round = 0; round < runs; round++) {
    const start = performance.now();
    const { cpuSeconds } = await withProcessCpu(() => app.call('export.pdf', { language: 'nl', includePrivate: true }));
    comparison.pdf.push({ ms: performance.now() - start, cpuSeconds });
  }
  comparison.pages = pdfPages(pdfPath);
  await app.call('plan.close');
  figure('pdf').bySize[size] = stats(comparison.pdf.map((run) => run.ms));
  if (office) {
    for (let round = 0; round < runs; round++) {
      const start = performance.now();
      const { cpuSeconds } = await withProcessCpu(() =>
        execFileAsync(
          office,
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, 'office-profile')).href}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            join(dir, 'soffice'),
            docxPath,
          ],
          {
            timeout: 3_600_000,
            // Its own profile, as Chromium gets one per printing: no wait on another LibreOffice's.
          },
        ),
      );
      comparison.libreOffice.push({ ms: performance.now() - start, cpuSeconds });
    }
    comparison.libreOfficePages = pdfPages(join(dir, 'soffice', `plan-${size}.pdf`));
    figure('pdf').reference[size] = stats(comparison.libreOffice.map((run) => run.ms));
  }
  comparison.load.push(load());
  pdfComparisons.push(comparison);
}

interface PdfRun {
  ms: number;
  cpuSeconds: number | null;
}
interface PdfComparison {
  size: SizeName;
  /** The 1-minute load average before and after: the machine's other work, beside the figures. */
  load: string[];
  pdf: PdfRun[];
  libreOffice: PdfRun[];
  pages?: number;
  libreOfficePages?: number;
}
const pdfComparisons: PdfComparison[] = [];

function pdfPages(path: string): number | undefined {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1];
  return pages ? Number(pages) : undefined;
}

function printPdfComparisons(): void {
  const median = (values: number[]) => stats(values).median;
  for (const c of pdfComparisons) {
    const pdfMs = median(c.pdf.map((run) => run.ms));
    const pdfCpu = c.pdf.every((run) => run.cpuSeconds !== null) ? median(c.pdf.map((run) => run.cpuSeconds!)) : null;
    console.log(`\nPDF at ${c.size} (load average ${c.load.join(' → ')}, ${os.cpus().length} cores):`);
    console.log(
      `  Paraat (laid out and written, no browser):     ${(pdfMs / 1000).toFixed(1)} s, CPU ${pdfCpu?.toFixed(1) ?? '–'} s, ${c.pages ?? '?'} pages`,
    );
    if (!c.libreOffice.length) {
      console.log('  LibreOffice (Word file → PDF): not measured (no soffice found, or --no-libreoffice)');
      continue;
    }
    const loMs = median(c.libreOffice.map((run) => run.ms));
    const loCpu = c.libreOffice.every((run) => run.cpuSeconds !== null)
      ? median(c.libreOffice.map((run) => run.cpuSeconds!))
      : null;
    console.log(
      `  LibreOffice (Word file → PDF):                  ${(loMs / 1000).toFixed(1)} s, CPU ${loCpu?.toFixed(1) ?? '–'} s, ${c.libreOfficePages ?? '?'} pages`,
    );
    const cpuRatio = pdfCpu && loCpu ? ` (CPU time: ${(loCpu / pdfCpu).toFixed(1)}×)` : '';
    console.log(`  Paraat is ${(loMs / pdfMs).toFixed(1)}× faster${cpuRatio}; the goal is at least 10×.`);
  }
}

const stepDetails: Partial<Record<SizeName, Record<string, Stats>>> = {};

function format(value: number | undefined, unit: Figure['unit']): string {
  if (value === undefined) return '–';
  if (unit === 'MB') return `${Math.round(value)}`;
  return value >= 100 ? `${Math.round(value)}` : value.toFixed(1);
}

function verdict(f: Figure): string {
  const at = f.bySize.L;
  if (!at) return '';
  const problems: string[] = [];
  if (f.target !== undefined && at[f.on] > f.target) problems.push(`> ${f.target}`);
  const ref = f.reference.L;
  if (f.maxReferenceRatio && ref && at.median > f.maxReferenceRatio * ref.median)
    problems.push(`${(at.median / ref.median).toFixed(1)}× ref`);
  const xl = f.bySize.XL;
  // Below a millisecond the ratio is timer noise, not growth.
  if (xl && at.median > 0 && xl.median >= 1 && xl.median / at.median > 4.5)
    problems.push(`L→XL ${(xl.median / at.median).toFixed(1)}×`);
  return problems.length ? `MISS ${problems.join(', ')}` : 'ok';
}

function printTable(): void {
  const refSizes = sizes.filter((s) => s === 'L' || s === 'XL');
  const shownRefs: SizeName[] = refSizes.length ? refSizes : [sizes.at(-1)!];
  const header = ['figure', ...sizes.map((s) => `${s} med/p95`), `ref ${shownRefs.join(' / ')}`, 'target at L', 'ok?'];
  const lines = figures
    .filter((f) => Object.keys(f.bySize).length)
    .map((f) => [
      f.label,
      ...sizes.map((s) =>
        f.bySize[s]
          ? f.unit === 'MB'
            ? format(f.bySize[s]!.median, f.unit)
            : `${format(f.bySize[s]!.median, f.unit)} / ${format(f.bySize[s]!.p95, f.unit)}`
          : '–',
      ),
      shownRefs.map((s) => format(f.reference[s]?.median, f.unit)).join(' / '),
      f.target !== undefined
        ? `${f.on} < ${f.target}${f.maxReferenceRatio ? `, ≤ ${f.maxReferenceRatio}× ref` : ''}`
        : '',
      verdict(f),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(row(line));
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'paraat-bench-'));
  try {
    for (const size of sizes) await benchSize(size, root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  if (!onlyPdf) printTable();
  printPdfComparisons();
  const outDir = join(import.meta.dirname, '..', 'bench-output');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { node: process.version, platform: process.platform, cpus: (await import('node:os')).cpus().length };
  writeFileSync(
    file,
    JSON.stringify({ quick, sizes, machine, figures, steps: stepDetails, pdf: pdfComparisons }, null, 2),
  );
  console.log(`\nJSON: ${file}`);
}

await main();

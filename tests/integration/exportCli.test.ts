import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run';
import { planJsonSchemaText } from '../../src/export/planSchema';
import { createPlan, withPlan } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';
import { needs, tools } from '../builders/tools';
import { paraat } from '../builders/commandLine';
import { contentsPageMismatches, pdfOutline } from '../builders/pdfText';

describe('paraat export and import', { timeout: 480_000 }, () => {
  it('round-trips a whole plan through JSON without losing anything', async () => {
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan)).code).toBe(EXIT.ok);
    const first = join(dir, 'first.json');
    expect(await paraat('export', plan, '--json', first)).toMatchObject({ code: EXIT.ok });

    const imported = join(dir, 'imported.paraat');
    expect(await paraat('import', first, imported)).toMatchObject({ code: EXIT.ok });
    const second = join(dir, 'second.json');
    expect((await paraat('export', imported, '--json', second)).code).toBe(EXIT.ok);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect(withPlan(imported, (document) => document.singleton('organisation').get().name)).toBe(
      'Lokaal bestuur Beekzande',
    );
  });

  it('refuses a language it does not write, for an export and for the kit, and writes nothing', async () => {
    const dir = tempDir();
    const plan = createPlan(dir, { organisation: { name: 'Gemeente Testdorp' } });
    const docx = await paraat('export', plan, '--docx', join(dir, 'plan.docx'), '--lang', 'de');
    expect(docx).toMatchObject({ code: EXIT.usage });
    expect(docx.err).toContain('Unknown language de: use nl or en.');
    expect(await paraat('kit', plan, join(dir, 'Noodkit'), '--lang', 'fr')).toMatchObject({ code: EXIT.usage });
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });

  it('writes a Word document in the chosen language', async () => {
    const dir = tempDir();
    const plan = createPlan(dir, { organisation: { name: 'Gemeente Testdorp' } });
    const docx = join(dir, 'plan.docx');
    const result = await paraat('export', plan, '--docx', docx, '--lang', 'en', '--no-private');
    expect(result).toMatchObject({ code: EXIT.ok });
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(otherFiles(dir, 'plan.paraat', 'plan.docx')).toEqual([]);
  });

  it("writes a PDF without a browser, with page numbers, bookmarks and the contents' page numbers", async (context) => {
    needs(context, 'poppler');
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan, '--lang', 'en')).code).toBe(EXIT.ok);
    const pdf = join(dir, 'plan.pdf');
    expect(await paraat('export', plan, '--pdf', pdf)).toMatchObject({ code: EXIT.ok });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('1. Management summary');
    expect(text).toContain('2. Organisation and plan');
    expect(text).toMatch(/Page 2 of \d+/);
    const chapters = pdfOutline(pdf).filter((title) => /^(\d+|[A-Z])\. /.test(title));
    expect(chapters).toContain('1. Management summary');
    expect(
      contentsPageMismatches(
        pdf,
        chapters.map((text) => ({ text })),
      ),
    ).toEqual([]);
    expect(otherFiles(dir, 'example.paraat', 'plan.pdf')).toEqual([]);
  });

  it("writes the emergency card with the call tree, the suppliers' emergency lines and the fallback locations", async () => {
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan)).code).toBe(EXIT.ok);
    const docx = join(dir, 'card.docx');
    expect(await paraat('export', plan, '--card', docx, '--no-private')).toMatchObject({ code: EXIT.ok });
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
    for (const text of ['Noodkaart', 'Belboom', 'Noodnummers van leveranciers', 'Uitwijklocaties', 'Eline Vermeersch'])
      expect(xml).toContain(text);
    expect(xml.replace(/\u00A0/g, ' ')).not.toContain('0470 55 66 01');
    expect((await paraat('export', plan, '--card', join(dir, 'card.txt'))).code).toBe(EXIT.usage);
    // The pocket size is printed as PDF only: asked as Word, it is refused, never written on A4.
    const pocketDocx = join(dir, 'pocket.docx');
    const refused = await paraat('export', plan, '--card', pocketDocx, '--card-size', 'pocket');
    expect(refused.code).toBe(EXIT.usage);
    expect(existsSync(pocketDocx)).toBe(false);
  });

  it('prints the emergency card on at most two pages, and the pocket card on A6', async (context) => {
    needs(context, 'chromium', 'poppler');
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan)).code).toBe(EXIT.ok);
    const pdf = join(dir, 'card.pdf');
    expect((await paraat('export', plan, '--card', pdf)).code).toBe(EXIT.ok);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeLessThanOrEqual(2);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Belboom');

    const pocket = join(dir, 'pocket.pdf');
    expect((await paraat('export', plan, '--card', pocket, '--card-size', 'pocket')).code).toBe(EXIT.ok);
    const info = execFileSync('pdfinfo', [pocket], { encoding: 'utf8' });
    // A6: 105 × 148 mm is 298 × 420 points.
    expect(info).toMatch(/Page size:\s+298(\.\d+)? x 420/);
    expect(execFileSync('pdftotext', [pocket, '-'], { encoding: 'utf8' })).toContain('Belboom');
  });

  it('writes the off-line kit to a new folder and notes it in the distribution list', async () => {
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan)).code).toBe(EXIT.ok);
    const before = withPlan(plan, (document) => document.list('distribution').list().length);
    // A stick that was pulled: the folder it should go in is gone.
    expect((await paraat('kit', plan, join(dir, 'USB', 'Noodkit'))).code).toBe(EXIT.fileRefused);
    expect(existsSync(join(dir, 'USB'))).toBe(false);

    const stick = join(dir, 'stick');
    mkdirSync(stick);
    const folder = join(stick, 'Noodkit');
    expect(await paraat('kit', plan, folder)).toMatchObject({ code: EXIT.ok });
    const files = readdirSync(folder);
    expect(files).toContain('LEESMIJ.txt');
    expect(files.some((name) => name.endsWith('.paraat'))).toBe(true);
    expect(files.some((name) => name.endsWith('.docx'))).toBe(true);
    // The plan; the card and the pocket card where a Chromium can print them.
    expect(files.filter((name) => name.endsWith('.pdf')).length).toBe(tools.chromium ? 3 : 1);
    expect(readdirSync(stick)).toEqual(['Noodkit']);
    const copy = join(
      folder,
      files.find((name) => name.endsWith('.paraat'))!,
    );
    // The copy is a whole plan: the same structure and integrity, and the same findings as the plan itself.
    const copyCheck = await paraat('check', copy);
    expect(copyCheck.out).toContain('integrity: ok');
    expect(copyCheck.code).toBe((await paraat('check', plan)).code);
    const distribution = withPlan(plan, (document) => document.list('distribution').list());
    expect(distribution.length).toBe(before + 1);
    expect(distribution.at(-1)).toMatchObject({
      form: 'usb',
      versionHeld: '1.0',
      holderName: 'Off-linekit in Noodkit',
    });

    expect((await paraat('kit', plan, folder)).code).toBe(EXIT.usage);
  });

  it('never overwrites an existing file and says what to export', async () => {
    const dir = tempDir();
    const plan = createPlan(dir);
    const existing = join(dir, 'plan.docx');
    writeFileSync(existing, 'keep me');
    expect(await paraat('export', plan, '--docx', existing)).toMatchObject({ code: EXIT.usage });
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect((await paraat('export', plan)).code).toBe(EXIT.usage);
    expect((await paraat('import', existing, plan)).code).toBe(EXIT.usage);
  });

  it('refuses JSON that is not a plan, and makes no file', async () => {
    const dir = tempDir();
    const json = join(dir, 'other.json');
    writeFileSync(json, JSON.stringify({ invoices: [] }));
    const target = join(dir, 'plan.paraat');
    const result = await paraat('import', json, target);
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('not Paraat plan JSON');
    expect(existsSync(target)).toBe(false);
  });

  it('reports a folder it cannot write to, and leaves no half file behind', async () => {
    const dir = tempDir();
    const plan = createPlan(dir);
    const result = await paraat('export', plan, '--docx', join(dir, 'missing-folder', 'plan.docx'));
    expect(result.code).toBe(EXIT.fileRefused);
    expect(result.err).toContain('write-failed');
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });
});

describe('the published JSON Schema of a plan', () => {
  it('is current with the section schemas (regenerate with: npx tsx scripts/plan-schema.ts)', () => {
    const published = readFileSync(new URL('../../docs/plan.schema.json', import.meta.url), 'utf8');
    expect(published, 'docs/plan.schema.json is stale: run npx tsx scripts/plan-schema.ts').toBe(planJsonSchemaText());
  });
});

describe('the record of changes in the Word plan', { timeout: 480_000 }, () => {
  it('lists every issued version of the example with what it changed and who approved it', async () => {
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    const docx = join(dir, 'example.docx');
    expect((await paraat('example', plan)).code).toBe(EXIT.ok);
    expect((await paraat('export', plan, '--docx', docx)).code).toBe(EXIT.ok);
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
    const text = xml
      .replace(/<[^>]+>/g, '')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
    expect(text).toContain(
      'Eerste ontwerp: organisatie, sleutelpersonen, leveranciers, diensten, inventaris en back-ups.',
    );
    expect(text).toContain('Managementteam');
    expect(text).toContain(
      "1.015 september 2026Risico's, draaiboeken, alarmering, communicatie en testplan toegevoegd",
    );
    expect(text).toContain('0.910 maart 2026Eerste ontwerp');
  });
});

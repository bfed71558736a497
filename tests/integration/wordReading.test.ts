import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { contentsEntries } from '../../src/export/contents';
import { headingsInOrder } from '../../src/export/documentModel';
import { exportDocx, planDocumentModel } from '../../src/export/exportPlan';
import type { Block } from '../../src/export/model';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { ooxmlErrorsOrSkip } from '../builders/ooxmlValidator';
import { needs, tools } from '../builders/tools';
import { contentsPageMismatches, pdfOutline } from '../builders/pdfText';
import { tempDir } from '../builders/tempDir';

/** The example plan exported as Word through the real export, and its package parts. */
/** The unedited example's Word file per language, exported once for all the tests that read it. */
const exported = new Map<'nl' | 'en', Promise<Buffer>>();

async function exampleDocx(language: 'nl' | 'en', edit?: (plan: PlanJson) => PlanJson) {
  const example = loadExamplePlan(EXAMPLES_DIRECTORY, language);
  const plan = edit ? edit(example) : example;
  const path = join(tempDir(), `plan-${language}.docx`);
  const write = async () => {
    await exportDocx(plan, path, { language, includePrivate: true, now: new Date('2026-03-02T10:00:00Z') });
    return readFileSync(path);
  };
  if (edit) await write();
  else {
    if (!exported.has(language)) exported.set(language, write());
    const bytes = await exported.get(language)!;
    if (!existsSync(path)) writeFileSync(path, bytes);
  }
  const files = unzipSync(readFileSync(path));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { plan, path, part, document: part('word/document.xml') };
}

/** The paragraphs of a part, each with its style and its text. */
function paragraphs(xml: string): { xml: string; style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map(([paragraph]) => ({
    xml: paragraph,
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '',
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1])
      .join('')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  }));
}

describe('the Word plan as a reader and their programs read it', { timeout: 480_000 }, () => {
  it('says which language every text is in: Flemish for a Flemish plan, British English for an English one', async () => {
    for (const [language, tag] of [
      ['nl', 'nl-BE'],
      ['en', 'en-GB'],
    ] as const) {
      const { part } = await exampleDocx(language);
      const styles = part('word/styles.xml');
      const defaults = /<w:rPrDefault>.*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
      expect(defaults).toContain(`<w:lang w:val="${tag}"/>`);
      // The plan's own styles say it too, and no style says another language.
      const languages = new Map(
        [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)".*?<\/w:style>/g)].map(([style, id]) => [
          id!,
          /<w:lang w:val="([^"]+)"/.exec(style)?.[1],
        ]),
      );
      for (const id of ['Heading1', 'Heading2', 'Heading3', 'TableText', 'ChapterLabel', 'TOC1'])
        expect(languages.get(id), id).toBe(tag);
      expect([...languages.values()].filter((lang) => lang !== undefined && lang !== tag)).toEqual([]);
    }
  });

  it('says Dutch of the Netherlands for a Dutch organisation', async () => {
    const { part } = await exampleDocx('nl', (plan) => ({
      ...plan,
      sections: {
        ...plan.sections,
        organisation: { ...(plan.sections.organisation as object), kind: 'company', country: 'netherlands' },
      },
    }));
    expect(part('word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>');
  });

  it('gives the headings outline levels and never skips a level', async () => {
    const { part, document } = await exampleDocx('nl');
    const styles = part('word/styles.xml');
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    const levels = paragraphs(document)
      .map((paragraph) => /^Heading(\d)$/.exec(paragraph.style)?.[1])
      .filter((level): level is string => level !== undefined)
      .map(Number);
    expect(levels.filter((level) => level === 1).length).toBeGreaterThan(15);
    for (const [index, level] of levels.entries()) {
      const previous = index === 0 ? 1 : levels[index - 1]!;
      expect(level, `heading ${index + 1}`).toBeLessThanOrEqual(previous + 1);
    }
  });

  it('puts headings a level deeper than the one above them back in order', () => {
    const heading = (level: 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
    const levels = headingsInOrder([heading(3, 'a'), heading(3, 'b'), heading(2, 'c'), heading(3, 'd')]).map((block) =>
      block.kind === 'heading' ? block.level : 0,
    );
    expect(levels).toEqual([2, 2, 2, 3]);
    expect(
      headingsInOrder([heading(2, 'a'), heading(3, 'b')]).map((block) => (block.kind === 'heading' ? block.level : 0)),
    ).toEqual([2, 3]);
  });

  it('names the plan, its organisation, owner, version and classification in the file’s properties', async () => {
    const { part } = await exampleDocx('nl');
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>IT-continuïteitsplan – Lokaal bestuur Beekzande</dc:title>');
    expect(core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/);
    const owner = /<dc:creator>([^<]+)<\/dc:creator>/.exec(core)?.[1];
    expect(owner).toBeTruthy();
    expect(owner).not.toBe('Paraat');
    expect(core).toContain(`<cp:lastModifiedBy>${owner}</cp:lastModifiedBy>`);
    expect(core).not.toContain('Un-named');
    expect(core).toContain('<cp:contentStatus>Vertrouwelijk</cp:contentStatus>');
    expect(core).toContain('<cp:version>1.0</cp:version>');
    expect(core).toContain('<dc:language>nl-BE</dc:language>');
    expect(part('docProps/app.xml')).toContain('<Company>Lokaal bestuur Beekzande</Company>');
    expect(part('docProps/custom.xml')).toContain('Vertrouwelijk');
  });

  it('prints lists as Word lists with a hanging indent, never typed bullets', async () => {
    const { part, document } = await exampleDocx('nl');
    const listed = paragraphs(document).filter((paragraph) => paragraph.xml.includes('<w:numPr>'));
    expect(listed.length).toBeGreaterThan(0);
    expect(paragraphs(document).filter((paragraph) => /^\s*[•·\-*]\s/.test(paragraph.text))).toEqual([]);
    const numbering = part('word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>.*?<w:ind w:left="\d+" w:hanging="\d+"\/>/);
  });

  it('keeps each question of the review form with all of its answer lines', async () => {
    const { document } = await exampleDocx('nl');
    const all = paragraphs(document);
    const question = all.findIndex((paragraph) => paragraph.text === 'Hoe en wanneer werd het incident opgemerkt?');
    expect(question).toBeGreaterThan(0);
    let end = question + 1;
    while (all[end]?.xml.includes('<w:pBdr>') && !all[end]!.text) end++;
    const block = all.slice(question, end);
    expect(block.length).toBeGreaterThan(2);
    // The question and every line but the last keep with the next; the last line ends the block.
    for (const paragraph of block.slice(0, -1)) expect(paragraph.xml).toContain('<w:keepNext/>');
    expect(block.at(-1)!.xml).not.toContain('<w:keepNext/>');
  });

  it('prints the date it is printed on in the footer, through a DATE field', async () => {
    const { part } = await exampleDocx('nl');
    const footers = Object.keys(unzipSync(readFileSync((await exampleDocx('nl')).path))).filter((name) =>
      /word\/footer\d+\.xml/.test(name),
    );
    const withDate = footers.map(part).filter((footer) => footer.includes('Afgedrukt op'));
    expect(withDate.length).toBeGreaterThan(0);
    for (const footer of withDate) expect(footer).toMatch(/<w:fldSimple w:instr="DATE [^"]*">.*2 maart 2026/);
  });

  it('writes the heat map’s level in words and hatches it, so it reads in black and white', async () => {
    const { document } = await exampleDocx('nl');
    const cells = [...document.matchAll(/<w:tc>.*?<\/w:tc>/g)].map(([cell]) => cell);
    const shaded = (pattern: string) =>
      cells.filter((cell) => cell.includes(`<w:shd w:fill=`) && cell.includes(pattern));
    for (const [pattern, word] of [
      ['w:val="pct10"', 'middel'],
      ['w:val="thinDiagStripe"', 'hoog'],
      ['w:val="thinDiagCross"', 'kritiek'],
    ] as const) {
      expect(shaded(pattern).length, word).toBeGreaterThan(0);
      for (const cell of shaded(pattern)) expect(cell).toContain(`>${word}<`);
    }
    // On a black-and-white printer each level is a darker grey than the one below it.
    const grey = (word: string) => {
      const cell = cells.find((candidate) => candidate.includes(`>${word}<`) && candidate.includes('<w:shd'))!;
      const [r, g, b] = (/w:fill="([0-9A-F]{6})"/.exec(cell)?.[1] ?? '').match(/../g)!.map((hex) => parseInt(hex, 16));
      return 0.299 * r! + 0.587 * g! + 0.114 * b!;
    };
    const greys = ['laag', 'middel', 'hoog', 'kritiek'].map(grey);
    for (let level = 1; level < greys.length; level++) expect(greys[level - 1]! - greys[level]!).toBeGreaterThan(20);
  });

  it('links every contents entry to its heading and gives it a page reference', async () => {
    const { document, plan } = await exampleDocx('nl');
    const model = planDocumentModel(plan, { language: 'nl', includePrivate: true });
    const entries = contentsEntries(model);
    const contents = paragraphs(document).filter((paragraph) => /^TOC[12]$/.test(paragraph.style));
    expect(contents.map((paragraph) => paragraph.text.replace(/\d+$/, ''))).toEqual(entries.map((entry) => entry.text));
    for (const paragraph of contents) {
      const bookmark = /PAGEREF (\S+) \\h/.exec(paragraph.xml)?.[1];
      expect(bookmark, paragraph.text).toBeTruthy();
      expect(paragraph.xml).toContain(`w:anchor="${bookmark}"`);
      expect(document.split(`w:name="${bookmark}"`), `one bookmark ${bookmark}`).toHaveLength(2);
    }
  });

  it('is valid WordprocessingML in Dutch and in English', async ({ skip }) => {
    for (const language of ['nl', 'en'] as const) {
      const { path } = await exampleDocx(language);
      expect(ooxmlErrorsOrSkip(path, skip)).toBe('');
    }
  });

  it('shows in LibreOffice the page each contents entry points to, and gives its PDF bookmarks', async (context) => {
    needs(context, 'libreoffice', 'poppler', 'qpdf');
    for (const language of ['nl', 'en'] as const) {
      const { path, plan } = await exampleDocx(language);
      const folder = join(path, '..');
      execFileSync(tools.libreoffice!, ['--headless', '--convert-to', 'pdf', '--outdir', folder, path], {
        stdio: 'ignore',
      });
      const pdf = path.replace(/\.docx$/, '.pdf');
      const model = planDocumentModel(plan, { language, includePrivate: true });
      // Chapters, annexes and their parts: each number is the page LibreOffice prints its heading on.
      const entries = contentsEntries(model);
      expect(entries.filter((entry) => entry.level === 2).length).toBeGreaterThan(10);
      expect(contentsPageMismatches(pdf, entries)).toEqual([]);
      expect(pdfOutline(pdf)).toEqual(
        expect.arrayContaining(model.chapters.map((chapter) => `${chapter.number}. ${chapter.title}`)),
      );
    }
  });
});

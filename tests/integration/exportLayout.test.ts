import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findSection } from '../../src/domain/plan';
import { columnWidths } from '../../src/export/tableMeasures';
import { TEXT_WIDTH } from '../../src/export/docx/frame';
import { renderDocxWithBuiltTables, renderDocxWithWrittenTables } from '../../src/export/docx/renderDocx';
import { renderPrintView } from '../../src/export/html/printView';
import { planDocumentModel } from '../../src/export/exportPlan';
import type { Block, Chapter } from '../../src/export/model';
import { pageRuns } from '../../src/export/pageLayout';
import { PORTRAIT_COLUMNS } from '../../src/export/sectionBlocks';
import { exportTranslator } from '../../src/export/translator';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, 'nl'), { language: 'nl', includePrivate: true });
const chapter = (id: string) => model.chapters.find((candidate) => candidate.id === id)!;
const tables = (blocks: Block[]) =>
  blocks.filter((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');

/** The body of word/document.xml cut at each section break: each part with its orientation. */
function wordSections(docx: Buffer): { landscape: boolean; xml: string }[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml
    .split('</w:sectPr>')
    .slice(0, -1)
    .map((part) => ({
      landscape: /<w:sectPr[^]*w:orient="landscape"/.test(part.slice(part.lastIndexOf('<w:sectPr'))),
      xml: part,
    }));
}

const tableColumns = (xml: string) =>
  [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((match) => (match[1]!.match(/<w:gridCol /g) ?? []).length);

describe('the pages of a chapter', () => {
  it('turns only a wide table sideways: the narrow tables of the same chapter stay upright', () => {
    const people = chapter('people');
    const runs = pageRuns(people);
    expect(runs.map((run) => run.orientation)).toEqual(['landscape', 'portrait']);
    // The section heading above the wide table stays on its page.
    expect(runs[0]!.blocks[0]).toMatchObject({ kind: 'heading' });
    expect(tables(runs[0]!.blocks).every((table) => table.wide)).toBe(true);
    expect(tables(runs[1]!.blocks).length).toBeGreaterThan(0);
    expect(tables(runs[1]!.blocks).some((table) => table.wide)).toBe(false);
  });

  it('keeps a few lines after a wide table on its page rather than opening a near-empty one', () => {
    const wide: Block = {
      kind: 'table',
      columns: Array.from({ length: 8 }, (_, i) => `c${i}`),
      rows: [['a']],
      wide: true,
    };
    const note: Block = { kind: 'definitions', entries: [{ term: 'Aanwezig', value: 'Vergadertafel' }] };
    const runs = pageRuns({
      id: 'x',
      number: '1',
      title: 'X',
      label: 'Hoofdstuk 1',
      intro: '',
      sections: [],
      blocks: [wide, note],
    } satisfies Chapter);
    expect(runs).toEqual([{ orientation: 'landscape', blocks: [wide, note] }]);
  });

  it.each([
    ['built by docx', (m: typeof model) => renderDocxWithBuiltTables(m)],
    ['written as XML', renderDocxWithWrittenTables],
  ])('gives the Word plan no landscape page without a wide table (tables %s)', async (_, render) => {
    const sections = wordSections(await render(model));
    const landscape = sections.filter((section) => section.landscape);
    expect(landscape.length).toBeGreaterThan(0);
    for (const section of landscape)
      expect(Math.max(0, ...tableColumns(section.xml))).toBeGreaterThanOrEqual(PORTRAIT_COLUMNS);
    // A portrait section right after a landscape one: the chapter went on upright.
    expect(
      sections.some(
        (section, index) =>
          !section.landscape && sections[index - 1]?.landscape && !/w:styleId|Heading1/.test(section.xml.slice(0, 400)),
      ),
    ).toBe(true);
  });

  it('prints the same runs in the PDF: a landscape section, then the chapter goes on upright', () => {
    const html = renderPrintView(model);
    expect(html).toMatch(
      /<section class="chapter wide" id="people">[^]*?<\/section>\s*<section class="chapter continued">/,
    );
  });
});

describe('the tables of the Word plan', { timeout: 240_000 }, () => {
  it.each([
    ['built by docx', (m: typeof model) => renderDocxWithBuiltTables(m)],
    ['written as XML', renderDocxWithWrittenTables],
  ])('never tear a row across two pages and repeat the header row on every page (tables %s)', async (_, render) => {
    const xml = strFromU8(unzipSync(await render(model))['word/document.xml']!);
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((match) => match[1]!);
    expect(rows.length).toBeGreaterThan(200);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    const tablesXml = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((match) => match[1]!);
    const withHeader = tablesXml.filter((table) => /<w:tr>(?:(?!<\/w:tr>).)*w:fill="1F4E79"/.test(table));
    expect(withHeader.length).toBeGreaterThan(20);
    for (const table of withHeader) expect(/<w:tr>(.*?)<\/w:tr>/.exec(table)![1]).toContain('<w:tblHeader/>');
  });

  it('keeps chapter labels and headings with what follows them', async () => {
    const styles = strFromU8(unzipSync(await renderDocxWithBuiltTables(model))['word/styles.xml']!);
    for (const id of ['ChapterLabel', 'Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`).exec(styles);
      expect(style?.[1], id).toContain('<w:keepNext/>');
    }
  });

  it('prints short fields beyond the first table in a second table beside the names, not a box per item', () => {
    const t = exportTranslator('nl', 'flanders');
    // The systems' own tables start with their names (the version levels' table after them does not).
    const inventory = tables(chapter('inventory').blocks).filter(
      (table) => table.columns[0] === t('fields.systems.name.label'),
    );
    expect(inventory).toHaveLength(2);
    expect(inventory[1]!.rows.map((row) => row[0])).toEqual(inventory[0]!.rows.map((row) => row[0]));
    // What is left for the items' own boxes is long text only.
    const systems = findSection('systems')!;
    const longTexts = new Set(
      systems.fields
        .filter((field) => field.widget === 'longText')
        .map((field) => t(`fields.systems.${field.name}.label`)),
    );
    const terms = chapter('inventory').blocks.flatMap((block) =>
      block.kind === 'definitions' ? block.entries.map((entry) => entry.term) : [],
    );
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(longTexts, term).toContain(term);
  });

  it('gives a column of sentences more room than the columns of names beside it', () => {
    const roles = tables(chapter('people').blocks)[1]!;
    const widths = columnWidths(roles.columns, roles.rows, TEXT_WIDTH.portrait);
    const tasks = roles.columns.indexOf('Taken');
    expect(tasks).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBe(widths[tasks]);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(TEXT_WIDTH.portrait);
  });
});

describe('a row longer than a page', () => {
  it('may break across pages rather than run off the bottom, written the same both ways', async () => {
    const long = 'Een zeer lange beschrijving. '.repeat(200);
    const chapter: Chapter = {
      id: 'x',
      number: '1',
      title: 'X',
      label: 'Hoofdstuk 1',
      intro: '',
      sections: [],
      blocks: [
        {
          kind: 'table',
          columns: ['Naam', 'Beschrijving'],
          rows: [
            ['kort', 'kort'],
            ['lang', long],
          ],
          wide: false,
        },
        {
          kind: 'definitions',
          entries: [
            { term: 'Kort', value: 'kort' },
            { term: 'Lang', value: long },
          ],
        },
      ],
    };
    const small = { ...model, chapters: [chapter], annexes: [] };
    for (const docx of [await renderDocxWithBuiltTables(small), await renderDocxWithWrittenTables(small)]) {
      const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
      const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((match) => match[1]!);
      const longRows = rows.filter((row) => row.includes('Een zeer lange'));
      expect(longRows).toHaveLength(2);
      for (const row of longRows) expect(row).not.toContain('cantSplit');
      for (const row of rows.filter((row) => row.includes('>kort<'))) expect(row).toContain('<w:cantSplit/>');
    }
  });
});

describe('the call tree', () => {
  it('keeps every phone number whole, so a narrow column wraps between numbers and not inside one', () => {
    const callTree = tables(chapter('alarm').blocks).find((table) =>
      table.rows.some((row) => row.some((cell) => cell.includes('Eline Vermeersch'))),
    )!;
    const numbers =
      callTree.rows
        .flat()
        .join('\n')
        .match(/[\d\u00A0 ]{8,}\d/g) ?? [];
    expect(numbers.length).toBeGreaterThan(5);
    for (const number of numbers) expect(number.trim(), number).not.toMatch(/\d \d/);
  });
});

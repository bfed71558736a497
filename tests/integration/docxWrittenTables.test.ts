import { Document, Packer } from 'docx';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generatePlanJson } from '../../bench/generatePlan';
import { dataTable, definitionTable } from '../../src/export/docx/blocks';
import { renderDocx, renderDocxWithBuiltTables, renderDocxWithWrittenTables } from '../../src/export/docx/renderDocx';
import { dataTableXml, definitionTableXml } from '../../src/export/docx/tableXml';
import { planDocumentModel } from '../../src/export/exportPlan';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

/**
 * A large plan's Word export writes its tables as text instead of building them with docx. The
 * document must be the same as docx would write it: these tests compare the XML byte for byte.
 */

const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);

/** What docx itself writes for one table. */
async function docxTableXml(table: ReturnType<typeof dataTable>): Promise<string> {
  const xml = documentXml(await Packer.toBuffer(new Document({ sections: [{ children: [table] }] })));
  return xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
}

/** Bookmark and picture ids come from counters that run on between documents; the rest must be identical. */
const withoutCounterIds = (xml: string) =>
  xml
    .replace(/w:id="\d+"/g, 'w:id=""')
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');

// Text as people paste it: XML specials, line breaks and blank lines, control characters, emoji, right-to-left.
const cellText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    'A & B <c> "d" \'e\'',
    'regel 1\nregel 2',
    'alinea 1\n\nalinea 2',
    'a\r\nb\rc',
    'nul\u0000byte\u0007',
    '🚑 نص عربي',
    'x'.repeat(120),
  ),
);

describe('tables written as text', () => {
  it('are what docx writes for the same data table', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9 }).chain((columns) =>
          fc.record({
            columns: fc.array(cellText, { minLength: columns, maxLength: columns }),
            rows: fc.array(fc.array(cellText, { minLength: 0, maxLength: columns + 1 }), { maxLength: 6 }),
            blankRows: fc.integer({ min: 0, max: 3 }),
            weights: fc.option(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: columns, maxLength: columns }), {
              nil: undefined,
            }),
            width: fc.constantFrom(9026, 13958, 7400),
          }),
        ),
        async ({ columns, rows, blankRows, weights, width }) => {
          expect(dataTableXml(columns, rows, width, blankRows, weights)).toBe(
            await docxTableXml(dataTable(columns, rows, width, blankRows, weights)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are what docx writes for the same definitions', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ term: cellText, value: cellText }), { minLength: 1, maxLength: 8 }),
        async (entries) => {
          expect(definitionTableXml(entries, 9026)).toBe(await docxTableXml(definitionTable(entries, 9026)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('make the same Word document of the example plan as tables built by docx', async () => {
    for (const language of ['nl', 'en'] as const) {
      const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), {
        language,
        includePrivate: true,
        now: new Date('2026-11-29'),
      });
      const written = documentXml(await renderDocxWithWrittenTables(model));
      const built = documentXml(await renderDocxWithBuiltTables(model));
      expect(written).toContain('<w:tbl>');
      expect(withoutCounterIds(written)).toBe(withoutCounterIds(built));
    }
  });

  it('are how a plan too large for the page estimate is exported, with every table in place', async () => {
    const model = planDocumentModel(generatePlanJson('M', 3), {
      language: 'nl',
      includePrivate: true,
      now: new Date('2026-11-29'),
    });
    const tables = [...model.chapters, ...model.annexes]
      .flatMap((chapter) => chapter.blocks)
      .filter((block) => ['table', 'definitions', 'matrix'].includes(block.kind));
    const xml = documentXml(await renderDocx(model));
    expect(xml).not.toMatch(/\[\[table [0-9a-f]+ \d+\]\]/);
    // The tables of the blocks, plus the cover's and the version page's, which docx builds.
    expect(xml.split('<w:tbl>').length - 1).toBe(tables.length + 2);
    expect(withoutCounterIds(xml)).toBe(withoutCounterIds(documentXml(await renderDocxWithBuiltTables(model))));
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { contentsEntries } from '../../src/export/contents';
import { planDocumentModel } from '../../src/export/exportPlan';
import type { Block, Chapter, DocumentModel } from '../../src/export/model';
import { fontMeasure } from '../../src/export/pdfWriter/fonts';
import type { LaidOutDocument, LaidOutPage, TextRun } from '../../src/export/pdfWriter/layout';
import { layoutDocument } from '../../src/export/pdfWriter/layoutDocument';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

const measure = fontMeasure();
const MARGIN = (20 * 72) / 25.4;

const runs = (page: LaidOutPage) => page.ops.filter((op): op is TextRun => op.kind === 'text');
const tagged = (page: LaidOutPage) => runs(page).filter((run) => run.tag !== null);

/** Text as compared: no whitespace, no soft hyphens, lower case (labels print in capitals). */
const plain = (text: string) => text.replace(/[\s\u00AD]+/g, '').toLocaleLowerCase();

/** Every tagged text in reading order (the structure tree's), a hyphen the layout added left out. */
function readingText(document: LaidOutDocument): string {
  const byTag = document.structure.map(() => [] as string[]);
  for (const page of document.pages)
    for (const run of tagged(page)) byTag[run.tag!]!.push(run.hyphenated ? run.text.slice(0, -1) : run.text);
  return plain(byTag.map((texts) => texts.join('')).join(''));
}

/** What a block says, in the order it is read. */
function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'definitions':
      return block.entries.flatMap((entry) => [entry.term, entry.value]);
    case 'table':
      return [...block.columns, ...block.rows.flatMap((row) => block.columns.map((_, index) => row[index] ?? ''))];
    case 'matrix':
      return [
        block.corner,
        ...block.columns,
        ...block.rows.flatMap((row) => [row.label, ...row.cells.flatMap((cell) => [cell.level, cell.text])]),
        block.caption,
      ];
    case 'form':
      return block.questions;
    case 'figure':
      return [block.caption ? `${block.label}: ${block.caption}` : block.label];
  }
}

function expectEveryWordInOrder(model: DocumentModel, document: LaidOutDocument) {
  const read = readingText(document);
  let at = 0;
  for (const chapter of [...model.chapters, ...model.annexes]) {
    for (const text of [chapter.label, chapter.title, chapter.intro, ...chapter.blocks.flatMap(blockTexts)]) {
      const found = read.indexOf(plain(text), at);
      expect(found, `"${text.slice(0, 60)}" in ${chapter.id}, in order`).toBeGreaterThanOrEqual(0);
      at = found + plain(text).length;
    }
  }
}

function expectWithinMargins(document: LaidOutDocument) {
  for (const [index, page] of document.pages.entries()) {
    for (const run of tagged(page)) {
      const where = `page ${index + 1}: "${run.text}"`;
      expect(run.x, where).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(run.x + measure.width(run.text, run.face, run.size), where).toBeLessThanOrEqual(
        page.width - MARGIN + 0.01,
      );
      expect(run.y - 0.905 * run.size, where).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(run.y, where).toBeLessThanOrEqual(page.height - MARGIN + 0.01);
    }
  }
}

function expectContentsNumbersRight(model: DocumentModel, document: LaidOutDocument) {
  const pageOf = new Map<string, number>();
  document.pages.forEach((page, index) => page.destinations.forEach((d) => pageOf.set(d.name, index + 1)));
  const numbers = new Map<string, number>();
  for (const page of document.pages) {
    for (const op of page.ops) {
      if (op.kind !== 'link' || !op.destination) continue;
      const number = runs(page).find((run) => run.tag === op.tag && /^\d+$/.test(run.text));
      if (number) numbers.set(op.destination, Number(number.text));
    }
  }
  const entries = contentsEntries(model);
  expect(entries.length).toBeGreaterThan(1);
  for (const entry of entries) {
    expect(pageOf.get(entry.anchor), entry.text).toBeGreaterThan(3);
    expect(numbers.get(entry.anchor), entry.text).toBe(pageOf.get(entry.anchor));
  }
}

function expectNoHeadingLast(model: DocumentModel, document: LaidOutDocument) {
  const headingTexts = new Set(
    [...model.chapters, ...model.annexes].flatMap((chapter) =>
      chapter.blocks.slice(0, -1).flatMap((block) => (block.kind === 'heading' ? [plain(block.text)] : [])),
    ),
  );
  for (const [index, page] of document.pages.entries()) {
    const body = tagged(page);
    if (!body.length) continue;
    const lowest = body.reduce((last, run) => (run.y >= last.y ? run : last));
    const role = document.structure[lowest.tag!]!.role;
    if (role === 'H2' || role === 'H3')
      expect(headingTexts.has(plain(lowest.text)), `heading "${lowest.text}" last on page ${index + 1}`).toBe(false);
    expect(role, `page ${index + 1} ends in a chapter heading`).not.toBe('H1');
  }
}

function expectTagsReachDocument(document: LaidOutDocument) {
  const reaches = (tag: number) => {
    let at = tag;
    for (let steps = 0; steps < 100; steps++) {
      if (at === -1) return true;
      const element = document.structure[at];
      if (!element) return false;
      at = element.parent;
    }
    return false;
  };
  for (const page of document.pages)
    for (const op of page.ops)
      if ((op.kind === 'text' && op.tag !== null) || op.kind === 'picture' || op.kind === 'link')
        expect(reaches(op.tag!), JSON.stringify({ ...op, bytes: undefined })).toBe(true);
}

describe.each(['nl', 'en'] as const)('the %s example plan laid out as PDF pages', (language) => {
  const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, language), { language, includePrivate: true });
  const document = layoutDocument(model, measure);

  it('gives each contents entry the page its heading landed on, with a named destination and an outline entry', () => {
    expectContentsNumbersRight(model, document);
    const outlined = new Set(document.outline.map((entry) => entry.destination));
    for (const entry of contentsEntries(model)) expect(outlined.has(entry.anchor), entry.text).toBe(true);
  });

  it('keeps every text within the margins and loses no word, in the order of the model', () => {
    expectWithinMargins(document);
    expectEveryWordInOrder(model, document);
  });

  it('never ends a page with a heading', () => expectNoHeadingLast(model, document));

  it('tags every text, picture and link to an element whose chain reaches the document', () =>
    expectTagsReachDocument(document));

  it('prints the wide tables on landscape pages, the rest portrait', () => {
    const wide = [...model.chapters, ...model.annexes].flatMap((chapter) =>
      chapter.blocks.filter(
        (block): block is Extract<Block, { kind: 'table' }> =>
          block.kind === 'table' && block.wide && block.rows.length > 0,
      ),
    );
    expect(wide.length).toBeGreaterThan(0);
    expect(document.pages[0]!.width).toBeLessThan(document.pages[0]!.height);
    for (const table of wide) {
      const row = plain(table.rows[0]!.join(''));
      const cells = (page: LaidOutPage) =>
        plain(
          tagged(page)
            .filter((run) => document.structure[run.tag!]!.role === 'TD')
            .map((run) => (run.hyphenated ? run.text.slice(0, -1) : run.text))
            .join(''),
        );
      const page = document.pages.find((candidate) => cells(candidate).includes(row));
      expect(page?.width, table.rows[0]![0]).toBeGreaterThan(page!.height);
    }
  });

  it('puts the running header and "page X of Y" on every page but the cover, as artifacts', () => {
    const total = document.pages.length;
    document.pages.forEach((page, index) => {
      const artifacts = runs(page)
        .filter((run) => run.tag === null)
        .map((run) => run.text);
      if (index === 0) expect(artifacts).toEqual([]);
      else {
        expect(artifacts).toContain(model.texts.header);
        expect(artifacts).toContain(`${model.texts.page} ${index + 1} ${model.texts.of} ${total}`);
      }
    });
  });

  it('shows the picture no larger than its pixels nor the text, its proportions kept', () => {
    const figures = [...model.chapters, ...model.annexes].flatMap((chapter) =>
      chapter.blocks.filter((block) => block.kind === 'figure'),
    );
    const pictures = document.pages.flatMap((page) => page.ops.filter((op) => op.kind === 'picture'));
    expect(pictures).toHaveLength(figures.length);
    pictures.forEach((picture, index) => {
      const figure = figures[index]!;
      expect(picture.width).toBeLessThanOrEqual(figure.width * 0.75 + 0.01);
      expect(picture.width).toBeLessThanOrEqual(595.28 - 2 * MARGIN + 0.01);
      expect(picture.width / picture.height).toBeCloseTo(figure.width / figure.height, 1);
      expect(document.structure[picture.tag]!.role).toBe('Figure');
      expect(document.structure[picture.tag]!.alt).toBeTruthy();
    });
  });
});

/** A small model of one chapter with the given blocks. */
function modelOf(blocks: Block[], more: Partial<Chapter>[] = []): DocumentModel {
  const chapter = (id: string, number: string, chapterBlocks: Block[]): Chapter => ({
    id,
    number,
    title: `Chapter ${id}`,
    label: `Chapter ${number}`,
    intro: 'What this chapter says.',
    blocks: chapterBlocks,
    sections: [],
  });
  return {
    language: 'en',
    locale: 'en-GB',
    organisation: 'Example Ltd',
    title: 'IT continuity plan',
    subtitle: 'What to do when IT fails',
    version: '1.0',
    owner: 'Ann Owner',
    date: '6 December 2026',
    isoDate: '2026-12-06',
    classification: 'Confidential',
    edition: '',
    texts: {
      contents: 'Contents',
      contentsHint: '',
      header: 'Example Ltd – IT continuity plan 1.0',
      page: 'Page',
      of: 'of',
      printedOn: ['Printed on ', ''],
      made: 'Made on 6 December 2026',
      cover: {
        organisation: 'Organisation',
        version: 'Version',
        date: 'Date',
        classification: 'Class',
        owner: 'Owner',
      },
      versions: {
        title: 'Versions',
        intro: 'Who changed what.',
        columns: ['Version', 'Date', 'By'],
        rows: [['1.0', '6 Dec', 'Ann']],
      },
    },
    chapters: [
      chapter('one', '1', blocks),
      ...more.map((extra, index) => ({ ...chapter(`c${index}`, `${index + 2}`, []), ...extra })),
    ],
    annexes: [],
  };
}

const sentence = (n: number) =>
  Array.from({ length: n }, (_, index) => `word${index} continuity recovery-plan restart/backup`).join(' ');

describe('the PDF layout of hand-made documents', () => {
  it('repeats a long table’s header row atop every page it runs onto, as an artifact', () => {
    const columns = ['System', 'Owner', 'Restart'];
    const rows = Array.from({ length: 160 }, (_, index) => [`System ${index}`, `Owner ${index}`, `${index} hours`]);
    const model = modelOf([{ kind: 'table', columns, rows, wide: false }]);
    const document = layoutDocument(model, measure);
    const pages = document.pages.filter((page) => tagged(page).some((run) => /^System \d+$/.test(run.text)));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      const header = runs(page).filter((run) => columns.includes(run.text));
      expect(header.map((run) => run.text)).toEqual(columns);
      expect(header.every((run) => run.tag === (index === 0 ? run.tag : null))).toBe(true);
      if (index === 0) expect(header.every((run) => document.structure[run.tag!]!.scope === 'Column')).toBe(true);
      const firstRow = Math.min(
        ...tagged(page)
          .filter((run) => /^System \d+$/.test(run.text))
          .map((run) => run.y),
      );
      expect(Math.max(...header.map((run) => run.y))).toBeLessThan(firstRow);
      // Never one row alone on a page.
      expect(tagged(page).filter((run) => /^System \d+$/.test(run.text)).length).toBeGreaterThan(1);
    });
    expectEveryWordInOrder(model, document);
  });

  it('never leaves a heading last on a page, whatever the length of the text before it', () => {
    for (let words = 1; words <= 40; words += 3) {
      const blocks: Block[] = Array.from({ length: 12 }, (_, index): Block[] => [
        { kind: 'heading', level: index % 3 ? 3 : 2, text: `Heading ${index}` },
        { kind: 'paragraph', text: sentence(words + index) },
      ]).flat();
      const model = modelOf(blocks);
      const document = layoutDocument(model, measure);
      expectNoHeadingLast(model, document);
      expectEveryWordInOrder(model, document);
      expectWithinMargins(document);
      expectContentsNumbersRight(model, document);
    }
  });

  it('lets a row with a very long cell run on over pages, its text whole and in order', () => {
    const long = sentence(160);
    const model = modelOf([
      {
        kind: 'table',
        columns: ['Step', 'What to do'],
        rows: [
          ['1', 'Short'],
          ['2', long],
          ['3', 'Short again'],
        ],
        wide: false,
      },
      { kind: 'definitions', entries: [{ term: 'Procedure', value: long }] },
    ]);
    const document = layoutDocument(model, measure);
    const pagesWithCells = document.pages.filter((page) =>
      tagged(page).some((run) => document.structure[run.tag!]!.role === 'TD' && run.text.includes('continuity')),
    );
    expect(pagesWithCells.length).toBeGreaterThan(2);
    expectWithinMargins(document);
    expectEveryWordInOrder(model, document);
  });

  it('breaks a word wider than its column at a syllable with a hyphen, and keeps it whole when read', () => {
    const word = 'Informatieveiligheidsconsulentenoverleg';
    const columns = Array.from({ length: 9 }, (_, index) => `C${index}`);
    const model = modelOf([{ kind: 'table', columns, rows: [columns.map(() => word)], wide: false }]);
    model.language = 'nl';
    const document = layoutDocument(model, measure);
    const cells = document.pages.flatMap(tagged).filter((run) => document.structure[run.tag!]!.role === 'TD');
    expect(cells.some((run) => run.hyphenated && run.text.endsWith('-'))).toBe(true);
    expectWithinMargins(document);
    expectEveryWordInOrder(model, document);
  });

  it('lays every kind of block out, tagged as what it is, a wide table on a landscape page', () => {
    const model = modelOf([
      { kind: 'heading', level: 2, text: 'Points' },
      { kind: 'list', items: ['First point', sentence(8)], ordered: true },
      { kind: 'list', items: ['A bullet'] },
      { kind: 'definitions', entries: [{ term: 'Owner', value: 'Ann' }] },
      { kind: 'form', questions: ['What happened?', ''], lines: 4 },
      {
        kind: 'matrix',
        caption: 'Heat map',
        corner: 'Likelihood',
        columns: ['Low', 'High'],
        rows: [
          {
            label: 'Often',
            cells: [
              { text: 'R1', tone: 'low', level: 'low' },
              { text: 'R2', tone: 'critical', level: 'critical' },
            ],
          },
        ],
      },
      {
        kind: 'figure',
        mediaType: 'image/png',
        bytes: new Uint8Array(),
        width: 4000,
        height: 1000,
        label: 'Figure 1',
        caption: 'Network',
      },
      {
        kind: 'figure',
        mediaType: 'image/png',
        bytes: new Uint8Array(),
        width: 100,
        height: 50,
        label: 'Figure 2',
        caption: '',
      },
      { kind: 'table', columns: ['A', 'B'], rows: [['wide 1', 'wide 2']], wide: true },
    ]);
    const document = layoutDocument(model, measure);
    const roles = new Set(document.structure.map((element) => element.role));
    for (const role of [
      'H1',
      'H2',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'TH',
      'TD',
      'Figure',
      'Caption',
      'TOC',
      'TOCI',
      'Link',
    ])
      expect(roles.has(role as never), role).toBe(true);
    const labels = document.pages.flatMap(tagged).filter((run) => document.structure[run.tag!]!.role === 'Lbl');
    expect(labels.map((run) => run.text)).toEqual(['1.', '2.', '•']);
    const pictures = document.pages.flatMap((page) => page.ops.filter((op) => op.kind === 'picture'));
    expect(pictures[0]!.width).toBeCloseTo(595.28 - 2 * MARGIN, 0);
    expect(pictures[1]!.width).toBe(75);
    const widePage = document.pages.find((page) => tagged(page).some((run) => run.text === 'wide 1'))!;
    expect(widePage.width).toBeGreaterThan(widePage.height);
    // The heat map's cells darken as the level rises.
    const grey = (hex: string) =>
      0.299 * parseInt(hex.slice(0, 2), 16) +
      0.587 * parseInt(hex.slice(2, 4), 16) +
      0.114 * parseInt(hex.slice(4), 16);
    const fillUnder = (text: string) => {
      const page = document.pages.find((candidate) => runs(candidate).some((run) => run.text === text))!;
      const run = runs(page).find((candidate) => candidate.text === text)!;
      const cell = page.ops.find(
        (op) =>
          op.kind === 'rect' &&
          op.fill &&
          op.x <= run.x &&
          run.x <= op.x + op.width &&
          op.y <= run.y &&
          run.y <= op.y + op.height,
      );
      return cell?.kind === 'rect' ? grey(cell.fill!) : NaN;
    };
    expect(fillUnder('R1')).toBeGreaterThan(fillUnder('R2') + 60);
    expectEveryWordInOrder(model, document);
    expectWithinMargins(document);
    expectTagsReachDocument(document);
  });
});

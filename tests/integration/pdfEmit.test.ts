import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitPdf } from '../../src/export/pdfWriter/emitPdf';
import { fontMeasure } from '../../src/export/pdfWriter/fonts';
import { type LaidOutDocument, type LaidOutPage, PAGE_SIZES } from '../../src/export/pdfWriter/layout';
import { encodePng } from '../../src/storage/exampleDiagram';
import { pdfLinks } from '../builders/pdfContent';
import { pdfOutline, pdfPages } from '../builders/pdfText';
import { tempDir } from '../builders/tempDir';
import { needs } from '../builders/tools';

const { width, height } = PAGE_SIZES.A4;
const measure = fontMeasure();

/** A hand-laid document: a contents page linking to two chapters, a table with a broken word, a picture, a tel: link. */
function handLaid(): LaidOutDocument {
  const text = (
    text: string,
    y: number,
    tag: number | null,
    extra: Partial<{ x: number; bold: boolean; hyphenated: boolean }> = {},
  ) => ({
    kind: 'text' as const,
    text,
    x: extra.x ?? 56,
    y,
    face: extra.bold ? ('bold' as const) : ('regular' as const),
    size: 10,
    colour: '1F2933',
    tag,
    hyphenated: extra.hyphenated,
  });
  const footer = (n: number) => text(`Pagina ${n}`, 810, null);
  const pages: LaidOutPage[] = [
    {
      width,
      height,
      destinations: [],
      ops: [
        text('Inhoud', 80, 0, { bold: true }),
        text('Noodnummers & <alarm>', 110, 2),
        { kind: 'link', x: 56, y: 100, width: 200, height: 14, destination: 'chapter-1', tag: 2 },
        text('Herstel', 130, 3),
        { kind: 'link', x: 56, y: 120, width: 200, height: 14, destination: 'chapter-2', tag: 3 },
        footer(1),
      ],
    },
    {
      width,
      height,
      destinations: [{ name: 'chapter-1', y: 60 }],
      ops: [
        text('Noodnummers & <alarm>', 80, 4, { bold: true }),
        { kind: 'rect', x: 56, y: 100, width: 120, height: 40, stroke: '9AA5B1', lineWidth: 0.5, fill: 'EEF2F6' },
        text('Managementtea-', 115, 8, { hyphenated: true }),
        text('m belt', 128, 8),
        text('Bel 0471 23 45 67', 115, 9, { x: 200 }),
        {
          kind: 'link',
          x: 200,
          y: 105,
          width: measure.width('Bel 0471 23 45 67', 'regular', 10),
          height: 14,
          uri: 'tel:+32471234567',
          tag: 10,
        },
        { kind: 'line', x1: 56, y1: 150, x2: 540, y2: 150, colour: '9AA5B1', lineWidth: 0.5 },
        {
          kind: 'picture',
          bytes: encodePng(8, 8, new Uint8Array(8 * 8 * 3).fill(90)),
          mediaType: 'image/png',
          x: 56,
          y: 170,
          width: 80,
          height: 80,
          tag: 11,
        },
        footer(2),
      ],
    },
    {
      width,
      height,
      destinations: [
        { name: 'chapter-2', y: 60 },
        { name: 'chapter-2--1', y: 120 },
      ],
      ops: [
        text('Herstel', 80, 12, { bold: true }),
        text('Volgorde', 130, 13, { bold: true }),
        text('Αθήνα Київ Łódź', 150, 14),
        text('数据中心 🙂 Noodplan', 170, 14),
        footer(3),
      ],
    },
  ];
  return {
    pages,
    structure: [
      { role: 'H1', parent: -1 }, // 0
      { role: 'TOC', parent: -1 }, // 1
      { role: 'TOCI', parent: 1 }, // 2
      { role: 'TOCI', parent: 1 }, // 3
      { role: 'H1', parent: -1 }, // 4
      { role: 'Table', parent: -1 }, // 5
      { role: 'TBody', parent: 5 }, // 6
      { role: 'TR', parent: 6 }, // 7
      { role: 'TD', parent: 7 }, // 8
      { role: 'TD', parent: 7 }, // 9
      { role: 'Link', parent: 9, uri: 'tel:+32471234567' }, // 10
      { role: 'Figure', parent: -1, alt: 'Netwerkschema' }, // 11
      { role: 'H1', parent: -1 }, // 12
      { role: 'H2', parent: -1 }, // 13
      { role: 'P', parent: -1 }, // 14
    ],
    outline: [
      { title: 'Noodnummers & <alarm>', level: 1, destination: 'chapter-1' },
      { title: 'Herstel', level: 1, destination: 'chapter-2' },
      { title: 'Volgorde', level: 2, destination: 'chapter-2--1' },
    ],
    properties: {
      title: 'Continuïteitsplan <Beekzande> & co',
      author: 'Gemeente Beekzande',
      subject: 'IT-continuïteitsplan',
      keywords: 'continuïteit, herstel',
      locale: 'nl-BE',
    },
  };
}

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

async function written(doc: LaidOutDocument = handLaid()) {
  const path = join(tempDir(), 'emitted.pdf');
  writeFileSync(path, await emitPdf(doc));
  return path;
}

describe('the PDF written from a laid-out document', () => {
  it('is a well-formed PDF 1.7 with both Arimo faces embedded as subsets and no other font', async (context) => {
    needs(context, 'qpdf', 'poppler');
    const path = await written();
    expect(readFileSync(path).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(run('qpdf', '--check', path)).toMatch(/No syntax or stream encoding errors/);
    const fonts = run('pdffonts', path).split('\n').slice(2).filter(Boolean);
    expect(fonts).toHaveLength(2);
    for (const font of fonts)
      expect(font).toMatch(/^[A-Z]{6}\+Arimo-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('is tagged, in the plan language, showing its title, with properties from the plan', async (context) => {
    needs(context, 'poppler');
    const path = await written();
    const info = run('pdfinfo', path);
    expect(info).toMatch(/^Tagged:\s+yes/m);
    expect(info).toMatch(/^Title:\s+Continuïteitsplan <Beekzande> & co$/m);
    expect(info).toMatch(/^Author:\s+Gemeente Beekzande$/m);
    expect(info).toMatch(/^Subject:\s+IT-continuïteitsplan$/m);
    expect(info).toMatch(/^Keywords:\s+continuïteit, herstel$/m);
    expect(info).toMatch(/^Creator:\s+Paraat$/m);
    expect(info).toMatch(/^Producer:\s+Paraat$/m);
    expect(info).toMatch(/^Pages:\s+3$/m);
    const catalogue = run('qpdf', '--show-object=trailer', path);
    const root = /\/Root (\d+) 0 R/.exec(catalogue)![1]!;
    const rootDictionary = run('qpdf', `--show-object=${root}`, path);
    expect(rootDictionary).toMatch(/\/Lang \(nl-BE\)/);
    expect(rootDictionary).toMatch(/\/MarkInfo/);
    expect(rootDictionary).toMatch(/\/StructTreeRoot/);
    // The XMP packet is well-formed, with the plan's text escaped.
    const xmp = run('pdfinfo', '-meta', path);
    expect(xmp).toContain('Continuïteitsplan &lt;Beekzande&gt; &amp; co');
    expect(xmp).toContain('<rdf:li>nl-BE</rdf:li>');
  });

  it('reads as its text, the broken word whole, every script in the font', async (context) => {
    needs(context, 'poppler');
    const pages = pdfPages(await written());
    expect(pages[0]).toContain('Noodnummers & <alarm>');
    expect(pages[1]).toContain('Managementteam');
    expect(pages[1]).toContain('belt');
    expect(pages[1]).not.toContain('Managementtea-');
    expect(pages[2]).toContain('Αθήνα Київ Łódź');
    // Characters the font has no glyph for print as boxes, but the text still reads as typed.
    expect(pages[2]).toContain('数据中心 🙂 Noodplan');
    expect(pages[2]).toContain('Pagina 3');
  });

  it('has bookmarks nested by level and links to the chapters and to a phone number', async (context) => {
    needs(context, 'poppler', 'qpdf');
    const path = await written();
    expect(pdfOutline(path)).toEqual(['Noodnummers & <alarm>', 'Herstel', 'Volgorde']);
    expect(pdfLinks(path)).toEqual([expect.objectContaining({ page: 2, uri: 'tel:+32471234567' })]);
    // The contents' links go to named destinations on the chapters' pages.
    const html = run('pdftohtml', '-xml', '-stdout', '-i', '-q', path);
    expect(html).toMatch(/<item page="2">Noodnummers &amp; &lt;alarm&gt;<\/item>/);
    expect(html).toMatch(/<item page="3">Herstel<\/item>/);
  });
});

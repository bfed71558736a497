import PDFDocument from 'pdfkit';
import { fontBytes } from './fonts';
import type { FontFace, LaidOutDocument, LaidOutPage, OutlineEntry, StructureElement, TextRun } from './layout';

/**
 * Draws a laid-out document as a tagged PDF 1.7 with pdfkit: Arimo embedded and subset, every text in
 * marked content under its structure element (artifacts for the running header and footer), links
 * tied to their Link elements, named destinations, the outline, the plan's language and properties.
 *
 * Text is written with its own operators at the layout's baseline, glyph by glyph with the advance
 * widths the layout measured with (no kerning, no re-wrapping), so what the layout placed is what
 * prints. Pages are written out as they are finished: only the structure elements still open stay in
 * memory.
 */

/** pdfkit's parts this writer uses that its type declarations leave out. */
interface PdfKitFont {
  id: string;
  font: { glyphForCodePoint(code: number): { id: number; advanceWidth: number } };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  ref(): unknown;
}
interface PdfKitPage {
  fonts: Record<string, unknown>;
  dictionary: { data: Record<string, unknown> };
}
interface PdfKitOutline {
  addItem(title: string): PdfKitOutline;
  dictionary: { data: Record<string, unknown> };
}
interface PdfKitInternals {
  _font: PdfKitFont;
  page: PdfKitPage;
  outline: PdfKitOutline;
  info: Record<string, unknown>;
  _addInfo(): void;
  appendXML(xml: string, newline?: boolean): void;
  openImage(bytes: Buffer): PdfKitImage;
}
/** An image pdfkit has read once, drawn again wherever the same picture recurs. */
type PdfKitImage = object;

type StructElement = PDFKit.PDFStructureElement;

export interface EmitOptions {
  /** Called after every page is written (1-based); may throw to stop (a cancelled export) and may wait. */
  afterPage?: (page: number, of: number) => void | Promise<void>;
}

const PAGES_PER_TURN = 25;

/** The PDF's bytes. */
export async function emitPdf(laidOut: LaidOutDocument, options: EmitOptions = {}): Promise<Uint8Array> {
  const { properties } = laidOut;
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: properties.locale,
    displayTitle: true,
    autoFirstPage: false,
    // No default font: pdfkit's would be Helvetica, read from its AFM files (not there in the bundled app).
    font: null as unknown as string,
    info: {
      Title: properties.title,
      Author: properties.author,
      Subject: properties.subject,
      Keywords: properties.keywords,
      Creator: 'Paraat',
      Producer: 'Paraat',
    },
  });
  const internals = doc as unknown as PdfKitInternals;
  internals._addInfo = () => internals.appendXML(xmpProperties(laidOut.properties, internals.info));
  const chunks: Uint8Array[] = [];
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const fonts = embeddedFonts(doc, internals);
  const hyphenation = hyphenationTexts(laidOut);
  const structure = new StructureWriter(doc, laidOut);
  const images = new Map<Uint8Array, PdfKitImage>();

  for (const [index, page] of laidOut.pages.entries()) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    // Tab order follows the structure (tagged PDF).
    internals.page.dictionary.data.Tabs = 'S';
    writePage(doc, internals, page, fonts, hyphenation, structure, images);
    structure.pageDone(index);
    if (options.afterPage) await options.afterPage(index + 1, laidOut.pages.length);
    else if ((index + 1) % PAGES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (laidOut.pages.length) writeOutline(internals.outline, laidOut.outline);
  doc.end();
  return finished;
}

/** The page's ops in order, each text and picture in the marked content of its element. */
function writePage(
  doc: PDFKit.PDFDocument,
  internals: PdfKitInternals,
  page: LaidOutPage,
  fonts: EmbeddedFonts,
  hyphenation: Map<TextRun, string>,
  structure: StructureWriter,
  images: Map<Uint8Array, PdfKitImage>,
) {
  let fill = '';
  let stroke = '';
  let lineWidth = -1;
  // What the content written now is marked as: a structure element's index, 'artifact', or nothing.
  let marked: number | 'artifact' | undefined;
  const mark = (wanted: number | 'artifact') => {
    if (marked === wanted) return;
    if (marked !== undefined) doc.endMarkedContent();
    if (wanted === 'artifact') doc.markContent('Artifact');
    else structure.markContent(wanted);
    marked = wanted;
  };
  const unmark = () => {
    if (marked !== undefined) doc.endMarkedContent();
    marked = undefined;
  };
  const setFill = (colour: string) => {
    if (colour !== fill) doc.addContent(`${rgb(colour)} rg`);
    fill = colour;
  };
  const setStroke = (colour: string, width: number) => {
    if (colour !== stroke) doc.addContent(`${rgb(colour)} RG`);
    if (width !== lineWidth) doc.addContent(`${num(width)} w`);
    stroke = colour;
    lineWidth = width;
  };
  const usedFonts = new Set<FontFace>();

  for (const op of page.ops) {
    switch (op.kind) {
      case 'text': {
        mark(op.tag ?? 'artifact');
        setFill(op.colour);
        const font = fonts[op.face];
        if (!usedFonts.has(op.face)) {
          internals.page.fonts[font.id] = font.ref();
          usedFonts.add(op.face);
        }
        const glyphs = font.encode(op.text);
        // A word broken by the layout, and text in a script the font lacks (Chinese, emoji: empty
        // boxes on the page), are read, searched and copied as they were typed.
        const actual = hyphenation.get(op) ?? (font.lacksGlyphs(op.text) ? op.text : undefined);
        if (actual !== undefined) doc.markContent('Span', { actual });
        // The page's coordinates run downwards (pdfkit's), so the text matrix flips the glyphs upright.
        doc.addContent(`BT /${font.id} ${num(op.size)} Tf 1 0 0 -1 ${num(op.x)} ${num(op.y)} Tm <${glyphs}> Tj ET`);
        if (actual !== undefined) doc.endMarkedContent();
        break;
      }
      case 'rect': {
        if (!op.fill && !op.stroke) break;
        mark('artifact');
        if (op.fill) setFill(op.fill);
        if (op.stroke) setStroke(op.stroke, op.lineWidth ?? 0.5);
        const operator = op.fill && op.stroke ? 'B' : op.fill ? 'f' : 'S';
        doc.addContent(`${num(op.x)} ${num(op.y)} ${num(op.width)} ${num(op.height)} re ${operator}`);
        break;
      }
      case 'line': {
        mark('artifact');
        setStroke(op.colour, op.lineWidth);
        doc.addContent(`${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S`);
        break;
      }
      case 'picture': {
        mark(op.tag);
        let image = images.get(op.bytes);
        if (!image) {
          image = internals.openImage(Buffer.from(op.bytes.buffer, op.bytes.byteOffset, op.bytes.byteLength));
          images.set(op.bytes, image);
        }
        doc.image(image as unknown as Buffer, op.x, op.y, { width: op.width, height: op.height });
        break;
      }
      case 'link': {
        const element = structure.element(op.tag);
        // The annotation's description, and its place in the structure: under its Link element.
        const label = {
          structParent: element,
          Contents: new String(op.uri ?? op.destination ?? ''),
        } as unknown as PDFKit.Mixins.AnnotationOption;
        if (op.uri) doc.link(op.x, op.y, op.width, op.height, op.uri, label);
        else if (op.destination) doc.goTo(op.x, op.y, op.width, op.height, op.destination, label);
        break;
      }
    }
  }
  unmark();
  for (const destination of page.destinations)
    doc.addNamedDestination(destination.name, 'XYZ', null, destination.y, null);
}

type EmbeddedFonts = Record<
  FontFace,
  PdfKitFont & { encode(text: string): string; lacksGlyphs(text: string): boolean }
>;

/** Arimo regular and bold, with a glyph encoder that keeps each code point's glyph id. */
function embeddedFonts(doc: PDFKit.PDFDocument, internals: PdfKitInternals): EmbeddedFonts {
  const face = (name: FontFace) => {
    doc.font(fontBytes(name));
    const font = internals._font;
    const codes = new Map<number, string>();
    const missing = new Set<number>();
    const glyphCode = (code: number) => {
      let hex = codes.get(code);
      if (hex === undefined) {
        const glyph = font.font.glyphForCodePoint(code);
        if (glyph.id === 0) missing.add(code);
        const id = font.subset.includeGlyph(glyph.id);
        font.widths[id] ??= glyph.advanceWidth * font.scale;
        font.unicode[id] ??= [code];
        hex = id.toString(16).padStart(4, '0');
        codes.set(code, hex);
      }
      return hex;
    };
    return Object.assign(font, {
      encode(text: string) {
        let hex = '';
        for (const char of text) hex += glyphCode(char.codePointAt(0)!);
        return hex;
      },
      /** Whether an encoded text holds a character the font has no glyph for (it prints as an empty box). */
      lacksGlyphs(text: string) {
        for (const char of text) if (missing.has(char.codePointAt(0)!)) return true;
        return false;
      },
    });
  };
  return { regular: face('regular'), bold: face('bold') };
}

/**
 * The structure tree, written as the pages go: an element is made when its first content (or its
 * first descendant's) is drawn, so its children come in reading order, and written out after the
 * last page holding any of its content.
 */
class StructureWriter {
  private readonly made = new Map<number, StructElement>();
  private readonly root: StructElement;
  private readonly endingOn = new Map<number, number[]>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly laidOut: LaidOutDocument,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    const lastPage = new Map<number, number>();
    laidOut.pages.forEach((page, pageIndex) => {
      for (const op of page.ops) {
        if (op.kind === 'rect' || op.kind === 'line' || op.tag === null) continue;
        for (let tag = op.tag; tag >= 0 && lastPage.get(tag) !== pageIndex; tag = laidOut.structure[tag]!.parent)
          lastPage.set(tag, pageIndex);
      }
    });
    for (const [tag, page] of lastPage) {
      const list = this.endingOn.get(page) ?? [];
      list.push(tag);
      this.endingOn.set(page, list);
    }
  }

  element(index: number): StructElement {
    let element = this.made.get(index);
    if (element) return element;
    const spec = this.laidOut.structure[index]!;
    element = this.doc.struct(spec.role, elementOptions(spec));
    (spec.parent >= 0 ? this.element(spec.parent) : this.root).add(element);
    this.made.set(index, element);
    return element;
  }

  /** Opens marked content for the element's text or picture on the current page. */
  markContent(index: number) {
    const element = this.element(index);
    element.add(this.doc.markStructureContent(this.laidOut.structure[index]!.role));
  }

  /** Ends (and so writes out) the elements whose content ended on this page, children first. */
  pageDone(pageIndex: number) {
    const ending = this.endingOn.get(pageIndex);
    if (!ending) return;
    for (const index of ending.sort((a, b) => b - a)) this.made.get(index)?.end();
    this.endingOn.delete(pageIndex);
  }
}

function elementOptions(spec: StructureElement): PDFKit.Mixins.StructureElementOptions {
  const options: PDFKit.Mixins.StructureElementOptions & { scope?: string } = {};
  if (spec.alt) options.alt = spec.alt;
  if (spec.scope) options.scope = spec.scope;
  return options;
}

/** The outline, nested by level: a part without its chapter hangs at the top. */
function writeOutline(root: PdfKitOutline, entries: OutlineEntry[]) {
  const parents: PdfKitOutline[] = [root];
  for (const entry of entries) {
    const parent = parents[Math.min(entry.level - 1, parents.length - 1)]!;
    const item = parent.addItem(entry.title);
    item.dictionary.data.Dest = new String(entry.destination);
    parents.length = Math.min(entry.level, parents.length);
    parents.push(item);
  }
}

/**
 * What a word broken by the layout's hyphen extracts as: the first part reads the whole word, the
 * part on the next line of the same element reads what follows the word's rest. So copying, search and
 * screen readers find the word whole.
 */
function hyphenationTexts(laidOut: LaidOutDocument): Map<TextRun, string> {
  const texts = new Map<TextRun, string>();
  const waiting = new Map<number | null, TextRun>();
  for (const page of laidOut.pages) {
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      const broken = waiting.get(op.tag);
      if (broken) {
        waiting.delete(op.tag);
        const text = texts.get(op) ?? op.text;
        const rest = /^\S*/.exec(text)![0];
        texts.set(broken, broken.text.replace(/-$/, '') + rest);
        texts.set(op, text.slice(rest.length));
      }
      if (op.hyphenated) {
        waiting.set(op.tag, op);
        if (!texts.has(op)) texts.set(op, op.text.replace(/-$/, ''));
      }
    }
  }
  return texts;
}

const xml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);

/** The XMP packet's properties (pdfkit's own does not escape plan text). */
function xmpProperties(properties: LaidOutDocument['properties'], info: Record<string, unknown>): string {
  const created = info.CreationDate instanceof Date ? info.CreationDate : new Date();
  const alt = (text: string) =>
    `<rdf:Alt><rdf:li xml:lang="${xml(properties.locale)}">${xml(text)}</rdf:li><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return `
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${created.toISOString().split('.')[0]}Z</xmp:CreateDate>
<xmp:CreatorTool>Paraat</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(properties.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(properties.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(properties.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(properties.locale)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>Paraat</pdf:Producer>
<pdf:Keywords>${xml(properties.keywords)}</pdf:Keywords>
</rdf:Description>`;
}

const num = (value: number) => String(Math.round(value * 100) / 100);

function rgb(colour: string): string {
  const value = parseInt(colour, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((part) => num(part / 255)).join(' ');
}

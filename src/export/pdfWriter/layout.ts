/**
 * The plan's PDF is written from the document model without a browser, in two steps with this file
 * as the contract between them:
 * - layout (src/export/pdfWriter/layoutDocument.ts and its parts): the model becomes pages of positioned,
 *   already broken lines, rules, fills and pictures, with the structure they belong to (for the
 *   tags), the outline (bookmarks) and the page each heading landed on. Pure: no PDF library, so
 *   pagination, line breaking and the contents' page numbers are unit-tested on their own.
 * - emit (src/export/pdfWriter/emitPdf.ts): draws the laid-out pages with the embedded fonts, writing the
 *   structure tree (tagged PDF), outline, links, language and document properties.
 *
 * Units are PDF points (1/72 inch), origin at the top left of the page, y growing downwards (the
 * emitter converts). A text's x/y is the left end of its baseline.
 */

export type FontFace = 'regular' | 'bold';

/** The page sizes the plan uses, in points (portrait width × height). */
export const PAGE_SIZES = { A4: { width: 595.28, height: 841.89 } } as const;

/** A tagged element of the structure tree; `parent` is the index of its parent in `LaidOutDocument.structure` (-1 for the document). */
export interface StructureElement {
  role:
    | 'H1'
    | 'H2'
    | 'H3'
    | 'P'
    | 'L'
    | 'LI'
    | 'Lbl'
    | 'LBody'
    | 'Table'
    | 'THead'
    | 'TBody'
    | 'TR'
    | 'TH'
    | 'TD'
    | 'Figure'
    | 'Caption'
    | 'TOC'
    | 'TOCI'
    | 'Link'
    | 'Sect';
  parent: number;
  /** A figure's alternative text; a TH's scope. */
  alt?: string;
  scope?: 'Column' | 'Row';
  /** A Link element's target: another place in the document (a named destination) or a URI (tel:, mailto:). */
  destination?: string;
  uri?: string;
}

/** One line of text in one font and size (a line with bold and regular parts is several runs). */
export interface TextRun {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  face: FontFace;
  size: number;
  /** RGB hex without '#', e.g. '1F2933'. */
  colour: string;
  /** Index into `structure` of the element this text belongs to; null for artifacts (running header, footer, page numbers of the layout's own making). */
  tag: number | null;
  /** The run ends in a hyphen that the layout added where a word broke (a soft hyphen): the text extracted reads the whole word. */
  hyphenated?: boolean;
}

export interface Rect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}

export interface Line {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  lineWidth: number;
}

export interface Picture {
  kind: 'picture';
  bytes: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  x: number;
  y: number;
  width: number;
  height: number;
  tag: number;
}

/** A clickable area: to a named destination in the document, or to a URI. */
export interface LinkArea {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  destination?: string;
  uri?: string;
  /** The Link structure element it belongs to. */
  tag: number;
}

export type DrawOp = TextRun | Rect | Line | Picture | LinkArea;

export interface LaidOutPage {
  width: number;
  height: number;
  ops: DrawOp[];
  /** Named destinations on this page (a chapter's id, `<chapter id>--<n>` for its parts): where links and the outline go. */
  destinations: { name: string; y: number }[];
}

export interface OutlineEntry {
  title: string;
  /** 1 for chapters and annexes, 2 for their parts, 3 below. */
  level: 1 | 2 | 3;
  destination: string;
}

export interface LaidOutDocument {
  pages: LaidOutPage[];
  structure: StructureElement[];
  outline: OutlineEntry[];
  /** Document properties (Info dictionary and XMP) and the language of every text. */
  properties: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    locale: string;
  };
}

/** Measures text in the embedded fonts (Arimo: Arial's metrics), in points at `size`. */
export interface TextMeasure {
  width(text: string, face: FontFace, size: number): number;
}

import type { PictureMediaType } from '../domain/pictures';

/**
 * The one document model both exports render: Word (docx) and the print view (HTML → PDF). Every
 * text in it is already translated and formatted, so renderers only decide how things look and
 * Word and PDF can never disagree about what the plan says.
 */

export interface Definition {
  term: string;
  value: string;
}

export interface MatrixCell {
  text: string;
  tone: 'low' | 'medium' | 'high' | 'critical';
  /** The tone in words ("hoog"), printed in the cell so it reads without colour. */
  level: string;
}

export type Block =
  /** A titled part of a chapter: a plan section, a long-text field, an item's details. */
  | {
      kind: 'heading';
      level: 2 | 3;
      text: string;
      /** An item's or field's heading standing in for a missing part heading: outlined, not in the contents. */
      minor?: boolean;
    }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' }
  /** Points of a list: a real bulleted (or numbered) list, never bullets typed into the text. */
  | { kind: 'list'; items: string[]; ordered?: boolean }
  /** Label–value pairs of a singleton section (or of one list item). */
  | { kind: 'definitions'; entries: Definition[] }
  /** A list section as rows; `wide` asks for a landscape page. */
  | { kind: 'table'; columns: string[]; rows: string[][]; wide: boolean; blankRows?: number; weights?: number[] }
  /** A grid whose cells are shaded by a level (the risk heat map): rows top to bottom. */
  | {
      kind: 'matrix';
      caption: string;
      corner: string;
      columns: string[];
      rows: { label: string; cells: MatrixCell[] }[];
    }
  /** Questions with room to write by hand (the post-incident review). */
  | { kind: 'form'; questions: string[]; lines: number }
  /**
   * A picture of the plan (a network diagram), checked when it was stored; shown at most as wide as
   * the text and never enlarged, its proportions kept. `label` numbers it ("Afbeelding 1").
   */
  | {
      kind: 'figure';
      mediaType: PictureMediaType;
      bytes: Uint8Array;
      width: number;
      height: number;
      label: string;
      caption: string;
    };

export interface Chapter {
  /** Stable anchor: the wizard step id, `annex-…`, or `other`. */
  id: string;
  /** "1", "2" … for chapters, "A", "B" … for annexes. */
  number: string;
  title: string;
  /** "Chapter 3" / "Annex B", shown above the title. */
  label: string;
  intro: string;
  blocks: Block[];
  /** Section keys shown in this chapter (the proof nothing is dropped). */
  sections: string[];
}

export interface DocumentTexts {
  contents: string;
  contentsHint: string;
  header: string;
  page: string;
  of: string;
  /** The Word footer's print date, around the date Word fills in when it prints: "Afgedrukt op ", "". */
  printedOn: [before: string, after: string];
  /** The PDF footer's date: when it was made, which stays true whenever it is printed. */
  made: string;
  cover: { organisation: string; version: string; date: string; classification: string; owner: string };
  versions: { title: string; intro: string; columns: string[]; rows: string[][] };
}

/** What heads every document of the plan (the plan itself, the emergency card): whose, which version, when, how confidential. */
export interface DocumentHeader {
  language: 'nl' | 'en';
  /** The language tag of every text (nl-BE, nl-NL, en-GB): Word spell-checks and hyphenates by it. */
  locale: string;
  organisation: string;
  version: string;
  owner: string;
  /** The print date, formatted for the document's language. */
  date: string;
  /** The export date as yyyy-mm-dd, for a field's cached value and the file's properties. */
  isoDate: string;
  classification: string;
}

export interface DocumentModel extends DocumentHeader {
  title: string;
  subtitle: string;
  /** Shown on the cover when private data was left out. */
  edition: string;
  texts: DocumentTexts;
  chapters: Chapter[];
  annexes: Chapter[];
}

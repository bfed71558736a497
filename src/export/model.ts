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
}

export type Block =
  /** A titled part of a chapter: a plan section, a long-text field, an item's details. */
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' }
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
  | { kind: 'form'; questions: string[]; lines: number };

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
  printed: string;
  cover: { organisation: string; version: string; date: string; classification: string; owner: string };
  versions: { title: string; intro: string; columns: string[]; rows: string[][] };
}

export interface DocumentModel {
  language: 'nl' | 'en';
  organisation: string;
  title: string;
  subtitle: string;
  version: string;
  owner: string;
  /** The print date, formatted for the document's language. */
  date: string;
  classification: string;
  /** Shown on the cover when private data was left out. */
  edition: string;
  texts: DocumentTexts;
  chapters: Chapter[];
  annexes: Chapter[];
}

import { Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { randomBytes } from 'node:crypto';

const DOCUMENT = 'word/document.xml';

/**
 * Tables written as WordprocessingML text (tableXml.ts) go into a document in two steps: while
 * docx builds it, each holds its place as a paragraph with a marker no plan text can contain (it
 * carries a random nonce); after packing, each marker paragraph in `word/document.xml` is
 * replaced by its table. Everything else (styles, headers, the filled-in table of contents) stays
 * docx's own.
 */
export class WrittenTables {
  private readonly nonce = randomBytes(8).toString('hex');
  private readonly tables: string[] = [];

  readonly placeholder = (xml: string): Paragraph => {
    this.tables.push(xml);
    return new Paragraph({ children: [new TextRun(this.marker(this.tables.length - 1))] });
  };

  /** The packed document with every placeholder replaced by its table; throws when one is missing. */
  fillIn(packed: Buffer): Buffer {
    const files = unzipSync(packed);
    const document = files[DOCUMENT];
    if (!document) throw new Error(`No ${DOCUMENT} in the packed document`);
    const pieces = strFromU8(document).split(
      /<w:p><w:r><w:t xml:space="preserve">\[\[table ([0-9a-f]+) (\d+)\]\]<\/w:t><\/w:r><\/w:p>/,
    );
    // split() with two groups gives text, nonce, index, text, nonce, index, …, text.
    let filled = 0;
    for (let i = 1; i < pieces.length; i += 3) {
      const index = Number(pieces[i + 1]);
      if (pieces[i] !== this.nonce || this.tables[index] === undefined)
        throw new Error('A table placeholder that is not this document’s');
      pieces[i] = '';
      pieces[i + 1] = this.tables[index]!;
      filled++;
    }
    if (filled !== this.tables.length) throw new Error(`${this.tables.length - filled} tables were not placed`);
    files[DOCUMENT] = strToU8(pieces.join(''));
    return Buffer.from(zipSync(files));
  }

  private marker(index: number): string {
    return `[[table ${this.nonce} ${index}]]`;
  }
}

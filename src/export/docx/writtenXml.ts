import { Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { randomBytes } from 'node:crypto';

const DOCUMENT = 'word/document.xml';

/**
 * Parts of the document written as WordprocessingML text (the tables of a large plan, tableXml.ts;
 * the contents with their page references, contentsXml.ts) go in in two steps: while docx builds
 * the document, each holds its place as a paragraph with a marker no plan text can contain (it
 * carries a random nonce); after packing, each marker paragraph in `word/document.xml` is replaced
 * by its XML. Everything else stays docx's own. `parts` replaces whole package parts (the
 * document's properties) at the same time.
 */
export class WrittenXml {
  private readonly nonce = randomBytes(8).toString('hex');
  private readonly pieces: string[] = [];

  readonly placeholder = (xml: string): Paragraph => {
    this.pieces.push(xml);
    return new Paragraph({ children: [new TextRun(this.marker(this.pieces.length - 1))] });
  };

  /** The packed document with every placeholder replaced by its XML; throws when one is missing. */
  fillIn(packed: Buffer, parts: Record<string, string> = {}): Buffer {
    const files = unzipSync(packed);
    const document = files[DOCUMENT];
    if (!document) throw new Error(`No ${DOCUMENT} in the packed document`);
    const pieces = strFromU8(document).split(
      /<w:p><w:r><w:t xml:space="preserve">\[\[xml ([0-9a-f]+) (\d+)\]\]<\/w:t><\/w:r><\/w:p>/,
    );
    // split() with two groups gives text, nonce, index, text, nonce, index, …, text.
    let filled = 0;
    for (let i = 1; i < pieces.length; i += 3) {
      const index = Number(pieces[i + 1]);
      if (pieces[i] !== this.nonce || this.pieces[index] === undefined)
        throw new Error('A placeholder that is not this document’s');
      pieces[i] = '';
      pieces[i + 1] = this.pieces[index]!;
      filled++;
    }
    if (filled !== this.pieces.length) throw new Error(`${this.pieces.length - filled} written parts were not placed`);
    files[DOCUMENT] = strToU8(pieces.join(''));
    for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
    return Buffer.from(zipSync(files));
  }

  private marker(index: number): string {
    return `[[xml ${this.nonce} ${index}]]`;
  }
}

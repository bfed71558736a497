import { describe, expect, it } from 'vitest';
import { fillContentsPages, glyphCodes } from '../../src/export/pdfContentsPages';

describe("the contents' page numbers written into a printed PDF", () => {
  it("finds each character's glyph in a font's ToUnicode map: single codes, ranges and listed ranges", () => {
    const cmap = `1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<0A4B> <2007>
endbfchar
2 beginbfrange
<0013> <001C> <0030>
<0044> <0045> [<0061> <0062>]
endbfrange`;
    const codes = glyphCodes(cmap);
    expect(codes.get(' ')).toBe('0003');
    expect(codes.get('\u2007')).toBe('0A4B');
    expect(codes.get('0')).toBe('0013');
    expect(codes.get('9')).toBe('001C');
    expect(codes.get('b')).toBe('0045');
    expect(codes.has('c')).toBe(false);
  });

  it('gives up (so the plan is printed again with the numbers) on what it cannot fill for certain', () => {
    expect(fillContentsPages(new TextEncoder().encode('not a PDF'), [3])).toBeNull();
    expect(fillContentsPages(new TextEncoder().encode('%PDF-1.4\n%%EOF'), [3])).toBeNull();
    // A page number longer than the placeholders: never cut short.
    expect(fillContentsPages(new TextEncoder().encode('%PDF-1.4\n%%EOF'), [12_345])).toBeNull();
  });
});

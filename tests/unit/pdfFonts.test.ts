import { describe, expect, it } from 'vitest';
import { fontMeasure } from '../../src/export/pdfWriter/fonts';

describe('the PDF fonts', () => {
  const measure = fontMeasure();

  it("measure text with Arial's metrics, bold wider than regular", () => {
    // Arial: "Nummer" is 0.722 + 0.556 + 0.833 × 2 + 0.556 + 0.333 em.
    expect(measure.width('Nummer', 'regular', 10)).toBeCloseTo(38.33, 1);
    expect(measure.width('Nummer', 'bold', 10)).toBeGreaterThan(measure.width('Nummer', 'regular', 10));
  });

  it('measure the letters of Dutch, French and Polish names', () => {
    // Accented letters have their base letter's width, not the width of a missing glyph's box.
    expect(measure.width('ëóŁź', 'regular', 10)).toBeCloseTo(measure.width('eoLz', 'regular', 10), 2);
  });
});

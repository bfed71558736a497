import { describe, expect, it } from 'vitest';
import { SOFT_HYPHEN, withSoftHyphens } from '../../src/export/hyphenation';

const breaks = (text: string) => text.split(SOFT_HYPHEN);

describe('soft hyphens in the exports', () => {
  it('may break a long Dutch or English word only between syllables, never leaving two letters alone at either end', () => {
    for (const [word, language] of [
      ['Informatieveiligheidsconsulent', 'nl'],
      ['telecommunications', 'en'],
    ] as const) {
      const pieces = breaks(withSoftHyphens(word, language));
      expect(pieces.length, word).toBeGreaterThan(1);
      expect(pieces.join(''), word).toBe(word);
      expect(
        [pieces[0]!.length, pieces.at(-1)!.length].every((length) => length >= 3),
        word,
      ).toBe(true);
    }
  });

  it('leaves short words, numbers, and words that fit their column as typed', () => {
    expect(withSoftHyphens('De back-up van 2026-01-01 staat in kluis 12345678901234', 'nl')).not.toContain(SOFT_HYPHEN);
    expect(withSoftHyphens('Informatieveiligheidsconsulent', 'nl', () => true)).toBe('Informatieveiligheidsconsulent');
  });

  it('leaves a pasted run of letters longer than any word whole, for the layout to break, and still answers', () => {
    const pasted = `Zie ${'x'.repeat(100_000)} en Informatieveiligheidsconsulent`;
    const text = withSoftHyphens(pasted, 'nl');
    expect(text).toContain(`Zie ${'x'.repeat(100_000)} en`);
    expect(breaks(text).length).toBeGreaterThan(1);
  });
});

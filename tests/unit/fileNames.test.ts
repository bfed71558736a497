import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/domain/fileNames';
import fc from 'fast-check';
import { inertCell, unguardedCell } from '../../src/domain/csv/sheet';

describe('a file name made from plan text', () => {
  it.each(['CON', 'nul', 'Com1', 'LPT9', 'AUX.backup', 'PRN '])(
    'is never a device name Windows reserves: %s',
    (name) => {
      const file = safeFileName(name, 'paraat');
      expect(file.split('.')[0]!.toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
      expect(file.endsWith('.paraat')).toBe(true);
    },
  );

  it('fits in 255 bytes with whole characters: no emoji cut in half', () => {
    const file = safeFileName('👨‍👩‍👧‍👦'.repeat(200), 'docx', { maxCharacters: 1000 });
    expect(Buffer.byteLength(file, 'utf8')).toBeLessThanOrEqual(255);
    expect(file).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(file.replace(/\.docx$/, '')).toMatch(/^(👨‍👩‍👧‍👦)+$/u);
  });

  it('keeps no control, invisible or direction characters and nothing Windows forbids', () => {
    const file = safeFileName('Gemeente\u202Egpj.exe\u0007 <Beek>: zande?\u200B.', 'pdf');
    expect(file).toBe('Gemeente gpj.exe Beek zande.pdf');
  });

  it('is never hidden, empty or ending in a dot', () => {
    expect(safeFileName('..', 'csv')).toBe('plan.csv');
    expect(safeFileName('.env', 'csv')).toBe('env.csv');
    expect(safeFileName('\ud83d', '')).toBe('plan');
  });
});

describe('a CSV cell from plan text', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+cmd|calc', '-2+3+cmd', '@SUM(A1)', '\t=1', '\r=1'])(
    'is shown as text, not run as a formula: %s',
    (text) => expect(inertCell(text)).toBe(`'${text}`),
  );

  it.each(['+32 470 12 34 56', '-5', '(050) 12.34.56', 'Beekzande', ''])('stays as written: %s', (text) =>
    expect(inertCell(text)).toBe(text),
  );

  it('is read back by the import as the text it was, whatever the text', () => {
    const formulaLike = fc
      .tuple(fc.constantFrom('', "'", "''"), fc.constantFrom('=', '+', '-', '@', '\t', ''), fc.string())
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(formulaLike, fc.string()), (text) => unguardedCell(inertCell(text)) === text));
  });

  it.each(["'+32 470 12 34 56", "'007", "'n Huis", "'"])('keeps an apostrophe it did not put there: %s', (text) =>
    expect(unguardedCell(text)).toBe(text),
  );
});

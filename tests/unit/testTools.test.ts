import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTestTools, missingToolsSentence } from '../../scripts/test-tools';
import { tempDir } from '../builders/tempDir';

/** A folder holding stand-ins for the named programs, as a PATH would list it. */
function folderWith(...programs: string[]): string {
  const folder = join(tempDir(), 'bin');
  mkdirSync(folder);
  for (const program of programs) {
    const path = join(folder, process.platform === 'win32' ? `${program}.exe` : program);
    writeFileSync(path, '');
    chmodSync(path, 0o755);
  }
  return folder;
}

describe('the programs npm test needs', () => {
  it('are found on the PATH: poppler only with both pdftotext and pdfinfo', () => {
    const all = findTestTools({ PATH: folderWith('soffice', 'pdftotext', 'pdfinfo', 'qpdf') });
    expect([all.libreoffice, all.poppler, all.qpdf].every(Boolean)).toBe(true);
    const half = findTestTools({ PATH: folderWith('pdftotext') });
    expect([half.poppler, half.qpdf]).toEqual([null, null]);
  });

  it('when missing, are named in one sentence that says what to install and what to run next', () => {
    expect(missingToolsSentence(['qpdf'])).toBe(
      'npm test needs qpdf: install it (on Debian or Ubuntu: sudo apt-get install qpdf) and run npm test again.',
    );
    expect(missingToolsSentence(['libreoffice', 'poppler', 'qpdf'])).toBe(
      "npm test needs LibreOffice, poppler's pdftotext and pdfinfo and qpdf: install them (on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui poppler-utils qpdf) and run npm test again.",
    );
  });
});

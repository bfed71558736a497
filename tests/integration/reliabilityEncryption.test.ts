import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../builders/fuzzSeed';
import { encryptionHarness } from '../../scripts/reliability/encryption';
import { tempDir } from '../builders/tempDir';

describe('a lost stick with an encrypted copy and an encrypted kit', () => {
  it(
    'holds no readable private value, and no damaged copy or wrong passphrase opens it',
    { timeout: 240_000 },
    async () => {
      const seed = fuzzSeed();
      const figures = await encryptionHarness({ dir: tempDir(), seed, damagedCopies: 8, wrongPassphrases: 4 });
      console.log(
        `[reliability] encryption (seed ${seed}): ${figures.privateValues} private values and ${figures.planTexts} plan texts searched in ${figures.filesOnStick} files, found ${figures.privateValuesFound}; damaged copies ${figures.damagedCopiesTried}, opened ${figures.damagedCopiesOpened}, crashes ${figures.crashes}, changed ${figures.damagedFilesChanged}; wrong passphrases ${figures.wrongPassphrasesTried}, accepted ${figures.wrongPassphrasesAccepted}; ${JSON.stringify(figures.byCode)}`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({
        privateValuesFound: 0,
        damagedCopiesOpened: 0,
        crashes: 0,
        damagedFilesChanged: 0,
        wrongPassphrasesAccepted: 0,
      });
      expect(figures.privateValues).toBeGreaterThan(0);
      expect(figures.planTexts).toBeGreaterThan(100);
      expect(figures.filesOnStick).toBeGreaterThanOrEqual(4);
      expect(figures.damagedCopiesTried).toBe(8);
    },
  );
});

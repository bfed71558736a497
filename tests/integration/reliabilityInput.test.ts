import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../builders/fuzzSeed';
import { inputHarness } from '../../scripts/reliability/input';
import { tempDir } from '../builders/tempDir';

describe('input from the window', () => {
  it(
    'outside a channel’s schema is refused on every channel and never changes the plan; awkward text is kept exactly and the Word export still opens',
    { timeout: 240_000 },
    async () => {
      const seed = fuzzSeed();
      const figures = await inputHarness({ runsPerChannel: 40, textSamples: 20, seed, dir: tempDir() });
      console.log(
        `[reliability] input (seed ${seed}): channels ${figures.channels}, invalid payloads ${figures.payloadsTried}, accepted ${figures.invalidAccepted}, wrong code ${figures.wrongCode}, file changed ${figures.fileChangedByRefusals}, texts ${figures.textsRoundTripped} (altered ${figures.textsAltered}), unreadable docx ${figures.docxUnreadable}`,
      );
      expect(figures.problems).toEqual([]);
      expect(figures).toMatchObject({
        invalidAccepted: 0,
        wrongCode: 0,
        fileChangedByRefusals: 0,
        textsAltered: 0,
        docxUnreadable: 0,
      });
      expect(figures.payloadsTried).toBeGreaterThan(figures.channels * 20);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { isPlanError } from '../../src/domain/errors';
import { EXPORT_LIMITS, checkExportBudget } from '../../src/export/budget';
import { printPdf, printTimeLimit } from '../../src/export/pdf';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isPlanError(error) ? { code: error.code, params: error.params } : { code: String(error) };
  }
  return null;
};

const atLimit = {
  items: EXPORT_LIMITS.items,
  textBytes: EXPORT_LIMITS.textBytes,
  largestRecordBytes: EXPORT_LIMITS.recordBytes,
};

describe('the export budget', () => {
  it('lets a plan up to every limit be exported', () => {
    expect(refusal(() => checkExportBudget(atLimit))).toBeNull();
    expect(refusal(() => checkExportBudget({ items: 0, textBytes: 0, largestRecordBytes: 0 }))).toBeNull();
  });

  it('refuses a plan past any one limit, with the figures for the message', () => {
    for (const over of [
      { ...atLimit, items: EXPORT_LIMITS.items + 1 },
      { ...atLimit, textBytes: EXPORT_LIMITS.textBytes + 1 },
      { ...atLimit, largestRecordBytes: EXPORT_LIMITS.recordBytes + 1 },
    ])
      expect(refusal(() => checkExportBudget(over))).toMatchObject({ code: 'export-too-large' });
    expect(
      refusal(() => checkExportBudget({ items: 150_000, textBytes: 50 * 1024 * 1024, largestRecordBytes: 1024 })),
    ).toEqual({
      code: 'export-too-large',
      params: {
        items: 150_000,
        itemLimit: 30_000,
        megabytes: 50,
        megabyteLimit: 32,
        largestMegabytes: 0.1,
        largestLimit: 4,
      },
    });
  });
});

describe('printing to PDF', () => {
  it('gives up on a printer that does not answer within the time limit, saying so', async () => {
    const never = () => new Promise<Uint8Array>(() => {});
    await expect(printPdf('<p>plan</p>', 'plan.pdf', never, 20)).rejects.toMatchObject({
      code: 'export-too-slow',
      params: { minutes: 0 },
    });
  });

  it('gives a larger print view longer before the printer counts as hung', () => {
    expect(printTimeLimit('<p>plan</p>')).toBe(15 * 60_000);
    // The benchmark's XL plan: some 16 MB of print view, over an hour on a busy 2-core machine.
    expect(printTimeLimit('x'.repeat(16_000_000))).toBeGreaterThan(60 * 60_000);
  });

  it('takes what a printer answers in time', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 …');
    await expect(printPdf('<p>plan</p>', 'plan.pdf', async () => pdf, 60_000)).resolves.toBe(pdf);
  });
});

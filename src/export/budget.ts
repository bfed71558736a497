import { PlanError } from '../domain/errors';
import type { PlanDocument, PlanSize } from '../storage/planDocument';

/**
 * What a plan may hold for Paraat to export it (Word, PDF, card, web page, contacts, calendar, kit,
 * CSV). An export holds the whole document in memory: the Word export of the benchmark's XL plan
 * (26,024 items, 22 MB of text) peaks at about 0.9 GB, and grows with the plan. A plan past these
 * limits, which no organisation's plan comes near but a crafted file can, is refused before any
 * work starts, with the figures, instead of running for minutes into gigabytes.
 */
export const EXPORT_LIMITS = {
  /** Items in all lists together: the XL plan has 26,024. */
  items: 30_000,
  /** The plan's stored text (its records as JSON): the XL plan has 22 MB. */
  textBytes: 32 * 1024 * 1024,
  /**
   * One item or one section's record: a generated plan's largest is 2 KB; the app lets each text
   * field hold 100,000 characters, so only a file made outside Paraat comes past this.
   */
  recordBytes: 4 * 1024 * 1024,
} as const;

const megabytes = (bytes: number) => Math.ceil((bytes / 1024 / 1024) * 10) / 10;

/** Refuses ('export-too-large') an export of a plan past the limits, saying what is too much. */
export function checkExportBudget(size: PlanSize): void {
  const over =
    size.items > EXPORT_LIMITS.items ||
    size.textBytes > EXPORT_LIMITS.textBytes ||
    size.largestRecordBytes > EXPORT_LIMITS.recordBytes;
  if (!over) return;
  throw new PlanError(
    'export-too-large',
    `The plan is too large to export: ${size.items} items, ${megabytes(size.textBytes)} MB of text, the largest record ${megabytes(size.largestRecordBytes)} MB`,
    {
      items: size.items,
      itemLimit: EXPORT_LIMITS.items,
      megabytes: megabytes(size.textBytes),
      megabyteLimit: megabytes(EXPORT_LIMITS.textBytes),
      largestMegabytes: megabytes(size.largestRecordBytes),
      largestLimit: megabytes(EXPORT_LIMITS.recordBytes),
    },
  );
}

/** Refuses an export of this plan when it holds more than the budget; measured on the file, cheaply. */
export function checkPlanExportable(document: PlanDocument): void {
  checkExportBudget(document.size());
}

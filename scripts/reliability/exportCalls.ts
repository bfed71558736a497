/** The exports and copies the hostile-file harness asks of a plan that opened, shared with its child (exportChild.ts). */

/** Each export or copy the harness asks for, with the name it writes under. */
export const EXPORT_CALLS = {
  'export.docx': 'plan.docx',
  'export.pdf': 'plan.pdf',
  'export.card': 'card.pdf',
  'export.html': 'plan.html',
  'export.vcf': 'contacts.vcf',
  'export.ics': 'reminders.ics',
  'export.kit': 'kit',
  'items.exportCsv': 'people.csv',
  'inventory.exportCsv': 'inventory.csv',
  'plan.saveCopy': 'copy.paraat',
  'plan.saveEncryptedCopy': 'copy.paraatx',
} as const;
export type ExportCall = keyof typeof EXPORT_CALLS;

/** Those that start a PDF printer (a Chromium), or may. */
export const PRINTED_CALLS: ReadonlySet<ExportCall> = new Set(['export.pdf', 'export.card', 'export.kit']);

export const EXPORT_PAYLOADS: Record<ExportCall, unknown> = {
  'export.docx': { language: 'nl', includePrivate: true },
  'export.pdf': { language: 'nl', includePrivate: true },
  'export.card': { language: 'nl', includePrivate: true },
  'export.html': { language: 'nl', includePrivate: true },
  'export.vcf': { language: 'nl', includePrivate: true },
  'export.ics': { language: 'nl', includePrivate: true },
  'export.kit': { language: 'nl', includePrivate: true },
  'items.exportCsv': { section: 'people', includePrivate: true },
  'inventory.exportCsv': undefined,
  'plan.saveCopy': undefined,
  'plan.saveEncryptedCopy': { passphrase: 'een lange zin om te testen' },
};

export interface ExportAnswer {
  ok: boolean;
  /** The refusal's code; 'open:<code>' when the plan itself did not open, 'crash' when the child died. */
  code?: string;
  message?: string;
  /** The call alone, opening not included. */
  ms: number;
  /** The child's peak resident memory, opening the plan included. */
  peakRssMb: number;
}

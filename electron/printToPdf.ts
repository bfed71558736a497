import type { PrintOptions } from '../src/export/pdf';
import { withPrintWindow } from './printWindow';

/** Prints a print view to PDF with Chromium's own printing; a draft only to learn where the pages break. */
export function printToPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const final = !options.draft;
  return withPrintWindow(html, 'paraat-print', (window) =>
    window.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: final,
      generateDocumentOutline: final,
    }),
  );
}

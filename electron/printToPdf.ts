import { withPrintWindow } from './printWindow';

/** Prints a print view to a tagged PDF with bookmarks, with Chromium's own printing. */
export function printToPdf(html: string): Promise<Uint8Array> {
  return withPrintWindow(html, 'paraat-print', (window) =>
    window.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    }),
  );
}

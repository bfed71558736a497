import { withPrintWindow } from './printWindow';

/** Prints a print view through the operating system's print dialog; resolves when the dialog is done. */
export async function printWithDialog(html: string): Promise<{ success: boolean; reason: string }> {
  try {
    return await withPrintWindow(
      html,
      'paraat-print-dialog',
      (window) =>
        new Promise<{ success: boolean; reason: string }>((resolve) => {
          window.webContents.print({ silent: false, printBackground: true }, (success, reason) =>
            resolve({ success, reason }),
          );
        }),
    );
  } catch (error) {
    return { success: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

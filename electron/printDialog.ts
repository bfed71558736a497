import { BrowserWindow, app, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PRINT_PARTITION = 'paraat-print-dialog';

/**
 * Prints standalone HTML (the plan's print view) through the operating system's print dialog, from
 * a hidden window of a session of its own that may load that one file and nothing else, with
 * JavaScript off (as electron/printToPdf.ts). Resolves when the dialog is done.
 */
export async function printWithDialog(html: string): Promise<{ success: boolean; reason: string }> {
  const folder = mkdtempSync(join(app.getPath('temp'), 'paraat-print-'));
  const file = join(folder, 'plan.html');
  writeFileSync(file, html);
  const printSession = session.fromPartition(PRINT_PARTITION);
  const allowed = pathToFileURL(file).href;
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { partition: PRINT_PARTITION, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  const cleanUp = () => {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await window.loadFile(file);
  } catch (error) {
    cleanUp();
    return { success: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return new Promise((resolve) => {
    window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
      cleanUp();
      resolve({ success, reason });
    });
  });
}

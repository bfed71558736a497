import { BrowserWindow, app, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PRINT_PARTITION = 'paraat-print';

/**
 * Prints a print view (standalone HTML, no scripts, no outside resources) to PDF with Chromium's
 * own printing, in a hidden window of a session of its own that may load that one file and nothing
 * else, with JavaScript off.
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
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
  try {
    await window.loadFile(file);
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true });
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

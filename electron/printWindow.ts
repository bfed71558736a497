import { BrowserWindow, app, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Loads standalone HTML (the plan's print view: no scripts, no outside resources) in a hidden
 * window of a session of its own that may load that one file and nothing else, with JavaScript
 * off; runs `work` on it, then removes the window and the file.
 */
export async function withPrintWindow<T>(
  html: string,
  partition: string,
  work: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const folder = mkdtempSync(join(app.getPath('temp'), 'paraat-print-'));
  const file = join(folder, 'plan.html');
  writeFileSync(file, html);
  const printSession = session.fromPartition(partition);
  const allowed = pathToFileURL(file).href;
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { partition, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await window.loadFile(file);
    return await work(window);
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, judge, readExceptions, report, scan } from '../../scripts/security/electronegativity';

const scratch = mkdtempSync(join(tmpdir(), 'paraat-electronegativity-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the real shell and renderer page with one file changed, scanned like the real one. */
async function scanWith(file: string, text: string) {
  const root = mkdtempSync(join(scratch, 'app-'));
  cpSync(join(REPO, 'electron'), join(root, 'electron'), { recursive: true });
  mkdirSync(join(root, 'src/renderer'), { recursive: true });
  cpSync(join(REPO, 'src/renderer/index.html'), join(root, 'src/renderer/index.html'));
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
  const result = await scan({ root, paths: ['electron', 'src'] });
  return { result, verdict: judge(result, readExceptions()) };
}

describe('Electronegativity over the Electron shell (offline)', () => {
  it(
    'finds nothing above low in the real sources that is not excepted with a reason, and every exception still applies',
    { timeout: 240_000 },
    async () => {
      const result = await scan();
      const verdict = judge(result, readExceptions());
      console.log(report(result, verdict));
      expect(result.checksRun).toBeGreaterThan(30);
      expect(result.unreadable).toEqual([]);
      expect(verdict.failing).toEqual([]);
      expect(verdict.staleExceptions).toEqual([]);
      expect(verdict.ok).toBe(true);
    },
  );

  // nodeIntegration: true also switches off Electron's default sandbox, so the page really gets Node.
  it('fails on a window that gives the page Node', { timeout: 240_000 }, async () => {
    const { verdict } = await scanWith(
      'electron/extraWindow.ts',
      "import { BrowserWindow } from 'electron';\n" +
        'export const open = () =>\n  new BrowserWindow({ webPreferences: { contextIsolation: true, nodeIntegration: true } });\n',
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.failing.map((finding) => `${finding.check} ${finding.file}:${finding.line}`)).toContain(
      'NODE_INTEGRATION_JS_CHECK electron/extraWindow.ts:3',
    );
  });

  it('fails on a window without the sandbox or context isolation', { timeout: 240_000 }, async () => {
    const { verdict } = await scanWith(
      'electron/extraWindow.ts',
      "import { BrowserWindow } from 'electron';\nexport const open = () => new BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: false } });\n",
    );
    const failing = verdict.failing.map((finding) => finding.check);
    expect(failing).toContain('SANDBOX_JS_CHECK');
    expect(failing).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });

  it('fails when the renderer page loses its content policy', { timeout: 240_000 }, async () => {
    const { verdict } = await scanWith(
      'src/renderer/index.html',
      '<!doctype html><html><head><title>Paraat</title></head><body><script src="./main.tsx"></script></body></html>\n',
    );
    expect(verdict.failing.map((finding) => finding.check)).toContain('CSP_GLOBAL_CHECK');
  });

  it('names a skipped check it does not know instead of ending the run', async () => {
    await expect(scan({ skippedChecks: ['AvailableSecurityFixesGlobalChek'] })).rejects.toThrow(
      /no check named AvailableSecurityFixesGlobalChek/,
    );
  });

  it('fails when an exception no longer matches a finding, so the list cannot go stale', async () => {
    const exceptions = readExceptions();
    const verdict = judge({ findings: [], unreadable: [], checksRun: 41 }, exceptions);
    expect(verdict.ok).toBe(false);
    expect(verdict.staleExceptions).toHaveLength(exceptions.findings.length);
  });
});

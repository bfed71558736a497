import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl } from '../../electron/policy';

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('the shell gives nothing away', () => {
  it('has a content policy without inline or remote scripts and styles', () => {
    for (const policy of [
      CONTENT_SECURITY_POLICY,
      /content="([^"]+)"/.exec(readFileSync('src/renderer/index.html', 'utf8'))![1]!,
    ]) {
      const parsed = directives(policy);
      expect(parsed['default-src']).toEqual(["'none'"]);
      expect(parsed['script-src']).toEqual(["'self'"]);
      expect(parsed['style-src']).toEqual(["'self'"]);
      expect(policy).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    }
  });

  it('accepts only its own app origin for pages and requests', () => {
    expect(isAppUrl('app://paraat/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://paraat.example/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAllowedRequest('https://cdn.example.com/font.woff2')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:4173/')).toBe(false);
    expect(isAllowedRequest('app://paraat/assets/index.js')).toBe(true);
  });

  it('creates windows with context isolation, the sandbox and no Node in the page', () => {
    const main = readFileSync('electron/main.ts', 'utf8');
    expect(main).toMatch(/contextIsolation: true/);
    expect(main).toMatch(/sandbox: true/);
    expect(main).toMatch(/nodeIntegration: false/);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
    expect(main).not.toMatch(/webSecurity: false|allowRunningInsecureContent|experimentalFeatures/);
  });

  it('exposes one invoke function in the preload, limited to the contract channels', () => {
    const preload = readFileSync('electron/preload.ts', 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/allowed\.has\(channel\)/);
    // Besides invoke, only the menu's one-way channel: listen for commands, say the page listens.
    expect(preload.match(/ipcRenderer\.(on|send|sendSync)\([^,)]*/g)).toEqual([
      'ipcRenderer.on(IPC_MENU_COMMAND',
      'ipcRenderer.send(IPC_MENU_READY',
    ]);
    expect(preload).toMatch(/parseMenuCommand\(message\)/);
  });
});

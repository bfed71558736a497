import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { IPC_FLUSHED, IPC_INVOKE, IPC_MENU_COMMAND, IPC_MENU_READY } from '../../electron/ipcChannel';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl } from '../../electron/policy';
import { webPreferences } from '../../electron/webPreferences';

/** What the preload does with Electron's renderer side: what it exposes, listens to and sends. */
const renderer = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  listeners: new Map<string, (event: unknown, message: unknown) => void>(),
  sent: [] as string[],
  invoked: [] as unknown[][],
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => renderer.exposed.push([key, api]) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      renderer.invoked.push(args);
      return { ok: true, value: null };
    },
    on: (channel: string, listener: (event: unknown, message: unknown) => void) =>
      renderer.listeners.set(channel, listener),
    removeListener: (channel: string) => renderer.listeners.delete(channel),
    send: (channel: string) => renderer.sent.push(channel),
  },
}));

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
});

describe('the app window', () => {
  it('runs its page with context isolation, in the sandbox and without Node', () => {
    const preferences = webPreferences('/opt/Paraat/resources/app.asar/dist-electron/preload.cjs');
    expect(preferences).toMatchObject({
      preload: '/opt/Paraat/resources/app.asar/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    for (const risky of [
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webviewTag',
    ] as const)
      expect(preferences[risky], risky).toBeFalsy();
  });
});

describe('the preload', () => {
  type Bridge = {
    invoke: (channel: string, payload?: unknown) => Promise<unknown>;
    onMenuCommand: (callback: (command: unknown) => void | Promise<void>) => () => void;
  };
  const loadBridge = async (): Promise<Bridge> => {
    await import('../../electron/preload');
    expect(renderer.exposed.map(([key]) => key)).toEqual(['paraat']);
    return renderer.exposed[0]![1] as Bridge;
  };

  it('exposes one frozen bridge whose invoke reaches only the contract channels', async () => {
    const bridge = await loadBridge();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
    await bridge.invoke('plan.current', undefined);
    expect(renderer.invoked).toEqual([[IPC_INVOKE, 'plan.current', undefined]]);
    await expect(bridge.invoke('fs.readFile', '/etc/passwd')).rejects.toThrow('Unknown channel');
    expect(renderer.invoked).toHaveLength(1);
  });

  it('passes on only the known page commands, and answers a flush once the page has written its edits', async () => {
    const bridge = await loadBridge();
    const received: unknown[] = [];
    let written = false;
    const stop = bridge.onMenuCommand(async (command) => {
      received.push(command);
      await Promise.resolve();
      written = true;
    });
    expect(renderer.sent).toEqual([IPC_MENU_READY]);
    const deliver = renderer.listeners.get(IPC_MENU_COMMAND)!;
    deliver({}, { command: 'open' });
    deliver({}, { command: 'eval', path: 'x' });
    deliver({}, 'open');
    expect(received).toEqual([{ command: 'open' }]);
    deliver({}, { command: 'flush' });
    await vi.waitFor(() => expect(renderer.sent).toEqual([IPC_MENU_READY, IPC_FLUSHED]));
    expect(written).toBe(true);
    // The page's only other doors: the menu channel it listens on, and the two it answers on.
    expect([...renderer.listeners.keys()]).toEqual([IPC_MENU_COMMAND]);
    stop();
    expect(renderer.listeners.size).toBe(0);
  });
});

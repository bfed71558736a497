import { resolve } from 'node:path';

/** What main knows about one open window. */
export interface WindowFacts {
  id: number;
  /** The plan this window has open, if any. */
  planPath: string | null;
  focused: boolean;
}

export type OpenRoute =
  { action: 'focus'; windowId: number } | { action: 'open'; windowId: number } | { action: 'new-window' };

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  // Windows and macOS file systems are case-insensitive by default.
  return platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

/**
 * Where a plan file that is opened from outside (a double-click while Paraat runs, a second
 * launch, the dock's recent documents) goes: one plan is open in one window only, so a window
 * that has it already just comes to the front; otherwise an empty window opens it, else the
 * focused (or first) window, whose current plan the renderer saves and closes first.
 */
export function routeOpenRequest(
  path: string | null,
  windows: readonly WindowFacts[],
  platform: NodeJS.Platform = process.platform,
): OpenRoute {
  if (windows.length === 0) return { action: 'new-window' };
  if (path) {
    const holder = windows.find((window) => window.planPath !== null && samePath(window.planPath, path, platform));
    if (holder) return { action: 'focus', windowId: holder.id };
  }
  const target =
    (path ? windows.find((window) => window.planPath === null) : undefined) ??
    windows.find((window) => window.focused) ??
    windows[0]!;
  return path ? { action: 'open', windowId: target.id } : { action: 'focus', windowId: target.id };
}

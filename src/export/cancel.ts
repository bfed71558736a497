/** Thrown between the steps of an export the user cancelled; nothing half-written is left behind. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'ExportCancelled';
  }
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ExportCancelled();
}

const running = new Map<string, AbortController>();

/** Cancels the export running for this window, if any. */
export function cancelExport(runKey: string): void {
  running.get(runKey)?.abort();
}

/** Runs an export that `cancelExport(runKey)` may stop between steps; a cancelled export gives null. */
export async function cancellable<T>(runKey: string | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
  const controller = new AbortController();
  if (runKey) running.set(runKey, controller);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (error instanceof ExportCancelled) return null;
    throw error;
  } finally {
    if (runKey && running.get(runKey) === controller) running.delete(runKey);
  }
}

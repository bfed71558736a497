import type { ExportProgress, ProgressReport } from './progress';

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
const progressOf = new Map<string, ExportProgress>();

/** Cancels the export running for this window, if any. */
export function cancelExport(runKey: string): void {
  running.get(runKey)?.abort();
}

/** How far this window's export is: its last step, 'done' once it wrote everything; null when none ran or it failed or was cancelled. */
export function exportProgress(runKey: string): ExportProgress | null {
  return progressOf.get(runKey) ?? null;
}

/** Forgets the last export's steps as a new one is asked for (its dialog may stay open a while). */
export function forgetExportProgress(runKey: string | undefined): void {
  if (runKey && !running.has(runKey)) progressOf.delete(runKey);
}

/**
 * Runs an export that `cancelExport(runKey)` may stop between steps; a cancelled export gives null.
 * The export notes its steps through `report`, which `exportProgress(runKey)` answers from.
 */
export async function cancellable<T>(
  runKey: string | undefined,
  work: (signal: AbortSignal, report: ProgressReport) => Promise<T>,
): Promise<T | null> {
  const controller = new AbortController();
  const current = () => runKey !== undefined && running.get(runKey) === controller;
  const note = (progress: ExportProgress) => {
    if (current()) progressOf.set(runKey!, progress);
  };
  const report: ProgressReport = (progress) => {
    // A progress note must never be what fails an export.
    try {
      note(structuredClone(progress));
    } catch {
      /* ignored */
    }
  };
  if (runKey) running.set(runKey, controller);
  note({ stage: 'preparing' });
  let finished = false;
  try {
    const result = await work(controller.signal, report);
    finished = true;
    return result;
  } catch (error) {
    if (error instanceof ExportCancelled) return null;
    throw error;
  } finally {
    if (current()) {
      if (finished) progressOf.set(runKey!, { stage: 'done' });
      else progressOf.delete(runKey!);
      running.delete(runKey!);
    }
  }
}

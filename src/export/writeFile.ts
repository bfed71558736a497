import { PlanError } from '../domain/errors';
import { bytes, writeWhole } from '../storage/wholeFile';

const errorCode = (error: unknown) => (error && typeof error === 'object' && 'code' in error ? String(error.code) : '');

/** A failure to write an export, as a message the interface translates. */
export function exportWriteError(error: unknown, path: string): PlanError {
  if (error instanceof PlanError) return error;
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new PlanError('write-failed', `The export cannot be written here (${code}): ${path}`, {
      path,
      detail: code,
    });
  }
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new PlanError('write-failed', `The disk is full (${code}): ${path}`, { path, detail: code });
  if (code === 'ENOENT')
    return new PlanError('write-failed', `The folder does not exist (${code}): ${path}`, { path, detail: code });
  const detail = code || (error instanceof Error ? error.message : String(error));
  return new PlanError('write-failed', `Writing the export failed (${detail}): ${path}`, { path, detail });
}

/** Writes an export whole or not at all: the target is the old file or the whole new one. */
export function writeFileSafely(path: string, content: Uint8Array | string): void {
  writeWhole(path, { purpose: 'exporting', write: bytes(content), failure: (error) => exportWriteError(error, path) });
}

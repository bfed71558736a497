import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { PlanError } from '../domain/errors';
import { fsyncDirectory, temporarySibling } from '../storage/planFile';

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

/**
 * Writes an export completely under a temporary name beside the target, syncs it, then renames
 * it into place: the target is the old file or the whole new one, never half a document.
 */
export function writeFileSafely(path: string, bytes: Uint8Array | string): void {
  const temporary = temporarySibling(path, 'exporting');
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    fsyncDirectory(dirname(path));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw exportWriteError(error, path);
  }
}

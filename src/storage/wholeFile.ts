import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { refuseOpenPlan } from './openPlans';

/**
 * The one way Paraat puts a file (or a folder, for the kit) in place: built under a temporary
 * name beside the target, synced, checked, renamed over the target, the folder synced, and the
 * temporary removed when anything fails. The target is the old file or the whole new one, never
 * half of one: the plan file, copies, encrypted copies, exports and the kit all go through here.
 */
export interface WholeWrite<Step> {
  /** What the temporary is for ('creating', 'copying', 'exporting', …): the end of its name. */
  purpose: string;
  /** Makes the content under the temporary name (the module syncs it afterwards). */
  write: (temporary: string) => Step;
  /** Reads the synced temporary back and throws when it is not what was meant to be written. */
  verify?: (temporary: string) => Step;
  /** Refuses a target that must not be replaced (a plan another window has open, say). */
  guard?: (target: string) => void;
  /** The target is a folder (the kit) rather than a file. */
  folder?: boolean;
  /** Turns a failure into the error the caller reports; the temporary is gone by then. */
  failure?: (error: unknown) => unknown;
}

function begin(target: string, how: WholeWrite<unknown>): void {
  how.guard?.(target);
  refuseOpenPlan(target);
  // A write killed half-way (the app crashed, the laptop died) left its temporary behind.
  sweepAbandonedTemporaries(target, how.purpose);
}

function finish(temporary: string, target: string): void {
  renameSync(temporary, target);
  syncFolder(dirname(target));
}

function failed(temporary: string, error: unknown, how: WholeWrite<unknown>): unknown {
  rmSync(temporary, { force: true, recursive: how.folder === true });
  return how.failure ? how.failure(error) : error;
}

function syncWritten(temporary: string, how: WholeWrite<unknown>): void {
  if (how.folder) syncFolder(temporary);
  else syncFile(temporary);
}

/** Writes `target` whole or not at all (see WholeWrite). */
export function writeWhole(target: string, how: WholeWrite<void>): void {
  const temporary = temporarySibling(target, how.purpose);
  try {
    begin(target, how);
    how.write(temporary);
    syncWritten(temporary, how);
    how.verify?.(temporary);
    finish(temporary, target);
  } catch (error) {
    throw failed(temporary, error, how);
  }
}

/** writeWhole for content that is made or checked asynchronously (encryption, documents). */
export async function writeWholeAsync(target: string, how: WholeWrite<void | Promise<void>>): Promise<void> {
  const temporary = temporarySibling(target, how.purpose);
  try {
    begin(target, how);
    await how.write(temporary);
    syncWritten(temporary, how);
    await how.verify?.(temporary);
    finish(temporary, target);
  } catch (error) {
    throw failed(temporary, error, how);
  }
}

/** A `write` step that puts these bytes (or this UTF-8 text) in a new file. */
export function bytes(content: Uint8Array | string): (temporary: string) => void {
  return (temporary) => {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const fd = openSync(temporary, 'wx');
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    } finally {
      closeSync(fd);
    }
  };
}

/** Flushes a written file to the medium. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename (or a folder's entries) durable; not possible (nor needed) on Windows. */
export function syncFolder(path: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems (FAT on a stick under Linux) refuse to sync a directory; the data is synced.
  }
}

/**
 * A hidden name beside `path` to build a file under before it is renamed into place. It carries
 * the writing process's id, so what a killed process left behind can be told apart from a write
 * under way in a living one (see sweepAbandonedTemporaries).
 */
export function temporarySibling(path: string, purpose: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${purpose}`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporaries (and their journals) that an earlier write to `path` left when its
 * process was killed or the machine lost power: hidden files, but they fill a stick. A temporary of
 * a process that still runs is left alone. Best effort: a failure here never stops the write that
 * follows.
 */
export function sweepAbandonedTemporaries(path: string, purpose: string): void {
  const base = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${base}\\.(\\d+)\\.[0-9a-f]{8}\\.${purpose}(?:-journal)?$`);
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const file = join(dirname(path), name);
    try {
      const pid = Number(match[1]);
      if (pid !== process.pid && !processIsAlive(pid)) rmSync(file, { force: true, recursive: true });
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

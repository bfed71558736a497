import { statSync } from 'node:fs';
import { PlanError } from '../domain/errors';

/**
 * The plan files this process has open, by device and inode: what a file is, whichever name or
 * link leads to it. A write through a symbolic link, a hard link or a linked folder onto an open
 * plan would replace it under its open handle and lose every later edit.
 */
const open = new Map<string, number>();

const identity = (stats: { dev: number; ino: number }) => `${stats.dev}:${stats.ino}`;

/** Records an opened plan file; the returned function forgets it again on close. */
export function rememberOpenPlan(path: string): () => void {
  const key = identity(statSync(path));
  open.set(key, (open.get(key) ?? 0) + 1);
  let forgotten = false;
  return () => {
    if (forgotten) return;
    forgotten = true;
    const left = (open.get(key) ?? 1) - 1;
    if (left > 0) open.set(key, left);
    else open.delete(key);
  };
}

/** Refuses to write to `target` when it is, through any link, a plan this process has open. */
export function refuseOpenPlan(target: string): void {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return;
  }
  if (open.has(identity(stats)))
    throw new PlanError('write-failed', `Writing here would replace an open plan: ${target}`, {
      path: target,
      detail: 'the open plan',
    });
}

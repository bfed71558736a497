import { findSection } from '../../domain/plan';
import { readStored } from '../../domain/section';
import type { PlanSummary, ReattachStatus } from '../../ipc/contract';
import { ApiError, invoke } from '../api';
import type { Problem } from './errors';
import type { Fields, UnsavedChange } from './unsavedChanges';

/** Why the window keeps edits it cannot write: the file went away, or what `plan.reattach` found. */
export interface MediaTrouble {
  status: Exclude<ReattachStatus, 'reattached'>;
  /** Save to another place could not read what the plan held (the file and its handle are gone). */
  unreadable: boolean;
}

/** A kept change the plan refused when it was written at last (its item was removed meanwhile, say). */
export interface Conflict {
  change: UnsavedChange;
  problem: Problem;
}

/**
 * An edit the plan file could not take because the file went away (a pulled stick, a moved
 * folder, a share gone) or its medium became read-only under a plan opened for writing.
 */
export function isMediaTrouble(error: unknown, plan: PlanSummary | null): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'write-failed' || (error.code === 'read-only' && plan !== null && plan.readOnly === null);
}

/** An item as the plan would store it (every field with its default), for one added while the file is away. */
export function itemAsStored(section: string, data: Fields, id: string): Fields & { id: string } {
  const definition = findSection(section);
  return { ...(definition ? readStored(definition, data) : data), id };
}

/** Writes one kept change; an add answers the id the plan gave the item. */
export async function writeChange(change: UnsavedChange): Promise<string | null> {
  switch (change.kind) {
    case 'patch':
      if (change.itemId === null) await invoke('section.update', { section: change.section, patch: change.patch });
      else await invoke('items.update', { section: change.section, id: change.itemId, patch: change.patch });
      return null;
    case 'add':
      return (await invoke('items.add', { section: change.section, data: change.data })).id;
    case 'remove':
      await invoke('items.remove', { section: change.section, id: change.id });
      return null;
    case 'move':
      await invoke('items.move', { section: change.section, id: change.id, toIndex: change.toIndex });
      return null;
  }
}

/** Thrown by flushSaves while changes wait for the file: no action may go on as if they were saved. */
export function unsavedChangesError(count: number): ApiError {
  return new ApiError('unsaved-changes', `${count} changes are not saved: the plan file cannot be reached`, { count });
}

/**
 * Why a write that cannot be kept (an import, a version, starting an activation) was refused while
 * the plan file is away: nothing of it was written, and the kept changes, if any, are counted.
 */
export function mediaRefusal(kept: number): ApiError {
  if (kept > 0) return unsavedChangesError(kept);
  return new ApiError('plan-unreachable', 'The plan file cannot be reached: nothing was written', {});
}

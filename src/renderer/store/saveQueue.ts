import type { ReattachStatus } from '../../ipc/contract';
import { toProblem } from './errors';
import { type Conflict, type MediaTrouble, mediaRefusal, unsavedChangesError } from './mediaTrouble';
import { type Fields, type UnsavedChange, countChanges, withPatch, withRealId } from './unsavedChanges';

/** Edits wait this long for the next keystroke before they are written; blur writes at once. */
export const SAVE_DELAY_MS = 350;

export type SaveState = 'saved' | 'saving' | 'failed';

/** What the window shows of its saving: the state, the edits it keeps, why, and what the plan refused. */
export interface SaveStatus {
  saveState: SaveState;
  /** Edits kept in this window, in order, while the plan file cannot be reached. */
  unsaved: UnsavedChange[];
  /** Set while the plan file cannot be reached; edits then go to `unsaved`. */
  mediaTrouble: MediaTrouble | null;
  /** Kept edits the plan refused when they were written at last; shown until dismissed. */
  conflicts: Conflict[];
}

/** What the queue needs from outside: the plan's channels, and the window to tell. */
export interface SaveQueuePorts {
  /** Writes field values of a singleton (`itemId` null) or of an item. */
  writeFields(section: string, itemId: string | null, patch: Fields): Promise<void>;
  /** Writes one kept change; an add answers the id the plan gave the item. */
  writeChange(change: UnsavedChange): Promise<string | null>;
  /** Whether a failure means the plan file cannot be reached (a pulled stick). */
  isFileAway(error: unknown): boolean;
  /** Asks whether the plan file is back at its place (`plan.reattach`). */
  reattach(): Promise<ReattachStatus>;
  /** The status changed: the window shows it. */
  publish(status: Partial<SaveStatus>): void;
  /** A kept add was written: the item's temporary id is `real` from now on. */
  idReplaced(temporary: string, real: string): void;
  /** Something was written: progress and findings may have changed. */
  written(): void;
  /** The kept edits were all written once the file was back. */
  savedAgain(): void;
  /** A failure to show (not a file that went away: that is kept, never shown as a failure). */
  problem(error: unknown): void;
}

interface PendingSave {
  section: string;
  /** null for a singleton section. */
  itemId: string | null;
  patch: Fields;
  timer: ReturnType<typeof setTimeout> | null;
}

const keyOf = (section: string, itemId: string | null) => `${section}/${itemId ?? ''}`;

/**
 * The window's saving, without a store or a bridge: field edits wait a moment for the next
 * keystroke (one write per record), writes in flight are counted, and while the plan file cannot
 * be reached every edit is kept in order and replayed once it is back; what the plan then refuses
 * is a conflict, never lost silently.
 */
export function createSaveQueue(ports: SaveQueuePorts) {
  const pending = new Map<string, PendingSave>();
  let inFlight = 0;
  let status: Omit<SaveStatus, 'saveState'> = { unsaved: [], mediaTrouble: null, conflicts: [] };
  let replaying: Promise<void> | null = null;
  // Kept edits are written by one task at a time, or two could take turns and break their order.
  let writingKept: Promise<unknown> = Promise.resolve();

  /** Tells the window the status with the save state worked out again; `failure`: the last write failed. */
  const publish = (failure = false) => {
    const saveState: SaveState =
      failure || status.mediaTrouble || status.unsaved.length > 0
        ? 'failed'
        : inFlight > 0 || pending.size > 0
          ? 'saving'
          : 'saved';
    ports.publish({ saveState, ...status });
  };
  const update = (change: Partial<typeof status>, failure = false) => {
    status = { ...status, ...change };
    publish(failure);
  };
  /** A change that leaves the save state as it is. */
  const quietly = (change: Partial<typeof status>) => {
    status = { ...status, ...change };
    ports.publish(change);
  };

  const keep = (change: (queue: UnsavedChange[]) => UnsavedChange[]) => update({ unsaved: change(status.unsaved) });

  /** Field edits still waiting for their timer were made before whatever is kept next: they go first. */
  const keepPending = () => {
    for (const [key, save] of pending) {
      if (save.timer) clearTimeout(save.timer);
      pending.delete(key);
      keep((changes) => withPatch(changes, save.section, save.itemId, save.patch));
    }
  };

  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writingKept.then(work, work);
    writingKept = run.catch(() => undefined);
    return run;
  };

  /** The file went away: from now on edits are kept here; ask at once, while main can still read the plan. */
  const enterFileAway = () => {
    if (!status.mediaTrouble) update({ mediaTrouble: { status: 'missing', unreadable: false } });
    else publish();
    void retry();
  };

  const write = async (key: string) => {
    const save = pending.get(key);
    if (!save) return;
    if (save.timer) clearTimeout(save.timer);
    pending.delete(key);
    if (status.mediaTrouble) return keep((queue) => withPatch(queue, save.section, save.itemId, save.patch));
    inFlight++;
    publish();
    try {
      await ports.writeFields(save.section, save.itemId, save.patch);
      inFlight--;
      publish();
      ports.written();
    } catch (error) {
      inFlight--;
      if (ports.isFileAway(error)) {
        keep((queue) => withPatch(queue, save.section, save.itemId, save.patch));
        enterFileAway();
        return;
      }
      // Keep the unsaved values queued (merged under anything typed since), so "try again" loses nothing.
      const newer = pending.get(key);
      pending.set(key, { ...save, patch: { ...save.patch, ...newer?.patch }, timer: null });
      update({}, true);
      ports.problem(error);
    }
  };

  const savePending = async () => {
    await Promise.all([...pending.keys()].map((key) => write(key)));
  };

  /** Writes the kept edits in order; stops (keeping the rest) if the file goes away again. */
  const replay = async () => {
    for (;;) {
      const [change, ...rest] = status.unsaved;
      if (!change) break;
      update({ unsaved: rest });
      try {
        const realId = await ports.writeChange(change);
        if (realId && change.kind === 'add') {
          update({ unsaved: withRealId(status.unsaved, change.id, realId) });
          ports.idReplaced(change.id, realId);
        }
      } catch (error) {
        if (ports.isFileAway(error)) {
          update({ unsaved: [change, ...status.unsaved], mediaTrouble: { status: 'missing', unreadable: false } });
          return;
        }
        update({ conflicts: [...status.conflicts, { change, problem: toProblem(error) }] });
      }
    }
    update({ mediaTrouble: null });
    ports.written();
  };

  const tryToReattach = async () => {
    try {
      const found = await ports.reattach();
      if (found !== 'reattached') {
        quietly({ mediaTrouble: { status: found, unreadable: status.mediaTrouble?.unreadable ?? false } });
        return;
      }
      const wasAway = status.unsaved.length > 0;
      await replay();
      if (wasAway && !status.mediaTrouble) ports.savedAgain();
    } catch {
      // No plan open any more, or the bridge is gone (the window closes): the next attempt says more.
    }
  };

  /** Asks whether the plan file can be reached again and, if so, writes the kept edits in order. */
  const retry = (): Promise<void> => {
    if (!status.mediaTrouble && status.unsaved.length === 0) return Promise.resolve();
    // One attempt at a time: the timer, the window's focus and a flush may all ask at once.
    replaying ??= oneAtATime(tryToReattach).finally(() => {
      replaying = null;
    });
    return replaying;
  };

  const flush = async () => {
    await savePending();
    if (status.unsaved.length > 0) await retry();
    const waiting = countChanges(status.unsaved);
    if (waiting > 0) throw unsavedChangesError(waiting);
  };

  return {
    /** The edits kept while the file is away (what a list read again shows over the plan's own). */
    get unsaved(): readonly UnsavedChange[] {
      return status.unsaved;
    },
    get fileAway(): boolean {
      return status.mediaTrouble !== null;
    },
    /** Field values typed: written after SAVE_DELAY_MS without a newer keystroke, or kept while the file is away. */
    edit(section: string, itemId: string | null, patch: Fields): void {
      if (status.mediaTrouble) return keep((changes) => withPatch(changes, section, itemId, patch));
      const key = keyOf(section, itemId);
      const existing = pending.get(key);
      if (existing?.timer) clearTimeout(existing.timer);
      pending.set(key, {
        section,
        itemId,
        patch: { ...existing?.patch, ...patch },
        timer: setTimeout(() => void write(key), SAVE_DELAY_MS),
      });
      publish();
    },
    /** Typing that still waits for its timer goes with the item being removed. */
    forget(section: string, itemId: string): void {
      const key = keyOf(section, itemId);
      const waiting = pending.get(key);
      if (waiting?.timer) clearTimeout(waiting.timer);
      pending.delete(key);
      publish();
    },
    /** Keeps a change in order with the rest, to be written when the file is back. */
    keep,
    /**
     * Field values set by the app (not typed): written at once, or kept in order with the rest while
     * the file is away; other failures throw.
     */
    async writeNow(section: string, itemId: string | null, patch: Fields): Promise<void> {
      const keepIt = () => {
        keepPending();
        keep((changes) => withPatch(changes, section, itemId, patch));
      };
      if (status.mediaTrouble) return keepIt();
      try {
        await ports.writeFields(section, itemId, patch);
      } catch (error) {
        if (!ports.isFileAway(error)) throw error;
        keepIt();
        enterFileAway();
      }
    },
    /** Runs a list edit now, or keeps it (and shows it) when the file is away or goes away during it. */
    async listEdit<T>(writeIt: () => Promise<T>, keepInstead: () => T): Promise<T | undefined> {
      if (status.mediaTrouble) {
        keepPending();
        return keepInstead();
      }
      try {
        return await writeIt();
      } catch (error) {
        if (!ports.isFileAway(error)) {
          ports.problem(error);
          return undefined;
        }
        keepPending();
        const kept = keepInstead();
        enterFileAway();
        return kept;
      }
    },
    savePending,
    /** Writes what waits; throws `unsaved-changes` while edits are kept for a file that is away. */
    flush,
    retry,
    /**
     * Runs a write that cannot be kept in the window (a transaction in main) only while the plan file
     * can be reached; otherwise refused with the count of kept changes, and nothing of it is written.
     */
    async whileReachable<T>(work: () => Promise<T>): Promise<T> {
      await flush();
      if (status.mediaTrouble) throw mediaRefusal(countChanges(status.unsaved));
      try {
        return await work();
      } catch (error) {
        if (!ports.isFileAway(error)) throw error;
        enterFileAway();
        throw mediaRefusal(countChanges(status.unsaved));
      }
    },
    /** Runs `work` in turn with the replay (saving to another place must not interleave with it). */
    oneAtATime,
    /** The plan goes on in another file: the kept edits are written there. */
    replay,
    /** Saving elsewhere could not read what the plan held. */
    markUnreadable(): void {
      if (status.mediaTrouble) quietly({ mediaTrouble: { ...status.mediaTrouble, unreadable: true } });
    },
    dismissConflicts(): void {
      quietly({ conflicts: [] });
    },
    /** Another plan (or none): nothing waits, nothing is kept. */
    reset(): void {
      for (const save of pending.values()) if (save.timer) clearTimeout(save.timer);
      pending.clear();
      status = { unsaved: [], mediaTrouble: null, conflicts: [] };
      ports.publish({ saveState: 'saved', ...status });
    },
  };
}

import type { StateCreator } from 'zustand';
import { invoke } from '../api';
import { toProblem } from './errors';
import type { RootState } from './index';
import {
  type Conflict,
  type MediaTrouble,
  isMediaTrouble,
  itemAsStored,
  mediaRefusal,
  unsavedChangesError,
  writeChange,
} from './mediaTrouble';
import {
  type UnsavedChange,
  countChanges,
  fieldsWithIdReplaced,
  isTemporaryId,
  movedTo,
  overlayList,
  overlaySingleton,
  temporaryId,
  withAdd,
  withMove,
  withPatch,
  withRealId,
  withRemove,
} from './unsavedChanges';

type Fields = Record<string, unknown>;
export type ListItem = Fields & { id: string };

/** Edits wait this long for the next keystroke before they are written; blur writes at once. */
const SAVE_DELAY_MS = 350;

export type SaveState = 'saved' | 'saving' | 'failed';

interface PendingSave {
  section: string;
  /** null for a singleton section. */
  itemId: string | null;
  patch: Fields;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface SectionsSlice {
  singletons: Record<string, Fields | undefined>;
  lists: Record<string, ListItem[] | undefined>;
  saveState: SaveState;
  /** Edits kept in this window, in order, while the plan file cannot be reached. */
  unsaved: UnsavedChange[];
  /** Set while the plan file cannot be reached; edits then go to `unsaved`. */
  mediaTrouble: MediaTrouble | null;
  /** Kept edits the plan refused when they were written at last; shown until dismissed. */
  conflicts: Conflict[];
  loadSingleton: (section: string) => Promise<void>;
  loadList: (section: string) => Promise<void>;
  /** Changes fields on screen at once and writes them shortly after. */
  editSingleton: (section: string, patch: Fields) => void;
  editItem: (section: string, id: string, patch: Fields) => void;
  addItem: (section: string, data?: Fields) => Promise<ListItem | undefined>;
  removeItem: (section: string, id: string) => Promise<void>;
  /** Removes an item at once and offers to put it back, instead of asking first. */
  removeWithUndo: (section: string, id: string, name: string) => Promise<void>;
  /** Puts the item the last removal notice names back in its place, under its own id. */
  undoRemove: () => Promise<void>;
  moveItem: (section: string, id: string, toIndex: number) => Promise<void>;
  /** Writes what waits; throws `unsaved-changes` while edits are kept for a file that is away. */
  flushSaves: () => Promise<void>;
  /**
   * Writes field values at once (not typed: set by the app, as when a removed person's places are
   * emptied), or keeps them in order with the rest while the plan file is away; other failures throw.
   */
  writeFields: (section: string, itemId: string | null, patch: Fields) => Promise<void>;
  /** Writes the field edits that wait for the next keystroke now; while the file is away they are kept, never refused. */
  savePending: () => Promise<void>;
  /**
   * Runs a write that cannot be kept in the window (an import, issuing a version, starting or
   * closing an activation) only while the plan file can be reached; otherwise it is refused with
   * the media notice's reason and the count of kept changes, and nothing of it is written.
   */
  whileReachable: <T>(work: () => Promise<T>) => Promise<T>;
  /** Asks whether the plan file can be reached again and, if so, writes the kept edits in order. */
  retrySaving: () => Promise<void>;
  /** Saves the plan with every kept edit to a place the user picks and goes on there. */
  saveElsewhere: () => Promise<void>;
  dismissConflicts: () => void;
  resetSections: () => void;
}

export const createSectionsSlice: StateCreator<RootState, [], [], SectionsSlice> = (set, get) => {
  const pending = new Map<string, PendingSave>();
  let inFlight = 0;
  let replaying: Promise<void> | null = null;
  // Kept edits are written by one task at a time, or two could take turns and break their order.
  let writingKept: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writingKept.then(work, work);
    writingKept = run.catch(() => undefined);
    return run;
  };

  const updateSaveState = (failed = false) =>
    set({
      saveState:
        failed || get().mediaTrouble || get().unsaved.length > 0
          ? 'failed'
          : inFlight > 0 || pending.size > 0
            ? 'saving'
            : 'saved',
    });

  const keep = (change: (queue: UnsavedChange[]) => UnsavedChange[]) => {
    set((state) => ({ unsaved: change(state.unsaved) }));
    updateSaveState();
  };

  /** Field edits still waiting for their timer were made before whatever is kept next: they go first. */
  const keepPending = () => {
    for (const [key, save] of pending) {
      if (save.timer) clearTimeout(save.timer);
      pending.delete(key);
      keep((changes) => withPatch(changes, save.section, save.itemId, save.patch));
    }
  };

  /** The file went away: from now on edits are kept here; ask main at once, while it can still read the plan. */
  const enterMediaTrouble = () => {
    if (!get().mediaTrouble) set({ mediaTrouble: { status: 'missing', unreadable: false } });
    updateSaveState();
    void get().retrySaving();
  };

  const write = async (key: string) => {
    const save = pending.get(key);
    if (!save) return;
    if (save.timer) clearTimeout(save.timer);
    pending.delete(key);
    if (get().mediaTrouble) {
      keep((queue) => withPatch(queue, save.section, save.itemId, save.patch));
      return;
    }
    inFlight++;
    updateSaveState();
    try {
      if (save.itemId === null) await invoke('section.update', { section: save.section, patch: save.patch });
      else await invoke('items.update', { section: save.section, id: save.itemId, patch: save.patch });
      inFlight--;
      updateSaveState();
      void get().refreshProgress();
    } catch (error) {
      inFlight--;
      if (isMediaTrouble(error, get().plan)) {
        keep((queue) => withPatch(queue, save.section, save.itemId, save.patch));
        enterMediaTrouble();
        return;
      }
      // Keep the unsaved values queued (merged under anything typed since), so "try again" loses nothing.
      const newer = pending.get(key);
      pending.set(key, { ...save, patch: { ...save.patch, ...newer?.patch }, timer: null });
      updateSaveState(true);
      get().showProblem(error);
    }
  };

  const queue = (section: string, itemId: string | null, patch: Fields) => {
    if (get().mediaTrouble) {
      keep((changes) => withPatch(changes, section, itemId, patch));
      return;
    }
    const key = `${section}/${itemId ?? ''}`;
    const existing = pending.get(key);
    if (existing?.timer) clearTimeout(existing.timer);
    pending.set(key, {
      section,
      itemId,
      patch: { ...existing?.patch, ...patch },
      timer: setTimeout(() => void write(key), SAVE_DELAY_MS),
    });
    updateSaveState();
  };

  const guarded = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      get().showProblem(error);
      return undefined;
    }
  };

  /** Runs a list edit now, or keeps it (and shows it) when the file is away or goes away during it. */
  const listEdit = async <T>(write: () => Promise<T>, keepInstead: () => T): Promise<T | undefined> => {
    if (get().mediaTrouble) {
      keepPending();
      return keepInstead();
    }
    try {
      return await write();
    } catch (error) {
      if (!isMediaTrouble(error, get().plan)) {
        get().showProblem(error);
        return undefined;
      }
      keepPending();
      const kept = keepInstead();
      enterMediaTrouble();
      return kept;
    }
  };

  const setList = (section: string, update: (items: ListItem[]) => ListItem[]) =>
    set((state) => ({ lists: { ...state.lists, [section]: update(state.lists[section] ?? []) } }));

  /** Writes the kept edits in order; stops (keeping the rest) if the file goes away again. */
  const replay = async () => {
    for (;;) {
      const [change, ...rest] = get().unsaved;
      if (!change) break;
      set({ unsaved: rest });
      try {
        const realId = await writeChange(change);
        if (realId && change.kind === 'add') {
          const swap = <T extends Fields>(fields: T) => fieldsWithIdReplaced(fields, change.id, realId);
          set((state) => ({
            unsaved: withRealId(state.unsaved, change.id, realId),
            lists: Object.fromEntries(Object.entries(state.lists).map(([key, items]) => [key, items?.map(swap)])),
            singletons: Object.fromEntries(
              Object.entries(state.singletons).map(([key, record]) => [key, record && swap(record)]),
            ),
          }));
        }
      } catch (error) {
        if (isMediaTrouble(error, get().plan)) {
          set((state) => ({
            unsaved: [change, ...state.unsaved],
            mediaTrouble: { status: 'missing', unreadable: false },
          }));
          updateSaveState();
          return;
        }
        set((state) => ({ conflicts: [...state.conflicts, { change, problem: toProblem(error) }] }));
      }
      updateSaveState();
    }
    set({ mediaTrouble: null });
    updateSaveState();
    void get().refreshProgress();
  };

  const tryToReattach = async () => {
    try {
      const { status } = await invoke('plan.reattach');
      if (status !== 'reattached') {
        set((state) => ({ mediaTrouble: { status, unreadable: state.mediaTrouble?.unreadable ?? false } }));
        return;
      }
      const wasAway = get().unsaved.length > 0;
      await replay();
      if (wasAway && !get().mediaTrouble)
        set({ notice: { kind: 'info', key: 'media.savedAgain', params: { fileName: get().plan?.fileName ?? '' } } });
    } catch {
      // No plan open any more, or the bridge is gone (the window closes): the next attempt says more.
    }
  };

  return {
    singletons: {},
    lists: {},
    saveState: 'saved',
    unsaved: [],
    mediaTrouble: null,
    conflicts: [],
    loadSingleton: (section) =>
      guarded(async () => {
        const data = await invoke('section.get', { section });
        set((state) => ({
          singletons: { ...state.singletons, [section]: overlaySingleton(state.unsaved, section, data) },
        }));
      }),
    loadList: (section) =>
      guarded(async () => {
        const items = await invoke('items.list', { section });
        set((state) => ({
          lists: {
            ...state.lists,
            [section]: overlayList(state.unsaved, section, items, (data, id) => itemAsStored(section, data, id)),
          },
        }));
      }),
    editSingleton: (section, patch) => {
      set((state) => ({ singletons: { ...state.singletons, [section]: { ...state.singletons[section], ...patch } } }));
      queue(section, null, patch);
    },
    editItem: (section, id, patch) => {
      set((state) => ({
        lists: {
          ...state.lists,
          [section]: state.lists[section]?.map((item) => (item.id === id ? { ...item, ...patch } : item)),
        },
      }));
      queue(section, id, patch);
    },
    addItem: (section, data) =>
      listEdit(
        async () => {
          const item = await invoke('items.add', { section, data });
          setList(section, (items) => [...items, item]);
          void get().refreshProgress();
          return item;
        },
        () => {
          const item = itemAsStored(section, data ?? {}, temporaryId());
          keep((changes) => withAdd(changes, section, item.id, data ?? {}));
          setList(section, (items) => [...items, item]);
          return item;
        },
      ),
    removeItem: async (section, id) => {
      // Typing that still waits for its timer goes with the item (an undo puts back what is on screen).
      const waiting = pending.get(`${section}/${id}`);
      if (waiting?.timer) clearTimeout(waiting.timer);
      pending.delete(`${section}/${id}`);
      updateSaveState();
      const removeOnScreen = () => setList(section, (items) => items.filter((item) => item.id !== id));
      await listEdit(
        async () => {
          // An item whose add the plan refused was never written: it only leaves the screen.
          if (!isTemporaryId(id)) await invoke('items.remove', { section, id });
          removeOnScreen();
          void get().refreshProgress();
        },
        () => {
          keep((changes) => withRemove(changes, section, id));
          removeOnScreen();
        },
      );
    },
    removeWithUndo: async (section, id, name) => {
      const index = get().lists[section]?.findIndex((item) => item.id === id) ?? -1;
      const item = get().lists[section]?.[index];
      await get().removeItem(section, id);
      const gone = !get().lists[section]?.some((candidate) => candidate.id === id);
      // While the file is away the removal is kept in order with the rest; putting it back waits for the file.
      if (item && gone && !get().mediaTrouble && !isTemporaryId(id))
        set({ notice: { kind: 'removed', section, item, index, name } });
    },
    undoRemove: async () => {
      const notice = get().notice;
      if (notice?.kind !== 'removed') return;
      set({ notice: null });
      const { id, ...data } = notice.item;
      try {
        const items = await get().whileReachable(() =>
          invoke('items.restore', { section: notice.section, id, data, toIndex: notice.index }),
        );
        set((state) => ({ lists: { ...state.lists, [notice.section]: items } }));
        void get().refreshProgress();
      } catch (error) {
        get().showProblem(error);
      }
    },
    moveItem: async (section, id, toIndex) => {
      await listEdit(
        async () => {
          const items = await invoke('items.move', { section, id, toIndex });
          set((state) => ({ lists: { ...state.lists, [section]: items } }));
        },
        () => {
          keep((changes) => withMove(changes, section, id, toIndex));
          setList(section, (items) => movedTo(items, id, toIndex));
        },
      );
    },
    flushSaves: async () => {
      await Promise.all([...pending.keys()].map((key) => write(key)));
      if (get().unsaved.length > 0) await get().retrySaving();
      const waiting = countChanges(get().unsaved);
      if (waiting > 0) throw unsavedChangesError(waiting);
    },
    writeFields: async (section, itemId, patch) => {
      const keepIt = () => {
        keepPending();
        keep((changes) => withPatch(changes, section, itemId, patch));
      };
      if (get().mediaTrouble) return keepIt();
      try {
        if (itemId === null) await invoke('section.update', { section, patch });
        else await invoke('items.update', { section, id: itemId, patch });
      } catch (error) {
        if (!isMediaTrouble(error, get().plan)) throw error;
        keepIt();
        enterMediaTrouble();
      }
    },
    savePending: async () => {
      await Promise.all([...pending.keys()].map((key) => write(key)));
    },
    whileReachable: async (work) => {
      await get().flushSaves();
      if (get().mediaTrouble) throw mediaRefusal(countChanges(get().unsaved));
      try {
        return await work();
      } catch (error) {
        if (!isMediaTrouble(error, get().plan)) throw error;
        enterMediaTrouble();
        throw mediaRefusal(countChanges(get().unsaved));
      }
    },
    retrySaving: () => {
      if (!get().mediaTrouble && get().unsaved.length === 0) return Promise.resolve();
      // One attempt at a time: the timer, the window's focus and a flush may all ask at once.
      replaying ??= oneAtATime(tryToReattach).finally(() => {
        replaying = null;
      });
      return replaying;
    },
    saveElsewhere: () =>
      oneAtATime(async () => {
        try {
          const saved = await invoke('plan.saveElsewhere');
          if (saved.status === 'unreadable') {
            set((state) => ({ mediaTrouble: state.mediaTrouble && { ...state.mediaTrouble, unreadable: true } }));
            return;
          }
          if (saved.status === 'cancelled') return;
          // The window goes on with the new file; what is on screen and the kept edits stay as they are.
          set({
            plan: saved.plan,
            notice: { kind: 'info', key: 'media.savedElsewhere', params: { path: saved.plan.path } },
          });
          await replay();
        } catch (error) {
          get().showProblem(error);
        }
      }),
    dismissConflicts: () => set({ conflicts: [] }),
    resetSections: () => {
      for (const save of pending.values()) if (save.timer) clearTimeout(save.timer);
      pending.clear();
      set({ singletons: {}, lists: {}, saveState: 'saved', unsaved: [], mediaTrouble: null, conflicts: [] });
    },
  };
};

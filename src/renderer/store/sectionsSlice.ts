import type { StateCreator } from 'zustand';
import type { Channel, PayloadOf, ResultOf } from '../../ipc/contract';
import { invoke } from '../api';
import type { RootState } from './index';
import { type Conflict, type MediaTrouble, isMediaTrouble, itemAsStored, writeChange } from './mediaTrouble';
import { type SaveState, createSaveQueue } from './saveQueue';
import {
  type Fields,
  type UnsavedChange,
  fieldsWithIdReplaced,
  isTemporaryId,
  movedTo,
  overlayList,
  overlaySingleton,
  temporaryId,
  withAdd,
  withMove,
  withRemove,
} from './unsavedChanges';

export type ListItem = Fields & { id: string };

export type { SaveState } from './saveQueue';
export type { Fields } from './unsavedChanges';

/**
 * The channels that run one transaction in main which cannot be kept in the window while the plan
 * file is away (an import, adding many items, issuing a version, starting or closing an activation,
 * putting a removed item back): they go through `invokeWhileReachable`, never through a plain invoke.
 */
export type TransactionalChannel =
  'lists.import' | 'versions.issue' | 'activation.start' | 'activation.close' | 'items.restore' | 'items.addMany';

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
   * Calls a transactional channel (an import, issuing a version, starting or closing an activation,
   * putting an item back) only while the plan file can be reached; otherwise it is refused with the
   * media notice's reason and the count of kept changes, and nothing of it is written.
   */
  invokeWhileReachable: <C extends TransactionalChannel>(channel: C, payload: PayloadOf<C>) => Promise<ResultOf<C>>;
  /** Asks whether the plan file can be reached again and, if so, writes the kept edits in order. */
  retrySaving: () => Promise<void>;
  /** Saves the plan with every kept edit to a place the user picks and goes on there. */
  saveElsewhere: () => Promise<void>;
  dismissConflicts: () => void;
  resetSections: () => void;
}

export const createSectionsSlice: StateCreator<RootState, [], [], SectionsSlice> = (set, get) => {
  const saves = createSaveQueue({
    writeFields: async (section, itemId, patch) => {
      if (itemId === null) await invoke('section.update', { section, patch });
      else await invoke('items.update', { section, id: itemId, patch });
    },
    writeChange,
    isFileAway: (error) => isMediaTrouble(error, get().plan),
    reattach: async () => (await invoke('plan.reattach')).status,
    publish: (status) => set(status),
    idReplaced: (temporary, real) => {
      const swap = <T extends Fields>(fields: T) => fieldsWithIdReplaced(fields, temporary, real);
      set((state) => ({
        lists: Object.fromEntries(Object.entries(state.lists).map(([key, items]) => [key, items?.map(swap)])),
        singletons: Object.fromEntries(
          Object.entries(state.singletons).map(([key, record]) => [key, record && swap(record)]),
        ),
      }));
    },
    written: () => void get().refreshProgress(),
    savedAgain: () =>
      set({ notice: { kind: 'info', key: 'media.savedAgain', params: { fileName: get().plan?.fileName ?? '' } } }),
    problem: (error) => get().showProblem(error),
  });

  const guarded = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      get().showProblem(error);
      return undefined;
    }
  };

  const setList = (section: string, update: (items: ListItem[]) => ListItem[]) =>
    set((state) => ({ lists: { ...state.lists, [section]: update(state.lists[section] ?? []) } }));

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
          singletons: { ...state.singletons, [section]: overlaySingleton(saves.unsaved, section, data) },
        }));
      }),
    loadList: (section) =>
      guarded(async () => {
        const items = await invoke('items.list', { section });
        set((state) => ({
          lists: {
            ...state.lists,
            [section]: overlayList(saves.unsaved, section, items, (data, id) => itemAsStored(section, data, id)),
          },
        }));
      }),
    editSingleton: (section, patch) => {
      set((state) => ({ singletons: { ...state.singletons, [section]: { ...state.singletons[section], ...patch } } }));
      saves.edit(section, null, patch);
    },
    editItem: (section, id, patch) => {
      set((state) => ({
        lists: {
          ...state.lists,
          [section]: state.lists[section]?.map((item) => (item.id === id ? { ...item, ...patch } : item)),
        },
      }));
      saves.edit(section, id, patch);
    },
    addItem: (section, data) =>
      saves.listEdit(
        async () => {
          const item = await invoke('items.add', { section, data });
          setList(section, (items) => [...items, item]);
          void get().refreshProgress();
          return item;
        },
        () => {
          const item = itemAsStored(section, data ?? {}, temporaryId());
          saves.keep((changes) => withAdd(changes, section, item.id, data ?? {}));
          setList(section, (items) => [...items, item]);
          return item;
        },
      ),
    removeItem: async (section, id) => {
      // Typing that still waits for its timer goes with the item (an undo puts back what is on screen).
      saves.forget(section, id);
      const removeOnScreen = () => setList(section, (items) => items.filter((item) => item.id !== id));
      await saves.listEdit(
        async () => {
          // An item whose add the plan refused was never written: it only leaves the screen.
          if (!isTemporaryId(id)) await invoke('items.remove', { section, id });
          removeOnScreen();
          void get().refreshProgress();
        },
        () => {
          saves.keep((changes) => withRemove(changes, section, id));
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
        const items = await get().invokeWhileReachable('items.restore', {
          section: notice.section,
          id,
          data,
          toIndex: notice.index,
        });
        set((state) => ({ lists: { ...state.lists, [notice.section]: items } }));
        void get().refreshProgress();
      } catch (error) {
        get().showProblem(error);
      }
    },
    moveItem: async (section, id, toIndex) => {
      await saves.listEdit(
        async () => {
          const items = await invoke('items.move', { section, id, toIndex });
          set((state) => ({ lists: { ...state.lists, [section]: items } }));
        },
        () => {
          saves.keep((changes) => withMove(changes, section, id, toIndex));
          setList(section, (items) => movedTo(items, id, toIndex));
        },
      );
    },
    flushSaves: () => saves.flush(),
    writeFields: (section, itemId, patch) => saves.writeNow(section, itemId, patch),
    savePending: () => saves.savePending(),
    invokeWhileReachable: (channel, payload) =>
      saves.whileReachable(() =>
        (invoke as <K extends Channel>(channel: K, payload: unknown) => Promise<ResultOf<K>>)(channel, payload),
      ),
    retrySaving: () => saves.retry(),
    saveElsewhere: () =>
      saves.oneAtATime(async () => {
        try {
          const saved = await invoke('plan.saveElsewhere');
          if (saved.status === 'unreadable') return saves.markUnreadable();
          if (saved.status === 'cancelled') return;
          // The window goes on with the new file; what is on screen and the kept edits stay as they are.
          set({
            plan: saved.plan,
            notice: { kind: 'info', key: 'media.savedElsewhere', params: { path: saved.plan.path } },
          });
          await saves.replay();
        } catch (error) {
          get().showProblem(error);
        }
      }),
    dismissConflicts: () => saves.dismissConflicts(),
    resetSections: () => {
      saves.reset();
      set({ singletons: {}, lists: {} });
    },
  };
};

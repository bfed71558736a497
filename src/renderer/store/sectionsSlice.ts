import type { StateCreator } from 'zustand';
import { invoke } from '../api';
import type { RootState } from './index';

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
  loadSingleton: (section: string) => Promise<void>;
  loadList: (section: string) => Promise<void>;
  /** Changes fields on screen at once and writes them shortly after. */
  editSingleton: (section: string, patch: Fields) => void;
  editItem: (section: string, id: string, patch: Fields) => void;
  addItem: (section: string, data?: Fields) => Promise<ListItem | undefined>;
  removeItem: (section: string, id: string) => Promise<void>;
  moveItem: (section: string, id: string, toIndex: number) => Promise<void>;
  flushSaves: () => Promise<void>;
  resetSections: () => void;
}

export const createSectionsSlice: StateCreator<RootState, [], [], SectionsSlice> = (set, get) => {
  const pending = new Map<string, PendingSave>();
  let inFlight = 0;

  const updateSaveState = (failed = false) =>
    set({ saveState: failed ? 'failed' : inFlight > 0 || pending.size > 0 ? 'saving' : 'saved' });

  const write = async (key: string) => {
    const save = pending.get(key);
    if (!save) return;
    if (save.timer) clearTimeout(save.timer);
    pending.delete(key);
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
      // Keep the unsaved values queued (merged under anything typed since), so "try again" loses nothing.
      const newer = pending.get(key);
      pending.set(key, { ...save, patch: { ...save.patch, ...newer?.patch }, timer: null });
      updateSaveState(true);
      get().showProblem(error);
    }
  };

  const queue = (section: string, itemId: string | null, patch: Fields) => {
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

  return {
    singletons: {},
    lists: {},
    saveState: 'saved',
    loadSingleton: (section) =>
      guarded(async () => {
        const data = await invoke('section.get', { section });
        set((state) => ({ singletons: { ...state.singletons, [section]: data } }));
      }),
    loadList: (section) =>
      guarded(async () => {
        const items = await invoke('items.list', { section });
        set((state) => ({ lists: { ...state.lists, [section]: items } }));
      }),
    editSingleton: (section, patch) => {
      set((state) => ({ singletons: { ...state.singletons, [section]: { ...state.singletons[section], ...patch } } }));
      queue(section, null, patch);
    },
    editItem: (section, id, patch) => {
      set((state) => ({
        lists: { ...state.lists, [section]: state.lists[section]?.map((item) => (item.id === id ? { ...item, ...patch } : item)) },
      }));
      queue(section, id, patch);
    },
    addItem: (section, data) =>
      guarded(async () => {
        const item = await invoke('items.add', { section, data });
        set((state) => ({ lists: { ...state.lists, [section]: [...(state.lists[section] ?? []), item] } }));
        void get().refreshProgress();
        return item;
      }),
    removeItem: (section, id) =>
      guarded(async () => {
        await invoke('items.remove', { section, id });
        set((state) => ({ lists: { ...state.lists, [section]: state.lists[section]?.filter((item) => item.id !== id) } }));
        void get().refreshProgress();
      }),
    moveItem: (section, id, toIndex) =>
      guarded(async () => {
        const items = await invoke('items.move', { section, id, toIndex });
        set((state) => ({ lists: { ...state.lists, [section]: items } }));
      }),
    flushSaves: async () => {
      await Promise.all([...pending.keys()].map((key) => write(key)));
    },
    resetSections: () => {
      for (const save of pending.values()) if (save.timer) clearTimeout(save.timer);
      pending.clear();
      set({ singletons: {}, lists: {}, saveState: 'saved' });
    },
  };
};

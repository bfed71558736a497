import { useEffect } from 'react';
import { wordingRegion } from '../../domain/organisationKinds';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store';
import type { ListKey, SectionRecords, SingletonKey, StoredItem } from '../../domain/records';
import type { Fields, ListItem } from '../store/sectionsSlice';

/** A singleton's record as its schema types it, loaded on first use, and a function that edits and autosaves it. */
export function useSingletonSection<K extends SingletonKey>(
  section: K,
): { data: SectionRecords[K] | undefined; edit: (patch: Partial<SectionRecords[K]>) => void };
/** The same for a section the form engine names at run time: it reads the record by field descriptor. */
export function useSingletonSection(section: string): { data: Fields | undefined; edit: (patch: Fields) => void };
export function useSingletonSection(section: string) {
  const data = useStore((s) => s.singletons[section]);
  const load = useStore((s) => s.loadSingleton);
  const edit = useStore((s) => s.editSingleton);
  useEffect(() => {
    if (!data) void load(section);
  }, [data, load, section]);
  return { data, edit: (patch: Fields) => edit(section, patch) };
}

/**
 * Loads in flight, per open plan: a step asks for the same list from several components (the
 * inventory's table, its CSV import and its restart analysis), and each would otherwise load all
 * of it again before the first answer arrives — at 2,000 systems three times 1.3 MB.
 */
const loading = new WeakMap<object, Map<string, Promise<void>>>();

/** Loads a section unless the same plan is already loading it. */
function loadOnce(plan: object | null, section: string, load: (section: string) => Promise<void>): void {
  if (!plan) return void load(section);
  const inFlight = loading.get(plan) ?? new Map<string, Promise<void>>();
  loading.set(plan, inFlight);
  if (inFlight.has(section)) return;
  inFlight.set(
    section,
    load(section).finally(() => inFlight.delete(section)),
  );
}

/**
 * A list section's items as its schema types them (storage reads each through the schema), loaded
 * on first use.
 */
export function useListSection<K extends ListKey>(section: K): StoredItem<K>[] | undefined;
/** The same for a list the form engine names at run time: it reads the items by field descriptor. */
export function useListSection(section: string): ListItem[] | undefined;
export function useListSection(section: string): ListItem[] | undefined {
  const items = useStore((s) => s.lists[section]);
  const plan = useStore((s) => s.plan);
  const load = useStore((s) => s.loadList);
  useEffect(() => {
    if (!items) loadOnce(plan, section, load);
  }, [items, plan, load, section]);
  return items;
}

/** Several list sections' items by section, each loaded on first use (undefined until it is). */
export function useListSections<K extends ListKey>(sections: readonly K[]): { [L in K]: StoredItem<L>[] | undefined } {
  const lists = useStore(useShallow((s) => sections.map((section) => s.lists[section])));
  const plan = useStore((s) => s.plan);
  const load = useStore((s) => s.loadList);
  useEffect(() => {
    sections.forEach((section, index) => {
      if (!lists[index]) loadOnce(plan, section, load);
    });
  }, [lists, plan, load, sections]);
  return Object.fromEntries(sections.map((section, index) => [section, lists[index]])) as {
    [L in K]: StoredItem<L>[] | undefined;
  };
}

/**
 * The i18next context for Belgian or Netherlands wording, from the open plan's kind and, for a
 * company, its country (see wordingRegion). A company's organisation record is loaded once for it.
 */
export function useWordingContext(): string | undefined {
  const kind = useStore((s) => s.plan?.kind ?? '');
  const country = useStore((s) => s.singletons.organisation?.country);
  const plan = useStore((s) => s.plan);
  const load = useStore((s) => s.loadSingleton);
  const needsCountry = kind === 'company' && country === undefined;
  useEffect(() => {
    if (needsCountry && plan) loadOnce(plan, 'organisation', load);
  }, [needsCountry, plan, load]);
  const region = wordingRegion(kind, typeof country === 'string' ? country : '');
  return region === 'company' ? undefined : region;
}

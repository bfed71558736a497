import { useEffect } from 'react';
import { useStore } from '../store';

/** A singleton section's data, loaded on first use, and a function that edits and autosaves it. */
export function useSingletonSection(section: string) {
  const data = useStore((s) => s.singletons[section]);
  const load = useStore((s) => s.loadSingleton);
  const edit = useStore((s) => s.editSingleton);
  useEffect(() => {
    if (!data) void load(section);
  }, [data, load, section]);
  return { data, edit: (patch: Record<string, unknown>) => edit(section, patch) };
}

/** A list section's items, loaded on first use. */
export function useListSection(section: string) {
  const items = useStore((s) => s.lists[section]);
  const load = useStore((s) => s.loadList);
  useEffect(() => {
    if (!items) void load(section);
  }, [items, load, section]);
  return items;
}

/** The i18next context for Flemish or Netherlands wording, from the open plan's kind. */
export function useWordingContext(): string | undefined {
  const kind = useStore((s) => s.plan?.kind ?? '');
  if (kind === 'municipality-flanders') return 'flanders';
  if (kind === 'municipality-netherlands') return 'netherlands';
  return undefined;
}

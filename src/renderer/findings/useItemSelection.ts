import { useCallback, useState } from 'react';

/**
 * Which item each list of a step has open, for a step that opens items itself (a heat-map cell, a
 * new review); spread `propsFor(section)` into its `ListSectionEditor`. A followed finding opens its
 * item through the same props.
 */
export function useItemSelection() {
  const [selected, setSelected] = useState<Record<string, string | null>>({});
  const select = useCallback(
    (section: string, id: string | null) => setSelected((current) => ({ ...current, [section]: id })),
    [],
  );
  const propsFor = (section: string) => ({
    selectedId: selected[section] ?? null,
    onSelect: (id: string | null) => select(section, id),
  });
  return { propsFor, selected, select };
}

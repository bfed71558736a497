import { useCallback, useMemo } from 'react';
import { usePlanHealth } from './usePlanHealth';
import { useFindingText } from './useFindingText';

/**
 * The findings about the fields of one section, to show beside each field: (item id, field) → the
 * sentences, or null. A singleton's fields have no item id.
 */
export function useFieldFindings(section: string): (itemId: string | undefined, field: string) => string | null {
  const health = usePlanHealth();
  const text = useFindingText();
  const notes = useMemo(() => {
    const found = new Map<string, string>();
    for (const finding of health?.warnings ?? []) {
      if (finding.section !== section || !finding.field) continue;
      const key = `${finding.itemId ?? ''}/${finding.field}`;
      const sentence = text(finding);
      found.set(key, found.has(key) ? `${found.get(key)} ${sentence}` : sentence);
    }
    return found;
  }, [health, section, text]);
  return useCallback((itemId, field) => notes.get(`${itemId ?? ''}/${field}`) ?? null, [notes]);
}

import { SECTIONS } from '../plan';

export interface Reference {
  section: string;
  /** The item that points at the person; '' for a singleton section. */
  itemId: string;
  field: string;
  /** The referring item's title, so the coordinator recognises it. */
  title: string;
}

/** What a plan holds, keyed by section: a singleton's record or a list's items. */
export type PlanContent = Record<
  string,
  Record<string, unknown> | ReadonlyArray<Record<string, unknown> & { id: string }> | undefined
>;

/**
 * Every place that points at an item of `targetSection` (by default a person), across all
 * sections of the plan, so removing it can first say what would be left without a contact.
 */
export function referencesTo(plan: PlanContent, targetId: string, targetSection = 'people'): Reference[] {
  const found: Reference[] = [];
  for (const section of SECTIONS) {
    const fields = section.fields.filter((f) => (f.widget === 'ref' || f.widget === 'refs') && f.ref === targetSection);
    if (fields.length === 0) continue;
    const content = plan[section.key];
    if (!content) continue;
    const records = Array.isArray(content) ? content : [{ ...(content as Record<string, unknown>), id: '' }];
    for (const record of records) {
      for (const field of fields) {
        const value = record[field.name];
        const hit = Array.isArray(value) ? value.includes(targetId) : value === targetId;
        if (!hit) continue;
        const title = section.kind === 'list' ? String(record[section.titleField] ?? '') : '';
        found.push({ section: section.key, itemId: String(record.id ?? ''), field: field.name, title });
      }
    }
  }
  return found;
}

/**
 * A field's value with `targetId` replaced by `replacement` ('' empties a single reference and
 * drops the id from a list of references).
 */
export function replaceReference(value: unknown, targetId: string, replacement = ''): unknown {
  if (Array.isArray(value)) {
    const replaced = value.map((id) => (id === targetId ? replacement : id)).filter((id) => id !== '');
    return [...new Set(replaced)];
  }
  return value === targetId ? replacement : value;
}

import type { TFunction } from 'i18next';
import { SECTIONS } from '../../../domain/plan';
import { type PlanContent, type Reference, referencesTo, replaceReference } from '../../../domain/rules/references';
import { invoke } from '../../api';
import { useStore } from '../../store';
import type { ListItem } from '../../store/sectionsSlice';

/** Where an item (a person, a supplier) is used, read fresh from the plan (not only from what is on screen). */
export interface ItemUses {
  targetSection: string;
  content: PlanContent;
  references: Reference[];
}

export async function findUses(targetSection: string, id: string): Promise<ItemUses> {
  // While edits wait for a pulled stick (flushSaves refuses), the uses are read from what the plan holds.
  await useStore
    .getState()
    .flushSaves()
    .catch(() => undefined);
  const content: PlanContent = {};
  for (const section of SECTIONS) {
    if (!section.fields.some((f) => (f.widget === 'ref' || f.widget === 'refs') && f.ref === targetSection)) continue;
    content[section.key] =
      section.kind === 'list'
        ? await invoke('items.list', { section: section.key })
        : await invoke('section.get', { section: section.key });
  }
  return { targetSection, content, references: referencesTo(content, id, targetSection) };
}

/** "Hoofdcontact bij rol Helpdesk" */
export function describeReference(reference: Reference, targetId: string, t: TFunction): string {
  const title = reference.title && reference.title !== targetId ? reference.title : '';
  return t('peoplePlaces.references.where', {
    field: t(`fields.${reference.section}.${reference.field}.label`),
    section: t(`peoplePlaces.sectionNames.${reference.section}`, {
      defaultValue: t('peoplePlaces.sectionNames.other'),
    }),
    title,
  }).trim();
}

const isList = (content: PlanContent[string]): content is readonly ListItem[] => Array.isArray(content);

/**
 * Puts `replacement` (another item's id, or '' for nobody) in every place the item was used, so
 * nothing points at an item that is gone; emptied places show up as missing.
 */
export async function replaceEverywhere(item: ListItem, uses: ItemUses, replacement: string): Promise<void> {
  const touched = new Set<string>();
  for (const reference of uses.references) {
    const source = uses.content[reference.section];
    // A list's item, or the singleton itself; read by the field the reference names (any section's).
    const record = isList(source) ? source.find((candidate) => candidate.id === reference.itemId) : source;
    const patch = { [reference.field]: replaceReference(record?.[reference.field], item.id, replacement) };
    // Kept in order with the removal that follows while the plan file is away.
    await useStore.getState().writeFields(reference.section, reference.itemId || null, patch);
    touched.add(reference.section);
  }
  const { lists, singletons, loadList, loadSingleton } = useStore.getState();
  for (const section of touched) {
    // Only what is on screen needs reloading; the rest is read fresh when its step opens.
    if (lists[section]) await loadList(section);
    else if (singletons[section]) await loadSingleton(section);
  }
}

import type { TFunction } from 'i18next';
import { SECTIONS } from '../../../domain/plan';
import { type PlanContent, type Reference, referencesTo, withoutReference } from '../../../domain/rules/references';
import { invoke } from '../../api';
import { useStore } from '../../store';
import type { ListItem } from '../../store/sectionsSlice';

/** The sections with a field that points at people, read fresh from the plan (not only what is on screen). */
async function loadReferringContent(): Promise<PlanContent> {
  const content: PlanContent = {};
  for (const section of SECTIONS) {
    if (!section.fields.some((f) => (f.widget === 'ref' || f.widget === 'refs') && f.ref === 'people')) continue;
    content[section.key] = section.kind === 'list' ? await invoke('items.list', { section: section.key }) : await invoke('section.get', { section: section.key });
  }
  return content;
}

function describe(reference: Reference, personId: string, t: TFunction): string {
  const title = reference.title && reference.title !== personId ? reference.title : '';
  return t('peoplePlaces.references.where', {
    field: t(`fields.${reference.section}.${reference.field}.label`),
    section: t(`peoplePlaces.sectionNames.${reference.section}`, { defaultValue: t('peoplePlaces.sectionNames.other') }),
    title,
  }).trim();
}

/**
 * Before a person leaves the directory: says where they are still used and, when the coordinator
 * goes ahead, empties those places so they show up as missing instead of pointing at nobody.
 */
export async function confirmRemovePerson(person: ListItem, name: string, t: TFunction): Promise<boolean> {
  await useStore.getState().flushSaves();
  const content = await loadReferringContent();
  const references = referencesTo(content, person.id);
  if (references.length === 0) return window.confirm(t('common.confirmRemove', { name }));
  const lines = references.map((reference) => `• ${describe(reference, person.id, t)}`);
  const message = [t('peoplePlaces.references.intro', { name }), ...lines, '', t('peoplePlaces.references.question')].join('\n');
  if (!window.confirm(message)) return false;

  const { lists, singletons, loadList, loadSingleton } = useStore.getState();
  const touched = new Set<string>();
  for (const reference of references) {
    const record = reference.itemId
      ? (content[reference.section] as ListItem[]).find((item) => item.id === reference.itemId)
      : (content[reference.section] as Record<string, unknown>);
    const patch = { [reference.field]: withoutReference(record?.[reference.field], person.id) };
    if (reference.itemId) await invoke('items.update', { section: reference.section, id: reference.itemId, patch });
    else await invoke('section.update', { section: reference.section, patch });
    touched.add(reference.section);
  }
  for (const section of touched) {
    // Only what is on screen needs reloading; the rest is read fresh when its step opens.
    if (lists[section]) await loadList(section);
    else if (singletons[section]) await loadSingleton(section);
  }
  return true;
}

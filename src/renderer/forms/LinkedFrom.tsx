import { useTranslation } from 'react-i18next';
import type { LinkField } from '../../domain/links';
import { findSection } from '../../domain/plan';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';
import { CreateInPicker } from './CreateInPicker';
import { useListSection, useWordingContext } from './useSection';

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The other side of a link, edited from this item's form: the services that use a system, ticked
 * here and stored on each service, so either form tells and changes the same link. Where the other
 * side holds one reference (a system has one supplier), ticking sets it to this item and unticking
 * clears it; an item linked to another one says so, as ticking moves it here.
 */
export function LinkedFrom({ link, item, readOnly }: { link: LinkField; item: ListItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const others = useListSection(link.section);
  const editItem = useStore((s) => s.editItem);
  const section = findSection(link.section);
  const field = section?.fields.find((candidate) => candidate.name === link.field);
  const targets = useListSection(field?.ref ?? link.section);
  if (!others || section?.kind !== 'list' || !field) return null;
  const single = field.widget === 'ref';
  const targetSection = field.ref ? findSection(field.ref) : undefined;
  const targetTitle = targetSection?.kind === 'list' ? targetSection.titleField : undefined;
  const id = `${item.id}-linked-${link.section}-${link.field}`;
  const title = (other: ListItem) => String(other[section.titleField] ?? '') || t('common.unnamed');
  const linkedElsewhere = (other: ListItem): string | null => {
    const current = other[link.field];
    if (!single || typeof current !== 'string' || current === '' || current === item.id) return null;
    const holder = targets?.find((target) => target.id === current);
    return holder && targetTitle ? String(holder[targetTitle] ?? '') || t('common.unnamed') : null;
  };
  const isLinked = (other: ListItem) =>
    single ? other[link.field] === item.id : idsOf(other[link.field]).includes(item.id);
  const linkPatch = (other: ListItem, linked: boolean) => {
    if (single) return { [link.field]: linked ? item.id : '' };
    const ids = idsOf(other[link.field]);
    return { [link.field]: linked ? [...ids, item.id] : ids.filter((linkedId) => linkedId !== item.id) };
  };
  return (
    <fieldset className="field field-refs linked-from">
      <legend className="field-label">{t(`common.linkedFrom.${link.section}.${link.field}`, { context })}</legend>
      {others.length === 0 ? (
        <span className="field-hint">{t('servicesInventory.noItemsToPick')}</span>
      ) : (
        <span className="choice-group refs-group" id={id}>
          {others.map((other) => {
            const elsewhere = linkedElsewhere(other);
            return (
              <label key={other.id} className="choice">
                <input
                  type="checkbox"
                  disabled={readOnly}
                  checked={isLinked(other)}
                  onChange={(event) => editItem(link.section, other.id, linkPatch(other, event.target.checked))}
                />
                {title(other)}
                {elsewhere && <span className="muted"> {t('common.linkedFrom.elsewhere', { name: elsewhere })}</span>}
              </label>
            );
          })}
        </span>
      )}
      <CreateInPicker target={link.section} readOnly={readOnly} data={{ [link.field]: single ? item.id : [item.id] }} />
    </fieldset>
  );
}

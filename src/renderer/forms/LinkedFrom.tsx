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
 * here and stored on each service, so either form tells and changes the same link.
 */
export function LinkedFrom({ link, item, readOnly }: { link: LinkField; item: ListItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const others = useListSection(link.section);
  const editItem = useStore((s) => s.editItem);
  const section = findSection(link.section);
  if (!others || section?.kind !== 'list') return null;
  const id = `${item.id}-linked-${link.section}-${link.field}`;
  const title = (other: ListItem) => String(other[section.titleField] ?? '') || t('common.unnamed');
  return (
    <fieldset className="field field-refs linked-from">
      <legend className="field-label">{t(`common.linkedFrom.${link.section}.${link.field}`, { context })}</legend>
      {others.length === 0 ? (
        <span className="field-hint">{t('servicesInventory.noItemsToPick')}</span>
      ) : (
        <span className="choice-group refs-group" id={id}>
          {others.map((other) => {
            const linked = idsOf(other[link.field]);
            return (
              <label key={other.id} className="choice">
                <input
                  type="checkbox"
                  disabled={readOnly}
                  checked={linked.includes(item.id)}
                  onChange={(event) =>
                    editItem(link.section, other.id, {
                      [link.field]: event.target.checked
                        ? [...linked, item.id]
                        : linked.filter((linkedId) => linkedId !== item.id),
                    })
                  }
                />
                {title(other)}
              </label>
            );
          })}
        </span>
      )}
      <CreateInPicker target={link.section} readOnly={readOnly} data={{ [link.field]: [item.id] }} />
    </fieldset>
  );
}

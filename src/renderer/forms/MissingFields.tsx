import { useTranslation } from 'react-i18next';
import type { FieldDescriptor } from '../../domain/fields';
import { useWordingContext } from './useSection';

/** Tells what is still to be filled in, each name a link to its field. */
export function MissingFields({
  section,
  idPrefix,
  fields,
}: {
  section: string;
  idPrefix: string;
  fields: FieldDescriptor[];
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  if (fields.length === 0) return null;
  return (
    <p className="missing" role="note">
      {t('common.missing', { fields: '' })}
      {fields.map((field, index) => (
        <span key={field.name}>
          {index > 0 && ', '}
          <a
            href={`#${idPrefix}-${field.name}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(`${idPrefix}-${field.name}`)?.focus();
            }}
          >
            {t(`fields.${section}.${field.name}.label`, { context })}
          </a>
        </span>
      ))}
    </p>
  );
}

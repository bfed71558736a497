import { useTranslation } from 'react-i18next';
import { isFilled } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import { useStore } from '../store';
import { FieldInput } from './FieldInput';
import { MissingFields } from './MissingFields';
import { useSingletonSection, useWordingContext } from './useSection';

/**
 * The form of a singleton section, generated from its schema: every field, in declaration order,
 * with its translated label and hint. `only` limits it to some fields (to split a long step).
 */
export function SectionForm({ section: sectionKey, only }: { section: string; only?: readonly string[] }) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const { data, edit } = useSingletonSection(sectionKey);
  const section = findSection(sectionKey);
  if (!section || !data) return null;
  const fields = only ? section.fields.filter((f) => only.includes(f.name)) : section.fields;
  const missing = fields.filter((f) => f.required && !isFilled(data[f.name]));

  return (
    <div className="section-form">
      <MissingFields section={sectionKey} fields={missing} />
      {fields.map((field) => {
        const id = `${sectionKey}-${field.name}`;
        const hintKey = `fields.${sectionKey}.${field.name}.hint`;
        const hint = t(hintKey, { context, defaultValue: '' });
        return (
          <div key={field.name} className={`field field-${field.widget}`}>
            <span className="field-label-row">
              <label htmlFor={id} className="field-label">
                {t(`fields.${sectionKey}.${field.name}.label`)}
              </label>
              {field.required && (
                <span className="required-mark" title={t('common.required')} aria-hidden="true">
                  *
                </span>
              )}
            </span>
            {hint && (
              <span id={`${id}-hint`} className="field-hint">
                {hint}
              </span>
            )}
            <FieldInput
              field={field}
              id={id}
              value={data[field.name]}
              readOnly={readOnly}
              describedBy={hint ? `${id}-hint` : undefined}
              onChange={(value) => edit({ [field.name]: value })}
            />
          </div>
        );
      })}
    </div>
  );
}

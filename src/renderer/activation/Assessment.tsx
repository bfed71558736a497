import { useTranslation } from 'react-i18next';
import { isAssessmentField } from '../../domain/activation/assessment';
import { findSection } from '../../domain/plan';
import { FieldRow } from '../forms/FieldRow';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';

/** The outage assessment at activation (NIST SP 800-34): what is known now, changed as more is known. */
export function Assessment({ activation }: { activation: ListItem }) {
  const { t } = useTranslation();
  const editItem = useStore((s) => s.editItem);
  const section = findSection('activations');
  if (!section) return null;
  return (
    <section className="action-card assessment" aria-labelledby="assessment-title">
      <h3 id="assessment-title">{t('activation.assessment.title')}</h3>
      <p className="muted">{t('activation.assessment.intro')}</p>
      {section.fields
        .filter((field) => isAssessmentField(field.name))
        .map((field) => (
          <FieldRow
            key={field.name}
            section="activations"
            field={field}
            idPrefix={`activations-${activation.id}`}
            value={activation[field.name]}
            readOnly={false}
            onChange={(value) => editItem('activations', activation.id, { [field.name]: value })}
          />
        ))}
    </section>
  );
}

import { TriangleAlert } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../domain/health';
import type { PeoplePlacesStep, PeoplePlacesWarning } from '../../../domain/rules/peopleRules';
import { stepWarnings } from '../../../domain/rules/peopleRules';
import { useListSection, useSingletonSection } from '../../forms/useSection';

/** The flags of a people-and-places step, from what the store holds; null while loading. */
export function useStepWarnings(step: PeoplePlacesStep): PeoplePlacesWarning[] | null {
  const organisation = useSingletonSection('organisation').data;
  const people = useListSection('people');
  const roles = useListSection('roles');
  const suppliers = useListSection('suppliers');
  const locations = useListSection('locations');
  const distribution = useListSection('distribution');
  return useMemo(() => {
    if (!organisation || !people || !roles || !suppliers || !locations || !distribution) return null;
    return stepWarnings(
      step,
      { organisation, people, roles, suppliers, locations, distribution },
      localIsoDate(new Date()),
    );
  }, [step, organisation, people, roles, suppliers, locations, distribution]);
}

/**
 * The same flags, each also shown under the field it is about, so a mistyped number is pointed
 * out right where it is typed.
 */
export function useFieldNotes(warnings: PeoplePlacesWarning[] | null) {
  const { t } = useTranslation();
  return useMemo(() => {
    const notes = new Map<string, string>();
    for (const warning of warnings ?? []) {
      if (!warning.field) continue;
      const key = `${warning.section}/${warning.itemId}/${warning.field}`;
      const text = t(`peoplePlaces.warnings.${warning.code}`, {
        ...warning.params,
        name: warning.params.name || t('peoplePlaces.unnamed'),
      });
      notes.set(key, notes.has(key) ? `${notes.get(key)} ${text}` : text);
    }
    return (section: string) => (item: { id: string }, field: string) =>
      notes.get(`${section}/${item.id}/${field}`) ?? null;
  }, [warnings, t]);
}

/** The step's flags at the top of the step, each a link to the item and field it is about. */
export function StepWarnings({
  warnings,
  onFollow,
}: {
  warnings: PeoplePlacesWarning[] | null;
  onFollow: (warning: PeoplePlacesWarning) => void;
}) {
  const { t, i18n } = useTranslation();
  if (!warnings || warnings.length === 0) return null;
  const dates = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const readable = (params: PeoplePlacesWarning['params']) =>
    typeof params.date === 'string' && params.date
      ? { ...params, date: dates.format(new Date(`${params.date}T00:00:00Z`)) }
      : params;
  return (
    <section className="step-warnings" aria-labelledby="step-warnings-title">
      <h3 id="step-warnings-title">
        <TriangleAlert size={18} aria-hidden="true" /> {t('peoplePlaces.warningsCount', { count: warnings.length })}
      </h3>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}-${warning.section}-${warning.itemId}-${warning.field ?? ''}`}>
            <a
              href={`#${warning.section}-${warning.itemId}`}
              onClick={(event) => {
                event.preventDefault();
                onFollow(warning);
              }}
            >
              {t(`peoplePlaces.warnings.${warning.code}`, {
                ...readable(warning.params),
                name: warning.params.name || t('peoplePlaces.unnamed'),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

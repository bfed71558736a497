import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_KINDS,
  type OrganisationKind,
  type PlanLanguage,
  PLAN_LANGUAGES,
} from '../../domain/organisationKinds';
import { useStore } from '../store';

export function NewPlanForm() {
  const { t } = useTranslation();
  const uiLanguage = useStore((s) => s.language);
  const createPlan = useStore((s) => s.createPlan);
  const busy = useStore((s) => s.busy);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('municipality-flanders');
  // The plan's language follows the interface language until the coordinator picks one.
  const [chosenLanguage, setLanguage] = useState<PlanLanguage | null>(null);
  const language = chosenLanguage ?? uiLanguage;
  const [showNameError, setShowNameError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setShowNameError(true);
      return;
    }
    void createPlan({ name: name.trim(), kind, language });
  };

  return (
    <form onSubmit={submit} noValidate>
      <label className="field">
        <span className="field-label">{t('start.organisationName')}</span>
        <input
          value={name}
          placeholder={t('start.organisationNamePlaceholder')}
          maxLength={200}
          aria-invalid={showNameError && !name.trim()}
          aria-describedby="new-plan-name-error"
          onChange={(event) => setName(event.target.value)}
        />
        {showNameError && !name.trim() && (
          <span id="new-plan-name-error" className="field-error">
            {t('start.nameRequired')}
          </span>
        )}
      </label>
      <fieldset className="field">
        <legend className="field-label">{t('start.kind')}</legend>
        {ORGANISATION_KINDS.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
            {t(`choices.organisationKind.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{t('start.planLanguage')}</span>
        <select value={language} onChange={(event) => setLanguage(event.target.value as PlanLanguage)}>
          {PLAN_LANGUAGES.map((option) => (
            <option key={option} value={option}>
              {t(`common.languages.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t('start.create')}
      </button>
    </form>
  );
}

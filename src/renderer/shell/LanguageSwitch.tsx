import { useTranslation } from 'react-i18next';
import { PLAN_LANGUAGES } from '../../domain/organisationKinds';
import { useStore } from '../store';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('common.language')}>
      {PLAN_LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => void setLanguage(option)}
        >
          {t(`common.languages.${option}`)}
        </button>
      ))}
    </div>
  );
}

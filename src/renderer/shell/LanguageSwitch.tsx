import { useTranslation } from 'react-i18next';
import { PLAN_LANGUAGES } from '../../domain/organisationKinds';
import { useStore } from '../store';

/**
 * The interface language. `compact` (the plan header) shows the language codes where space is
 * short; the buttons keep the languages' full names as their accessible names either way.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  return (
    <div
      className={compact ? 'language-switch compact' : 'language-switch'}
      role="group"
      aria-label={t('common.language')}
    >
      {PLAN_LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={compact ? t(`common.languages.${option}`) : undefined}
          aria-pressed={language === option}
          onClick={() => void setLanguage(option)}
        >
          <span className="language-name">{t(`common.languages.${option}`)}</span>
          {compact && (
            <span className="language-code" aria-hidden="true">
              {option.toUpperCase()}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useStore } from '../store';

export function RecentPlans() {
  const { t } = useTranslation();
  const recent = useStore((s) => s.recent);
  const openPlan = useStore((s) => s.openPlan);
  const forget = useStore((s) => s.forgetRecent);
  if (recent.length === 0) return <p className="muted">{t('start.noRecent')}</p>;
  return (
    <ul className="recent-list">
      {recent.map((plan) => (
        <li key={plan.path}>
          <button type="button" className="link" disabled={!plan.available} onClick={() => void openPlan(plan.path)}>
            <strong>{plan.name || plan.path}</strong>
            <span className="muted path">{plan.path}</span>
            {!plan.available && <span className="muted">{t('start.unavailable')}</span>}
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`${t('start.forget')}: ${plan.name}`}
            title={t('start.forget')}
            onClick={() => void forget(plan.path)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

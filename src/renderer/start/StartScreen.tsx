import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { NewPlanForm } from './NewPlanForm';
import { RecentPlans } from './RecentPlans';
import { useStore } from '../store';

export function StartScreen() {
  const { t } = useTranslation();
  const openPlan = useStore((s) => s.openPlan);
  const openExample = useStore((s) => s.openExample);
  const busy = useStore((s) => s.busy);
  return (
    <main className="start">
      <header className="start-header">
        <div>
          <h1>{t('start.title')}</h1>
          <p className="lead">{t('start.intro')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <div className="start-grid">
        <section className="card" aria-labelledby="new-plan-title">
          <h2 id="new-plan-title">{t('start.newPlan')}</h2>
          <NewPlanForm />
        </section>
        <section className="card" aria-labelledby="open-plan-title">
          <h2 id="open-plan-title">{t('start.openTitle')}</h2>
          <button type="button" className="primary" disabled={busy} onClick={() => void openPlan()}>
            {t('start.openPlan')}
          </button>
          <h3>{t('start.recent')}</h3>
          <RecentPlans />
        </section>
        <section className="card" aria-labelledby="example-title">
          <h2 id="example-title">{t('start.exampleTitle')}</h2>
          <p>{t('start.exampleIntro')}</p>
          <button type="button" disabled={busy} onClick={() => void openExample()}>
            {t('start.example')}
          </button>
        </section>
      </div>
    </main>
  );
}

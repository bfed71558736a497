import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanShell } from '../shell/PlanShell';
import { StartScreen } from '../start/StartScreen';
import { UnlockDialog } from '../export/UnlockDialog';
import { useStore } from '../store';
import { stepFromHash } from '../store/wizardSlice';
import { NoticeBar } from './NoticeBar';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const { t, i18n } = useTranslation();
  const language = useStore((s) => s.language);
  const plan = useStore((s) => s.plan);
  const start = useStore((s) => s.start);
  const goToStep = useStore((s) => s.goToStep);
  useMenuCommands();

  useEffect(() => {
    void start();
    const onHashChange = () => goToStep(stepFromHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [start, goToStep]);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    // The window title says which file is open and where: the coordinator may have several copies.
    document.title = plan ? `${plan.fileName} — ${plan.folder} — ${t('common.appName')}` : t('common.appName');
  }, [plan, t]);

  return (
    <div className="app">
      <NoticeBar />
      <UnlockDialog />
      {plan ? <PlanShell plan={plan} /> : <StartScreen />}
    </div>
  );
}

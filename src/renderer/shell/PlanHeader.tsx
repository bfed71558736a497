import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../ipc/contract';
import { useStore } from '../store';
import { StartActivationButton } from '../activation/StartActivation';
import { ExportButton } from '../export/ExportButton';
import { EncryptedCopyButton } from '../export/EncryptedCopyDialog';
import { LanguageSwitch } from './LanguageSwitch';

export function PlanHeader({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const saveState = useStore((s) => s.saveState);
  const saveCopy = useStore((s) => s.saveCopy);
  const closePlan = useStore((s) => s.closePlan);
  const busy = useStore((s) => s.busy);
  // The name as it is being typed in the organisation step, not as it was when the plan opened.
  const liveName = useStore((s) => s.singletons.organisation?.name);
  const name = typeof liveName === 'string' ? liveName : plan.name;
  return (
    <header className="plan-header">
      <div className="plan-identity">
        <span className="brand">{t('common.appName')}</span>
        <h1 className="plan-name">{name || plan.fileName}</h1>
        <span className="muted path" data-testid="plan-location">
          {t('common.fileLocation', { fileName: plan.fileName, folder: plan.folder })}
        </span>
      </div>
      <div className="plan-actions">
        <span className={`save-state save-${saveState}`} role="status" aria-live="polite">
          {t(saveState === 'saving' ? 'common.saving' : saveState === 'failed' ? 'common.notSaved' : 'common.saved')}
        </span>
        <StartActivationButton />
        <LanguageSwitch />
        <ExportButton />
        <button type="button" disabled={busy} onClick={() => void saveCopy()}>
          {t('common.saveCopy')}
        </button>
        <EncryptedCopyButton />
        <button type="button" className="quiet" disabled={busy} onClick={() => void closePlan()}>
          {t('common.closePlan')}
        </button>
      </div>
      {plan.readOnly && (
        <p className="banner banner-warning" data-testid="read-only-banner">
          {t(plan.readOnly === 'encrypted' ? 'encryption.banner' : `common.readOnly.${plan.readOnly}`)}
        </p>
      )}
      {plan.isExample && <p className="banner banner-info">{t('common.example')}</p>}
    </header>
  );
}

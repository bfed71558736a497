import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../ipc/contract';
import { useStore } from '../store';
import { StartActivationButton } from '../activation/StartActivation';
import { ExportPanelHost } from '../export/ExportButton';
import { EncryptedCopyHost } from '../export/EncryptedCopyDialog';
import { LanguageSwitch } from './LanguageSwitch';
import { PlanFileMenu } from './PlanFileMenu';
import { PlanLocation } from './PlanLocation';

/**
 * One row: which plan and file, whether it is saved, the incident button, the language and the
 * file menu. Long names and paths give way (ellipsis, full text on hover), the actions never wrap.
 */
export function PlanHeader({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const saveState = useStore((s) => s.saveState);
  // The name as it is being typed in the organisation step, not as it was when the plan opened.
  const liveName = useStore((s) => s.singletons.organisation?.name);
  const name = (typeof liveName === 'string' ? liveName : plan.name) || plan.fileName;
  return (
    <header className="plan-header">
      <div className="plan-bar">
        <span className="brand">{t('common.appName')}</span>
        <div className="plan-identity">
          <h1 className="plan-name" title={name}>
            {name}
          </h1>
          <PlanLocation plan={plan} />
        </div>
        <div className="plan-actions">
          <span className={`save-state save-${saveState}`} role="status" aria-live="polite">
            {t(saveState === 'saving' ? 'common.saving' : saveState === 'failed' ? 'common.notSaved' : 'common.saved')}
          </span>
          <StartActivationButton />
          <LanguageSwitch compact />
          <PlanFileMenu />
        </div>
      </div>
      <ExportPanelHost />
      <EncryptedCopyHost />
      {plan.readOnly && (
        <p className="banner banner-warning" data-testid="read-only-banner">
          {t(plan.readOnly === 'encrypted' ? 'encryption.banner' : `common.readOnly.${plan.readOnly}`)}
        </p>
      )}
      {plan.isExample && <p className="banner banner-info">{t('common.example')}</p>}
    </header>
  );
}

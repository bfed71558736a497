import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../ipc/contract';

/**
 * Which file is open, on one line: the file name always shows, the folder gives way with an
 * ellipsis when the header is narrow. The whole path is in the tooltip and the window title.
 */
export function PlanLocation({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  return (
    <p className="plan-location" data-testid="plan-location" title={plan.path}>
      <span className="plan-file">{plan.fileName}</span>
      <span className="plan-folder">{t('common.inFolder', { folder: plan.folder })}</span>
    </p>
  );
}

import { Check, CircleDashed, CircleDot, Sigma } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { StepStatus } from '../../domain/completeness';

const ICONS = { empty: CircleDashed, partial: CircleDot, complete: Check, derived: Sigma } as const;

export function StatusMark({ status }: { status: StepStatus }) {
  const { t } = useTranslation();
  const Icon = ICONS[status];
  const label = t(`common.status.${status}`);
  return (
    <span className={`status-mark status-${status}`} title={label} role="img" aria-label={label}>
      <Icon size={16} aria-hidden="true" />
    </span>
  );
}

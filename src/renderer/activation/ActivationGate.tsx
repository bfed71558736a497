import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { ActionView } from './ActionView';
import { useActivationUi } from './activationUi';
import { useActiveActivation } from './useActivation';

/**
 * While an incident or exercise runs, the action view replaces the wizard. The coordinator may
 * step out to consult the plan; a bar then leads back to the checklist.
 */
export function ActivationGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const active = useActiveActivation();
  const consulting = useActivationUi((s) => s.consulting);
  const setConsulting = useActivationUi((s) => s.setConsulting);
  // A plan open read-only (a copy on a CD, a file in use elsewhere) cannot be ticked: it shows the wizard.
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  if (!active || readOnly) return <>{children}</>;
  if (!consulting) return <ActionView activation={active} />;
  const kind = t(`choices.activationKind.${String(active.kind || 'incident')}`).toLowerCase();
  return (
    <>
      <button type="button" className="activation-return" onClick={() => setConsulting(false)}>
        {t('activation.view.backToAction', { kind })}
      </button>
      {children}
    </>
  );
}

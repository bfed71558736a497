import { useMemo } from 'react';
import { localIsoDate } from '../../../domain/health';
import { STEPS } from '../../../domain/plan';
import { type ContinuityAnalysis, analyseContinuity } from '../../../domain/rules/continuity';
import type { StepId } from '../../../domain/steps';
import { useListSection } from '../../forms/useSection';

/**
 * The restart order and the warnings of services, inventory and backups, derived in the renderer
 * from what the store holds (the rules are pure); null while the lists load.
 */
export function useContinuity(): ContinuityAnalysis | null {
  const services = useListSection('services');
  const systems = useListSection('systems');
  const backups = useListSection('backups');
  return useMemo(
    () => (services && systems && backups ? analyseContinuity({ services, systems, backups, today: localIsoDate(new Date()) }) : null),
    [services, systems, backups],
  );
}

/** The wizard step that edits a section. */
export function stepOfSection(section: string): StepId | undefined {
  return STEPS.find((step) => step.sections.includes(section))?.id;
}

import { useMemo } from 'react';
import { STEPS } from '../../../domain/plan';
import { type ContinuityAnalysis, analyseContinuity } from '../../../domain/rules/continuity';
import type { StepId } from '../../../domain/steps';
import { useListSection } from '../../forms/useSection';

/** Today as YYYY-MM-DD in the coordinator's own time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The restart order and the warnings of services, inventory and backups, derived in the renderer
 * from what the store holds (the rules are pure); null while the lists load.
 */
export function useContinuity(): ContinuityAnalysis | null {
  const services = useListSection('services');
  const systems = useListSection('systems');
  const backups = useListSection('backups');
  return useMemo(
    () => (services && systems && backups ? analyseContinuity({ services, systems, backups, today: today() }) : null),
    [services, systems, backups],
  );
}

/** The wizard step that edits a section. */
export function stepOfSection(section: string): StepId | undefined {
  return STEPS.find((step) => step.sections.includes(section))?.id;
}

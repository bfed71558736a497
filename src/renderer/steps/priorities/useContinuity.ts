import { useDeferredValue, useMemo } from 'react';
import { localIsoDate } from '../../../domain/health';
import type { ContinuityAnalysis } from '../../../domain/rules/continuity';
import { useListSection } from '../../forms/useSection';
import { createContinuityAnalyser } from './continuityAnalyser';

// One for every step that shows the analysis, so moving between them reuses the restart order.
const analyseContinuity = createContinuityAnalyser();

/**
 * The restart order and the warnings of services, inventory and backups, derived in the renderer
 * from what the store holds (the rules are pure); null while the lists load.
 */
export function useContinuity(): ContinuityAnalysis | null {
  // Deferred: when a keystroke changes the restart order (a dependency, an override), the analysis
  // takes tens of milliseconds at 2,000 systems; the keystroke is shown first, the order after it.
  const services = useDeferredValue(useListSection('services'));
  const systems = useDeferredValue(useListSection('systems'));
  const backups = useDeferredValue(useListSection('backups'));
  const suppliers = useDeferredValue(useListSection('suppliers'));
  return useMemo(
    () =>
      services && systems && backups && suppliers
        ? analyseContinuity({ services, systems, backups, suppliers, today: localIsoDate(new Date()) })
        : null,
    [services, systems, backups, suppliers],
  );
}

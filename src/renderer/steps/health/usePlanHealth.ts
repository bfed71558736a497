import { useEffect, useState } from 'react';
import type { PlanHealthResult } from '../../../ipc/contract';
import { invoke } from '../../api';
import { useStore } from '../../store';

/**
 * The plan's health as main computes it over every section. It is asked again whenever the
 * progress marks change, which happens after every saved edit.
 */
export function usePlanHealth(): PlanHealthResult | null {
  const progress = useStore((s) => s.progress);
  const showProblem = useStore((s) => s.showProblem);
  const [health, setHealth] = useState<PlanHealthResult | null>(null);
  useEffect(() => {
    let current = true;
    invoke('plan.health').then(
      (result) => current && setHealth(result),
      (error: unknown) => current && showProblem(error),
    );
    return () => {
      current = false;
    };
  }, [progress, showProblem]);
  return health;
}

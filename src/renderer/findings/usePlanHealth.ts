import { useEffect } from 'react';
import { useStore } from '../store';
import type { PlanHealthResult } from '../store/findingsSlice';

/**
 * The plan's health as main computes it over every section, kept in the store. It is asked again
 * when the progress marks change, which happens after every saved edit; many lists on one screen
 * share one question.
 */
export function usePlanHealth(): PlanHealthResult | null {
  const progress = useStore((s) => s.progress);
  const refreshHealth = useStore((s) => s.refreshHealth);
  useEffect(() => {
    void refreshHealth();
  }, [progress, refreshHealth]);
  return useStore((s) => s.health);
}

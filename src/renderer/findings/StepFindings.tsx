import { useMemo } from 'react';
import type { StepId } from '../../domain/steps';
import { type FindingListProps, FindingList, FindingsHeading } from './FindingList';
import { usePlanHealth } from './usePlanHealth';

/**
 * The findings about one step's items, at the top of that step: exactly those the plan overview
 * lists for it, grouped by kind, each leading to its item and field.
 */
export function StepFindings({ step, ...listProps }: { step: StepId } & Omit<FindingListProps, 'findings'>) {
  const health = usePlanHealth();
  const findings = useMemo(() => health?.warnings.filter((finding) => finding.step === step) ?? [], [health, step]);
  if (findings.length === 0) return null;
  return (
    <section className="step-warnings" aria-labelledby={`findings-${step}`}>
      <FindingsHeading id={`findings-${step}`} count={findings.length} />
      <FindingList findings={findings} openGroups {...listProps} />
    </section>
  );
}

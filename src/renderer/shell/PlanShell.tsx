import type { PlanSummary } from '../../ipc/contract';
import { ActivationGate } from '../activation/ActivationGate';
import { PlanHeader } from './PlanHeader';
import { StepFooter } from './StepFooter';
import { StepNav } from './StepNav';
import { StepView } from './StepView';

export function PlanShell({ plan }: { plan: PlanSummary }) {
  return (
    <div className="shell">
      <PlanHeader plan={plan} />
      <ActivationGate>
        <div className="shell-body">
          <StepNav />
          <main className="step-main">
            <StepView />
            <StepFooter />
          </main>
        </div>
      </ActivationGate>
    </div>
  );
}

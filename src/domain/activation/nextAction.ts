import type { CallContact } from '../rules/callTree';
import type { CallState } from './calls';
import type { StepState } from './playbook';
import type { ReconstitutionItem } from './reconstitution';

export type NextAction =
  | { kind: 'call'; roleId: string; personId: string; contactKind: CallContact['kind'] }
  | { kind: 'step'; stepId: string }
  | { kind: 'reconstitution'; key: string }
  | { kind: 'close' };

/**
 * The one thing to do now: first the calls (whoever has not been tried yet), then the first
 * unticked playbook step in order, then reconstitution, and finally closing the activation.
 * A call answered with "called" (waiting for a call back) no longer blocks the playbook.
 */
export function nextAction(
  calls: readonly CallState[],
  steps: readonly StepState[],
  reconstitution: readonly ReconstitutionItem[],
): NextAction {
  const call = calls.find((candidate) => candidate.current !== null && candidate.current.outcome === null);
  if (call?.current)
    return { kind: 'call', roleId: call.roleId, personId: call.current.personId, contactKind: call.current.kind };
  const step = steps.find((candidate) => candidate.state === 'open');
  if (step) return { kind: 'step', stepId: step.stepId };
  const item = reconstitution.find((candidate) => candidate.state === 'open');
  if (item) return { kind: 'reconstitution', key: item.key };
  return { kind: 'close' };
}

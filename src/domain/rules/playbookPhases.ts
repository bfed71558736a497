import type { Finding, HealthRule } from '../healthTypes';
import { CYBER_THREATS, STEP_PHASES } from '../sections/scenarios';
import { itemWarning, itemWarnings } from './healthWarnings';
import { itemsOf, titleOf } from './snapshot';

/**
 * A playbook for an attack or a leak must stop the spread before it restores (NIST SP 800-61's
 * containment; the CCB's incident response plan): restoring over an attacker who still has access
 * only brings the incident back.
 */
const cyberPlaybookWithoutContainment: HealthRule = (plan) => {
  const steps = itemsOf(plan, 'scenarioSteps');
  return itemWarnings(
    plan,
    {
      code: 'cyber-playbook-without-containment',
      message: 'standards.warnings.cyberPlaybookWithoutContainment',
      severity: 'medium',
      step: 'scenarios',
      section: 'scenarios',
    },
    (scenario) =>
      typeof scenario.threat === 'string' &&
      CYBER_THREATS.has(scenario.threat) &&
      !steps.some((step) => step.scenario === scenario.id && step.phase === 'containment'),
  );
};

const phaseRank = (phase: unknown) => STEP_PHASES.indexOf(phase as (typeof STEP_PHASES)[number]);

/**
 * An activation works through a playbook's steps in list order, so a step listed after a step of
 * a later phase (a containment step added at the end, after recovery) would be done too late.
 * Steps without a phase are left alone.
 */
const stepsOutOfPhaseOrder: HealthRule = (plan) => {
  const latestRank = new Map<string, number>();
  return itemsOf(plan, 'scenarioSteps').flatMap((step): Finding[] => {
    const rank = phaseRank(step.phase);
    if (rank < 0 || typeof step.scenario !== 'string') return [];
    const before = latestRank.get(step.scenario) ?? -1;
    if (rank >= before) {
      latestRank.set(step.scenario, rank);
      return [];
    }
    return [
      itemWarning(
        {
          code: 'playbook-step-out-of-phase-order',
          message: 'standards.warnings.playbookStepOutOfPhaseOrder',
          severity: 'low',
          step: 'scenarios',
          section: 'scenarioSteps',
          field: 'phase',
          params: { title: titleOf('scenarioSteps', step) },
        },
        step,
      ),
    ];
  });
};

export const playbookPhaseRules: readonly HealthRule[] = [cyberPlaybookWithoutContainment, stepsOutOfPhaseOrder];

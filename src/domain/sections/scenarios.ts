import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';
import { THREATS } from './risks';

/**
 * A scenario playbook. Like NIST SP 800-34's reconstitution phase, a playbook does not end with
 * "restored": it ends with validating data and functionality, telling users, and standing down.
 */
export const scenariosSection = defineList(
  'scenarios',
  z.object({
    title: field.text({ required: true }),
    threat: field.choice('threat', THREATS, { required: true }),
    risks: field.refs('risks'),
    trigger: field.longText({ required: true }),
    firstHour: field.longText({ required: true }),
    services: field.refs('services'),
    systems: field.refs('systems'),
    suppliers: field.refs('suppliers'),
    location: field.ref('locations'),
    endCriteria: field.longText({ required: true }),
    validation: field.longText({ required: true }),
    deactivation: field.longText({ required: true }),
  }),
  { titleField: 'title' },
);

/**
 * The phases of a playbook in the order they are worked through. Containment (stop the spread) and
 * eradication (remove the cause) come from incident handling (NIST SP 800-61, the CCB's incident
 * response plan): a cyber incident restored before it is contained comes straight back.
 */
export const STEP_PHASES = [
  'first-hour',
  'containment',
  'eradication',
  'recovery',
  'validation',
  'deactivation',
] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

/** Threats where an attacker or a leak is at work: their playbooks must contain it before restoring. */
export const CYBER_THREATS: ReadonlySet<string> = new Set(['ransomware', 'phishing', 'data-breach', 'ddos']);

/**
 * The steps of all playbooks in one list, each pointing at its scenario; the list order is the
 * order of the steps within a playbook. A step names a role, not a person, so a deputy can take over.
 */
export const scenarioStepsSection = defineList(
  'scenarioSteps',
  z.object({
    scenario: field.ref('scenarios', { required: true }),
    phase: field.choice('stepPhase', STEP_PHASES),
    action: field.text({ required: true }),
    role: field.ref('roles', { required: true }),
    needs: field.longText(),
    targetMinutes: field.integer({ max: 100_000, unit: 'minutes' }),
  }),
  { titleField: 'action' },
);

export type Scenario = z.infer<typeof scenariosSection.schema>;
export type ScenarioStep = z.infer<typeof scenarioStepsSection.schema>;

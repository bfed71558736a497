import type { Scenario } from '../../domain/sections/scenarios';
import type { RenderContext } from '../renderers';
import { listOf, singletonOf, textOf } from '../planRecords';
import { type PhoneNumber, phonesOf } from './emergencyContacts';

export interface PlaybookStep {
  id: string;
  action: string;
  phase: string;
  role: string;
  needs: string;
  targetMinutes: number | null;
}

export interface Playbook {
  id: string;
  title: string;
  /** Label–text pairs before the steps (when it starts, the first hour) and after them (when it is over…). */
  before: { label: string; text: string }[];
  steps: PlaybookStep[];
  after: { label: string; text: string }[];
}

export interface FallbackLocation {
  id: string;
  name: string;
  address: string;
  access: string;
  equipment: string;
  travelNotes: string;
  contact: { name: string; phones: PhoneNumber[]; email: string } | null;
}

/** The texts the first hour starts with: when to act, who decides, what to do first, when to escalate. */
export interface FirstSteps {
  when: string;
  activatedBy: string;
  firstSteps: string;
  escalation: string;
}

export function firstSteps(context: RenderContext): FirstSteps {
  const organisation = singletonOf(context.plan, 'organisation');
  const alarm = singletonOf(context.plan, 'alarm');
  return {
    when: textOf(organisation.activationCriteria),
    activatedBy: textOf(organisation.activatedBy),
    firstSteps: textOf(alarm.reporting),
    escalation: textOf(alarm.escalationRule),
  };
}

/** Each scenario's playbook: its steps in list order, each step a line to tick off. */
export function playbooks(context: RenderContext): Playbook[] {
  const { plan, t } = context;
  const label = (name: string) => t(`fields.scenarios.${name}.label`);
  const steps = listOf(plan, 'scenarioSteps');
  const texts = (scenario: Partial<Scenario>, names: (keyof Scenario)[]) =>
    names.map((name) => ({ label: label(name), text: textOf(scenario[name]) })).filter((entry) => entry.text !== '');
  return listOf(plan, 'scenarios').map((scenario) => ({
    id: scenario.id,
    title: textOf(scenario.title),
    before: texts(scenario, ['trigger', 'firstHour']),
    steps: steps
      .filter((step) => step.scenario === scenario.id)
      .map((step) => ({
        id: step.id,
        action: textOf(step.action),
        phase: step.phase ? t(`choices.stepPhase.${step.phase}`) : '',
        role: typeof step.role === 'string' ? (context.resolve('roles', step.role) ?? '') : '',
        needs: textOf(step.needs),
        targetMinutes: typeof step.targetMinutes === 'number' ? step.targetMinutes : null,
      })),
    after: texts(scenario, ['endCriteria', 'validation', 'deactivation']),
  }));
}

export function fallbackLocations(context: RenderContext): FallbackLocation[] {
  const people = listOf(context.plan, 'people');
  return listOf(context.plan, 'locations').map((location) => {
    const person = people.find((candidate) => candidate.id === location.contact);
    return {
      id: location.id,
      name: textOf(location.name),
      address: textOf(location.address),
      access: textOf(location.access),
      equipment: textOf(location.equipment),
      travelNotes: textOf(location.travelNotes),
      contact: person
        ? {
            name: textOf(person.name),
            email: textOf(person.email),
            // A location's contact is reached at work: the private number is never printed here.
            phones: phonesOf(person, { ...context, includePrivate: false }),
          }
        : null,
    };
  });
}

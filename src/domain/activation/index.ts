/** Activation mode's rules in one view: everything the action view and the closing need from the log. */
import type { ItemOfAnyList, ListRecord, SingletonRecord } from '../records';
import type { IncidentLevel } from '../sections/alarm';
import { type CallState, callChecklist } from './calls';
import { type CheckState, checkList } from './checks';
import { type LogEvent, eventsOf, idsIn } from './events';
import { type NextAction, nextAction } from './nextAction';
import { type StepState, affectedServiceIds, playbookChecklist } from './playbook';
import { type ReconstitutionItem, mayClose, reconstitutionChecklist } from './reconstitution';
import { type NotificationClock, detectedAtOf, notificationClocks } from './notificationClocks';
import { type Escalation, type RtoClock, escalationFor, rtoClocks } from './rtoClocks';

/** The plan's lists activation mode reads besides the activation itself. */
export const ACTIVATION_LISTS = [
  'activationEvents',
  'callTree',
  'roles',
  'scenarios',
  'scenarioSteps',
  'services',
  'incidents',
  'notificationDuties',
  'playbookChecks',
] as const;

export type ActivationList = (typeof ACTIVATION_LISTS)[number];

export type PlanLists = { readonly [K in ActivationList]: readonly ListRecord<K>[] } & {
  alarm: SingletonRecord<'alarm'> | undefined;
};

/**
 * The inputs of activation mode, however the caller holds the plan: the open file (closing an
 * activation), a JSON plan (the activation log export) or the window's store (the action view),
 * where a list may not be loaded yet and the answer is then undefined. Each hands its items as it
 * holds them; they are read as their sections' records (any field possibly absent).
 */
export function planLists(
  listOf: (key: ActivationList) => readonly ItemOfAnyList[],
  alarm: SingletonRecord<'alarm'> | undefined,
): PlanLists;
export function planLists(
  listOf: (key: ActivationList) => readonly ItemOfAnyList[] | undefined,
  alarm: SingletonRecord<'alarm'> | undefined,
): PlanLists | undefined;
export function planLists(
  listOf: (key: ActivationList) => readonly ItemOfAnyList[] | undefined,
  alarm: SingletonRecord<'alarm'> | undefined,
): PlanLists | undefined {
  const lists: Partial<Record<ActivationList, readonly ItemOfAnyList[]>> = {};
  for (const key of ACTIVATION_LISTS) {
    const items = listOf(key);
    if (!items) return undefined;
    lists[key] = items;
  }
  return { ...(lists as { [K in ActivationList]: readonly ListRecord<K>[] }), alarm };
}

export interface ActivationView {
  events: LogEvent[];
  calls: CallState[];
  steps: StepState[];
  /** The playbooks' validation checks with their recorded results. */
  checks: CheckState[];
  serviceIds: string[];
  clocks: RtoClock[];
  /** The legal notification deadlines, counted from detection. */
  notifications: NotificationClock[];
  escalation: Escalation | null;
  reconstitution: ReconstitutionItem[];
  mayClose: boolean;
  next: NextAction;
}

/** `ticking`: the person ticking on this screen (personTicking), whose own call is never offered. */
export function activationView(
  activation: ListRecord<'activations'>,
  lists: PlanLists,
  now: string,
  ticking: string | null = null,
): ActivationView {
  const events = eventsOf(lists.activationEvents, activation.id);
  const level = (
    typeof activation.level === 'string' && activation.level !== '' ? activation.level : null
  ) as IncidentLevel | null;
  const startedAt = typeof activation.startedAt === 'string' ? activation.startedAt : '';
  const scenarioIds = idsIn(activation.scenarios);
  const calls = callChecklist({ callTree: lists.callTree, roles: lists.roles, level, events, ticking });
  const steps = playbookChecklist({ scenarioIds, steps: lists.scenarioSteps, startedAt, events });
  const checks = checkList({ scenarioIds, checks: lists.playbookChecks, events });
  const incident = lists.incidents.find((candidate) => candidate.id === activation.incident);
  const serviceIds = affectedServiceIds(lists.scenarios, scenarioIds, incident);
  const clocks = rtoClocks({ serviceIds, services: lists.services, startedAt, now, events });
  const reconstitution = reconstitutionChecklist(events);
  const notifications = notificationClocks({
    duties: lists.notificationDuties,
    detectedAt: detectedAtOf(activation),
    now,
    events,
  });
  return {
    events,
    calls,
    steps,
    checks,
    serviceIds,
    clocks,
    notifications,
    escalation: escalationFor(clocks, level ?? '', lists.alarm, lists.callTree),
    reconstitution,
    mayClose: mayClose(reconstitution),
    next: nextAction(calls, steps, reconstitution),
  };
}

/** The activation that is running, if any (the newest, should there be more than one). */
export function activeActivation<T extends ListRecord<'activations'>>(activations: readonly T[]): T | undefined {
  return [...activations].reverse().find((activation) => activation.status === 'active');
}

import { callOrder } from '../rules/callTree';
import type { IncidentLevel } from '../sections/alarm';
import { type LogEvent, type Rec, latest } from './events';

export type CallOutcome = 'called' | 'reached' | 'not-reached';

export interface ContactState {
  personId: string;
  kind: 'main' | 'deputy';
  outcome: CallOutcome | null;
  at: string | null;
}

export interface CallState {
  roleId: string;
  label: string;
  contacts: ContactState[];
  /** Who to call now: the first contact not marked "not reached" while nobody is reached. */
  current: ContactState | null;
  reached: boolean;
  /** Every contact was tried and none was reached. */
  exhausted: boolean;
}

const OUTCOMES: readonly string[] = ['called', 'reached', 'not-reached'];

/**
 * The call tree as a checklist for an activation of `level`: the roles to call in the call tree's
 * order, each with its main contact and deputy. When the main contact is not reached, the deputy
 * becomes the one to call at once. A role appears once, even when the tree names it twice.
 */
export function callChecklist(input: {
  callTree: readonly Rec[];
  roles: readonly Rec[];
  level: IncidentLevel | null;
  events: readonly LogEvent[];
}): CallState[] {
  const seen = new Set<string>();
  return callOrder(input.callTree, input.roles, { main: 'main', deputy: 'deputy' }, input.level)
    .filter((call) => (seen.has(call.roleId) ? false : (seen.add(call.roleId), true)))
    .map((call) => {
      const entry = input.callTree.find((candidate) => candidate.id === call.entryId);
      const contacts = call.contacts.map((contact): ContactState => {
        const event = latest(input.events, 'call', call.roleId, contact.personId);
        const outcome = event && OUTCOMES.includes(event.outcome) ? (event.outcome as CallOutcome) : null;
        return { ...contact, outcome, at: event?.at ?? null };
      });
      const reached = contacts.some((contact) => contact.outcome === 'reached');
      const current = reached ? null : (contacts.find((contact) => contact.outcome !== 'not-reached') ?? null);
      return {
        roleId: call.roleId,
        label: typeof entry?.label === 'string' ? entry.label : '',
        contacts,
        current,
        reached,
        exhausted: !reached && contacts.length > 0 && current === null,
      };
    });
}

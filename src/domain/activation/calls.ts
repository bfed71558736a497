import type { ListRecord } from '../records';
import { type CallContact, callOrder } from '../rules/callTree';
import type { IncidentLevel } from '../sections/alarm';
import { type LogEvent, latest } from './events';

export type CallOutcome = 'called' | 'reached' | 'not-reached';

export interface ContactState {
  personId: string;
  kind: CallContact['kind'];
  outcome: CallOutcome | null;
  at: string | null;
  /** The person ticking the checklist: present already, so never offered as a call. */
  ticking: boolean;
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
 * order, each with its main contact, deputy and successors. When the main contact is not reached,
 * the deputy becomes the one to call at once; when neither is, the third in line, then the fourth. A role appears once, even when the tree names it twice.
 */
export function callChecklist(input: {
  callTree: readonly ListRecord<'callTree'>[];
  roles: readonly ListRecord<'roles'>[];
  level: IncidentLevel | null;
  events: readonly LogEvent[];
  /** The person ticking (see personTicking): never called; their turn in a role covers it. */
  ticking?: string | null;
}): CallState[] {
  const seen = new Set<string>();
  return callOrder(input.callTree, input.roles, input.level, { withSuccessors: true })
    .filter((call) => (seen.has(call.roleId) ? false : (seen.add(call.roleId), true)))
    .map((call) => {
      const entry = input.callTree.find((candidate) => candidate.id === call.entryId);
      const contacts = call.contacts.map((contact): ContactState => {
        const event = latest(input.events, 'call', call.roleId, contact.personId);
        const outcome = event && OUTCOMES.includes(event.outcome) ? (event.outcome as CallOutcome) : null;
        const ticking = Boolean(input.ticking) && contact.personId === input.ticking;
        return { ...contact, outcome, at: event?.at ?? null, ticking };
      });
      // The person ticking is present: when the call would come to them, their role is covered.
      const next = contacts.find((contact) => contact.outcome !== 'not-reached') ?? null;
      const reached = contacts.some((contact) => contact.outcome === 'reached') || Boolean(next?.ticking);
      const current = reached ? null : next;
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

/**
 * The person in the plan who is ticking, from the name they gave when starting: their full name,
 * or a first name only one person in the plan has ("Eline" for Eline Vermeersch). Null otherwise.
 */
export function personTicking(people: readonly ListRecord<'people'>[], by: string): string | null {
  const given = by.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  if (!given) return null;
  const nameOf = (person: ListRecord<'people'>) =>
    (typeof person.name === 'string' ? person.name : '').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  const exact = people.filter((person) => nameOf(person) === given);
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) return null;
  const byFirstName = people.filter((person) => nameOf(person).startsWith(`${given} `));
  return byFirstName.length === 1 ? byFirstName[0]!.id : null;
}

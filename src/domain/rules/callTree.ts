import type { IncidentLevel } from '../sections/alarm';
import { INCIDENT_LEVELS } from '../sections/alarm';

import type { ListRecord } from '../records';
import { idsIn } from './snapshot';

export interface CallContact {
  personId: string;
  /** Main contact first, then the deputy for illness, holiday or departure, then the successors in line. */
  kind: 'main' | 'deputy' | 'successor';
}

export interface CallOptions {
  /** Whether the line of succession after the deputy is called too. */
  withSuccessors?: boolean;
}

export interface CallTreeCall {
  entryId: string | null;
  roleId: string;
  fromLevel: IncidentLevel | '';
  contacts: CallContact[];
}

/**
 * A role's main contact, then its deputy (each once); with `withSuccessors`, then its third and
 * fourth in line (activation calls them when main contact and deputy are not reached).
 */
export function contactsOfRole(
  role: ListRecord<'roles'> | undefined,
  { withSuccessors = false }: CallOptions = {},
): CallContact[] {
  if (!role) return [];
  const main = idsIn(role.main);
  const deputies = idsIn(role.deputy);
  const successors = withSuccessors ? [...idsIn(role.successor), ...idsIn(role.secondSuccessor)] : [];
  const seen = new Set<string>();
  const contacts: CallContact[] = [];
  for (const [kind, ids] of [
    ['main', main],
    ['deputy', deputies],
    ['successor', successors],
  ] as const) {
    for (const personId of ids) {
      if (seen.has(personId)) continue;
      seen.add(personId);
      contacts.push({ personId, kind });
    }
  }
  return contacts;
}

const levelRank = (level: IncidentLevel | ''): number => Math.max(0, INCIDENT_LEVELS.indexOf(level as IncidentLevel));

/**
 * Who is called, in order, for an incident of `level`: the call tree's entries in list order (an
 * entry with a higher `fromLevel` is skipped for smaller incidents), each role's main contact
 * before its deputy. Without a call tree, the roles themselves in their list order.
 */
export function callOrder(
  entries: readonly ListRecord<'callTree'>[],
  roles: readonly ListRecord<'roles'>[],
  level: IncidentLevel | null = null,
  options: CallOptions = {},
): CallTreeCall[] {
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const source = entries.length
    ? entries.map((entry) => ({
        entryId: entry.id as string | null,
        roleId: entry.role ?? '',
        fromLevel: entry.fromLevel ?? '',
      }))
    : roles.map((role) => ({ entryId: null, roleId: role.id, fromLevel: '' as const }));
  return source
    .filter((call) => call.roleId !== '')
    .filter((call) => level === null || call.fromLevel === '' || levelRank(call.fromLevel) <= levelRank(level))
    .map((call) => ({ ...call, contacts: contactsOfRole(roleById.get(call.roleId), options) }));
}

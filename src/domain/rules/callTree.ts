import type { IncidentLevel } from '../sections/alarm';
import { INCIDENT_LEVELS } from '../sections/alarm';

type Rec = Record<string, unknown> & { id: string };

export interface CallContact {
  personId: string;
  /** Main contact first, then the deputy for illness, holiday or departure. */
  kind: 'main' | 'deputy';
}

export interface CallTreeCall {
  entryId: string | null;
  roleId: string;
  fromLevel: IncidentLevel | '';
  contacts: CallContact[];
}

/**
 * Where a role keeps its main contact and deputy: the role's fields that point at people, in
 * declaration order (the first is the main contact, the next the deputy). Passed in so the rule
 * does not depend on how the people area names them.
 */
export interface RolePeopleFields {
  main: string | null;
  deputy: string | null;
}

function idsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}

export function contactsOfRole(role: Rec | undefined, fields: RolePeopleFields): CallContact[] {
  if (!role) return [];
  const main = fields.main ? idsOf(role[fields.main]) : [];
  const deputies = fields.deputy ? idsOf(role[fields.deputy]) : [];
  const seen = new Set<string>();
  const contacts: CallContact[] = [];
  for (const [kind, ids] of [
    ['main', main],
    ['deputy', deputies],
  ] as const) {
    for (const personId of ids) {
      if (seen.has(personId)) continue;
      seen.add(personId);
      contacts.push({ personId, kind });
    }
  }
  return contacts;
}

const levelRank = (level: unknown): number => {
  const index = INCIDENT_LEVELS.indexOf(level as IncidentLevel);
  return index < 0 ? 0 : index;
};

/**
 * Who is called, in order, for an incident of `level`: the call tree's entries in list order (an
 * entry with a higher `fromLevel` is skipped for smaller incidents), each role's main contact
 * before its deputy. Without a call tree, the roles themselves in their list order.
 */
export function callOrder(
  entries: readonly Rec[],
  roles: readonly Rec[],
  fields: RolePeopleFields,
  level: IncidentLevel | null = null,
): CallTreeCall[] {
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const source = entries.length
    ? entries.map((entry) => ({
        entryId: entry.id as string | null,
        roleId: String(entry.role ?? ''),
        fromLevel: (entry.fromLevel ?? '') as IncidentLevel | '',
      }))
    : roles.map((role) => ({ entryId: null, roleId: role.id, fromLevel: '' as const }));
  return source
    .filter((call) => call.roleId !== '')
    .filter((call) => level === null || call.fromLevel === '' || levelRank(call.fromLevel) <= levelRank(level))
    .map((call) => ({ ...call, contacts: contactsOfRole(roleById.get(call.roleId), fields) }));
}

import type { ListRecord } from '../records';
import type { Finding, HealthRule, PlanSnapshot } from '../healthTypes';
import type { Item } from '../section';
import { type Role, rolesSection } from '../sections/roles';
import { itemWarning } from './healthWarnings';
import { itemsOf, recordsOf, titleOf } from './snapshot';

const SUCCESSOR_FIELDS = ['successor', 'secondSuccessor'] as const;
type SuccessorField = (typeof SUCCESSOR_FIELDS)[number];

const roleTitle = (role: Item<Role>) => titleOf('roles', role);

const ROLE_DEFAULTS: Role = rolesSection.schema.parse({});
/** The roles with every field present: a role written before succession existed has none of its fields. */
const rolesOf = (plan: PlanSnapshot): Item<Role>[] =>
  recordsOf(plan, 'roles').map((role) => ({ ...ROLE_DEFAULTS, ...role }));

/**
 * Whoever may activate the plan must be findable when the main contact and the deputy are both
 * out (the same holiday, the same accident, the same car): a role holding the authority to activate
 * needs at least one successor beyond the deputy, else nobody may decide in the first hour.
 */
const activationRoleWithoutSuccessor: HealthRule = (plan) => {
  const people = new Set(itemsOf(plan, 'people').map((person) => person.id));
  return rolesOf(plan)
    .filter(
      (role) =>
        role.authority.includes('activate') &&
        !SUCCESSOR_FIELDS.some((name) => role[name] !== '' && people.has(role[name])),
    )
    .map((role) =>
      itemWarning(
        {
          code: 'activation-role-without-successor',
          message: 'peoplePlaces.warnings.activationRoleWithoutSuccessor',
          severity: 'medium',
          step: 'people',
          section: 'roles',
          field: 'successor',
        },
        role,
      ),
    );
};

/**
 * A successor must be someone the role can still turn to: a person removed from the plan is a
 * gap in the line (medium), a person already higher in the line makes it shorter than it reads (low).
 */
const successorsOutOfLine: HealthRule = (plan) => {
  const people = new Map(itemsOf(plan, 'people').map((person) => [person.id, person]));
  const findings: Finding[] = [];
  for (const role of rolesOf(plan)) {
    const above: string[] = [role.main, role.deputy].filter(Boolean);
    for (const name of SUCCESSOR_FIELDS) {
      const personId = role[name];
      if (!personId) continue;
      findings.push(...successorFinding(role, name, personId, above, people));
      above.push(personId);
    }
  }
  return findings;
};

function successorFinding(
  role: Item<Role>,
  name: SuccessorField,
  personId: string,
  above: readonly string[],
  people: ReadonlyMap<string, ListRecord<'people'>>,
): Finding[] {
  const person = people.get(personId);
  if (!person)
    return [
      itemWarning(
        {
          code: 'successor-removed',
          message: 'peoplePlaces.warnings.successorRemoved',
          severity: 'medium',
          step: 'people',
          section: 'roles',
          field: name,
        },
        role,
      ),
    ];
  if (!above.includes(personId)) return [];
  return [
    itemWarning(
      {
        code: 'successor-already-in-line',
        message: 'peoplePlaces.warnings.successorAlreadyInLine',
        severity: 'low',
        step: 'people',
        section: 'roles',
        field: name,
        params: { title: roleTitle(role), name: String(person.name ?? '').trim() },
      },
      role,
    ),
  ];
}

/** An authority to spend without a limit, written or as an amount, has no limit at all. */
const spendingWithoutLimit: HealthRule = (plan) =>
  rolesOf(plan)
    .filter((role) => role.authority.includes('spend') && role.spendLimit === null && !role.authorityLimits.trim())
    .map((role) =>
      itemWarning(
        {
          code: 'spending-without-limit',
          message: 'peoplePlaces.warnings.spendingWithoutLimit',
          severity: 'low',
          step: 'people',
          section: 'roles',
          field: 'spendLimit',
        },
        role,
      ),
    );

export const successionRules: readonly HealthRule[] = [
  activationRoleWithoutSuccessor,
  successorsOutOfLine,
  spendingWithoutLimit,
];

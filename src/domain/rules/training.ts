import type { Finding, HealthRule } from '../healthTypes';
import { sectionWarning } from './healthWarnings';
import { monthsBefore } from './overdue';
import { idsIn, itemsOf } from './snapshot';

/** A briefing older than this no longer counts: people forget, and the plan changes. */
export const BRIEFING_VALID_MONTHS = 12;

/**
 * Every role's main contact, deputy and successors (third and fourth in line) must have been
 * briefed on the plan in the last twelve months. A deputy or successor never briefed is the sharper
 * gap (medium): they act when those above them are away, and are easily forgotten. A person is flagged once, under their
 * first role, however many roles they hold. Nothing is asked while the plan records no training
 * at all: then one finding asks for the first one.
 */
const NEVER_BRIEFED_STAND_IN = {
  main: null,
  deputy: { code: 'deputy-never-briefed', message: 'standards.warnings.deputyNeverBriefed' },
  successor: { code: 'successor-never-briefed', message: 'standards.warnings.successorNeverBriefed' },
  secondSuccessor: { code: 'successor-never-briefed', message: 'standards.warnings.successorNeverBriefed' },
} as const;

const roleHoldersNotBriefed: HealthRule = (plan, { today }) => {
  const trainings = itemsOf(plan, 'trainings');
  const roles = itemsOf(plan, 'roles');
  const people = new Map(itemsOf(plan, 'people').map((person) => [person.id, person]));
  const holders = roles.flatMap((role) =>
    (['main', 'deputy', 'successor', 'secondSuccessor'] as const).flatMap((place) =>
      typeof role[place] === 'string' && people.has(role[place] as string)
        ? [{ role, place, personId: role[place] as string }]
        : [],
    ),
  );
  if (holders.length === 0) return [];
  if (trainings.length === 0)
    return [
      sectionWarning(
        { code: 'no-training', message: 'standards.warnings.noTraining', severity: 'medium', step: 'tests' },
        { section: 'trainings' },
      ),
    ];
  const since = monthsBefore(today, BRIEFING_VALID_MONTHS);
  const lastBriefed = (personId: string) =>
    trainings
      .filter((training) => idsIn(training.people).includes(personId) && typeof training.heldOn === 'string')
      .map((training) => training.heldOn as string)
      .filter((date) => date <= today)
      .sort()
      .at(-1) ?? '';
  const flagged = new Set<string>();
  const findings: Finding[] = [];
  for (const { role, place, personId } of holders) {
    if (flagged.has(personId)) continue;
    const last = lastBriefed(personId);
    if (last >= since) continue;
    flagged.add(personId);
    const params = {
      name: String(people.get(personId)?.name ?? '').trim() || personId,
      role: String(role.name ?? '').trim() || role.id,
      ...(last ? { date: last } : {}),
    };
    const neverBriefed = last ? null : NEVER_BRIEFED_STAND_IN[place];
    findings.push(
      neverBriefed
        ? sectionWarning(
            {
              ...neverBriefed,
              severity: 'medium',
              step: 'tests',
            },
            { section: 'trainings' },
            params,
          )
        : sectionWarning(
            {
              code: 'role-holder-not-briefed',
              message: last
                ? 'standards.warnings.roleHolderBriefedLongAgo'
                : 'standards.warnings.roleHolderNeverBriefed',
              severity: 'low',
              step: 'tests',
            },
            { section: 'trainings' },
            params,
          ),
    );
  }
  return findings;
};

export const trainingRules: readonly HealthRule[] = [roleHoldersNotBriefed];

/**
 * What the crash harness expects a plan to hold: the acknowledged edits replayed on the state read
 * after the previous kill, and how far the file may differ (by the one edit that was under way).
 */
import type { PlanDocument } from '../../src/storage/planDocument';

export const CRASH_ORGANISATION_FIELDS = ['sector', 'address', 'purpose', 'scope', 'planOwner'] as const;
export const CRASH_PEOPLE_FIELDS = ['name', 'function', 'department'] as const;

export type CrashEdit =
  | { op: 'section.update'; patch: Record<string, string> }
  | { op: 'items.add'; data: Record<string, string>; id?: string }
  | { op: 'items.update'; id: string; patch: Record<string, string> }
  | { op: 'items.move'; id: string; toIndex: number }
  | { op: 'items.remove'; id: string };

export interface CrashState {
  organisation: Record<string, unknown>;
  people: { id: string; [field: string]: unknown }[];
}

export function readState(plan: PlanDocument): CrashState {
  const organisation = plan.singleton('organisation').get();
  return {
    organisation: Object.fromEntries(CRASH_ORGANISATION_FIELDS.map((f) => [f, organisation[f] ?? ''])),
    people: plan
      .list('people')
      .list()
      .map((item) => ({ id: item.id, ...Object.fromEntries(CRASH_PEOPLE_FIELDS.map((f) => [f, item[f] ?? ''])) })),
  };
}

/** The state after an edit, with the same rules as the repositories (a move is clamped to the list). */
export function applyEdit(
  state: CrashState,
  edit: CrashEdit,
  addedId = edit.op === 'items.add' ? edit.id : undefined,
): CrashState {
  const people = state.people.map((p) => ({ ...p }));
  switch (edit.op) {
    case 'section.update':
      return { organisation: { ...state.organisation, ...edit.patch }, people };
    case 'items.add': {
      const blank = Object.fromEntries(CRASH_PEOPLE_FIELDS.map((f) => [f, '']));
      return { organisation: state.organisation, people: [...people, { ...blank, ...edit.data, id: addedId ?? '?' }] };
    }
    case 'items.update':
      return {
        organisation: state.organisation,
        people: people.map((p) => (p.id === edit.id ? { ...p, ...edit.patch } : p)),
      };
    case 'items.remove':
      return { organisation: state.organisation, people: people.filter((p) => p.id !== edit.id) };
    case 'items.move': {
      const from = people.findIndex((p) => p.id === edit.id);
      const [moved] = people.splice(from, 1);
      people.splice(Math.max(0, Math.min(edit.toIndex, people.length)), 0, moved!);
      return { organisation: state.organisation, people };
    }
  }
}

/** How many acknowledged values or items the file lacks (or has wrong): 0 when it matches. */
export function differences(expected: CrashState, actual: CrashState): number {
  let count = 0;
  for (const [field, value] of Object.entries(expected.organisation)) if (actual.organisation[field] !== value) count++;
  const actualById = new Map(actual.people.map((p) => [p.id, p]));
  for (const person of expected.people) {
    const found = actualById.get(person.id);
    if (!found) count++;
    else for (const field of CRASH_PEOPLE_FIELDS) if (found[field] !== person[field]) count++;
  }
  for (const person of actual.people) if (!expected.people.some((p) => p.id === person.id)) count++;
  if (count === 0 && expected.people.map((p) => p.id).join() !== actual.people.map((p) => p.id).join()) count++;
  return count;
}

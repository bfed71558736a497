import type { PlanJson } from '../../src/domain/planJson';

/** A plan as JSON with just the sections a test needs; lists are arrays of items with ids. */
export function planJson(sections: PlanJson['sections'], language: 'nl' | 'en' = 'nl'): PlanJson {
  return {
    format: 'paraat-plan',
    formatVersion: 1,
    language,
    sections: { organisation: { name: 'Gemeente Testdorp', kind: 'municipality-flanders' }, ...sections },
  };
}

/** A call tree of one role whose main contact and deputy are the given people. */
export function callTreeOf(main: Record<string, unknown>, deputy?: Record<string, unknown>): PlanJson['sections'] {
  const people = [
    { id: 'person-main', ...main },
    ...(deputy ? [{ id: 'person-deputy', ...deputy }] : []),
  ] as PlanJson['sections'][string];
  return {
    people,
    roles: [
      {
        id: 'role-lead',
        name: 'Incidentbeheerder',
        main: 'person-main',
        ...(deputy ? { deputy: 'person-deputy' } : {}),
      },
    ],
    callTree: [{ id: 'call-1', label: 'Eerste oproep', role: 'role-lead' }],
  };
}

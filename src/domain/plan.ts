import { organisationSection } from './sections/organisation';
import type { SectionDef } from './section';
import type { StepDef, StepId } from './steps';
import { STEP_IDS } from './steps';

/** Every section of a plan. Storage, forms, checks and exports iterate this list. */
export const SECTIONS: readonly SectionDef[] = [organisationSection];

const STEP_SECTIONS: Partial<Record<StepId, readonly string[]>> = {
  organisation: ['organisation'],
};

const DERIVED_STEPS: ReadonlySet<StepId> = new Set(['priorities', 'health']);

export const STEPS: readonly StepDef[] = STEP_IDS.map((id) => ({
  id,
  sections: STEP_SECTIONS[id] ?? [],
  derived: DERIVED_STEPS.has(id),
}));

export const SECTION_KEYS = SECTIONS.map((section) => section.key);

export function findSection(key: string): SectionDef | undefined {
  return SECTIONS.find((section) => section.key === key);
}

import { activationArea } from './areas/activation';
import type { PlanArea } from './areas/area';
import { foundationArea } from './areas/foundation';
import { peoplePlacesArea } from './areas/peoplePlaces';
import { risksIncidentsArea } from './areas/risksIncidents';
import { servicesInventoryArea } from './areas/servicesInventory';
import { standardsArea } from './areas/standards';
import type { SectionDef } from './section';
import type { StepDef, StepId } from './steps';
import { STEP_IDS } from './steps';

const AREAS: readonly PlanArea[] = [
  foundationArea,
  peoplePlacesArea,
  servicesInventoryArea,
  risksIncidentsArea,
  standardsArea,
  activationArea,
];

/** Every section of a plan. Storage, forms, checks and exports iterate this list. */
export const SECTIONS: readonly SectionDef[] = AREAS.flatMap((area) => area.sections);

const DERIVED_STEPS: ReadonlySet<StepId> = new Set(['priorities', 'health', 'versions']);

export const STEPS: readonly StepDef[] = STEP_IDS.map((id) => ({
  id,
  sections: AREAS.flatMap((area) => area.stepSections[id] ?? []),
  derived: DERIVED_STEPS.has(id),
}));

export const SECTION_KEYS = SECTIONS.map((section) => section.key);

export function findSection(key: string): SectionDef | undefined {
  return SECTIONS.find((section) => section.key === key);
}

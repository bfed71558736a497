import type { SectionDef } from '../section';
import type { StepId } from '../steps';

/**
 * A group of plan sections that land together (people and places; services and inventory; risks
 * and incidents). Each area lists its sections and which wizard step shows them.
 */
export interface PlanArea {
  sections: readonly SectionDef[];
  stepSections: Partial<Record<StepId, readonly string[]>>;
}

import { STEPS, findSection } from './plan';
import type { StepId } from './steps';

/**
 * How the plan's lists point at each other, seen from the coordinator walking the steps in order.
 *
 * A picker whose list is filled in a later step (a service's systems, a system's supplier, a
 * playbook's fallback location) would be empty on the first pass. Such a picker adds an item by
 * its name on the spot; the item's other fields are filled in when its own step comes, which is
 * the next step in the walk, not a second visit.
 */

/** Lists whose items a picker may add by name alone: what else they need is asked in their own step. */
const CREATED_IN_PICKERS: ReadonlySet<string> = new Set([
  'people',
  'departments',
  'services',
  'systems',
  'suppliers',
  'locations',
]);

export function pickerCreates(targetSection: string): boolean {
  return CREATED_IN_PICKERS.has(targetSection);
}

/** A list field of one section that names items of another (the systems of a service). */
export interface LinkField {
  section: string;
  field: string;
}

/**
 * Links that are edited from both sides: a system's form lists and edits the services that use it,
 * a service's form the departments that rely on it, a supplier's form the systems it supports. The
 * link is stored once, on the named field: a list of references (a service's systems), or a single
 * one (a system's supplier), which ticking on the other side sets and unticking clears.
 */
const EDITED_FROM_BOTH_SIDES: Readonly<Record<string, readonly LinkField[]>> = {
  systems: [{ section: 'services', field: 'systems' }],
  services: [{ section: 'departments', field: 'services' }],
  suppliers: [{ section: 'systems', field: 'vendor' }],
};

export function linksToSection(targetSection: string): readonly LinkField[] {
  return EDITED_FROM_BOTH_SIDES[targetSection] ?? [];
}

/** The first wizard step that shows a section, or undefined for a section no step edits. */
export function stepOfSection(section: string): StepId | undefined {
  return STEPS.find((step) => step.sections.includes(section))?.id;
}

/** A picker whose list is filled in after the step that shows the picker. */
export interface ForwardPicker extends LinkField {
  step: StepId;
  target: string;
  targetStep: StepId;
}

/** Every reference field whose list comes later in the walk than the field's own step. */
export function forwardPickers(): ForwardPicker[] {
  const order = STEPS.map((step) => step.id);
  const found: ForwardPicker[] = [];
  for (const step of STEPS) {
    for (const sectionKey of step.sections) {
      for (const field of findSection(sectionKey)?.fields ?? []) {
        if ((field.widget !== 'ref' && field.widget !== 'refs') || !field.ref) continue;
        const targetStep = stepOfSection(field.ref);
        if (targetStep && order.indexOf(targetStep) > order.indexOf(step.id))
          found.push({ step: step.id, section: sectionKey, field: field.name, target: field.ref, targetStep });
      }
    }
  }
  return found;
}

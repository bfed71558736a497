import { activationEventsSection, activationsSection } from '../sections/activation';
import type { PlanArea } from './area';

/** Activation mode: the plan run as a checklist. No wizard step edits these; the action view does. */
export const activationArea: PlanArea = {
  sections: [activationsSection, activationEventsSection],
  stepSections: {},
};

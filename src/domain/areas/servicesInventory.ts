import type { PlanArea } from './area';

export const servicesInventoryArea: PlanArea = {
  sections: [],
  stepSections: {},
};

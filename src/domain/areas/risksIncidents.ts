import type { PlanArea } from './area';

export const risksIncidentsArea: PlanArea = {
  sections: [],
  stepSections: {},
};

import type { PlanArea } from './area';

export const peoplePlacesArea: PlanArea = {
  sections: [],
  stepSections: {},
};

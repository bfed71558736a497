import { organisationSection } from '../sections/organisation';
import type { PlanArea } from './area';

export const foundationArea: PlanArea = {
  sections: [organisationSection],
  stepSections: { organisation: ['organisation'] },
};

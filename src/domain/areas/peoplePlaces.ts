import { departmentsSection } from '../sections/departments';
import { distributionSection } from '../sections/distribution';
import { locationsSection } from '../sections/locations';
import { peopleSection } from '../sections/people';
import { rolesSection } from '../sections/roles';
import { suppliersSection } from '../sections/suppliers';
import type { PlanArea } from './area';

export const peoplePlacesArea: PlanArea = {
  sections: [peopleSection, rolesSection, departmentsSection, suppliersSection, locationsSection, distributionSection],
  stepSections: {
    people: ['people', 'roles', 'departments'],
    suppliers: ['suppliers'],
    locations: ['locations'],
    distribution: ['distribution'],
  },
};

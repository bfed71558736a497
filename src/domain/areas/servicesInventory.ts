import { backupsSection } from '../sections/backups';
import { servicesSection } from '../sections/services';
import { systemsSection } from '../sections/systems';
import type { PlanArea } from './area';

export const servicesInventoryArea: PlanArea = {
  sections: [servicesSection, systemsSection, backupsSection],
  stepSections: { services: ['services'], inventory: ['systems'], backups: ['backups'] },
};

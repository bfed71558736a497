import { documentsSection } from '../sections/documents';
import { exerciseChecksSection } from '../sections/exerciseChecks';
import { notificationDutiesSection } from '../sections/notificationDuties';
import { playbookChecksSection } from '../sections/playbookChecks';
import { trainingsSection } from '../sections/trainings';
import type { PlanArea } from './area';

/**
 * What the public templates and standards ask a plan to hold beyond the brief's core (NIST SP
 * 800-34, ISO 22301 §8.4, the Flemish BCP template, the CCB incident response plan, BIO2): the
 * duties to notify authorities, shown beside the communication per audience, and training and
 * awareness, beside the exercises; the validation checks of each playbook, beside its steps, and their results in exercises entered by hand, beside the exercises; the related documents and where their
 * copies are, beside the distribution of the plan.
 */
export const standardsArea: PlanArea = {
  sections: [
    notificationDutiesSection,
    trainingsSection,
    playbookChecksSection,
    exerciseChecksSection,
    documentsSection,
  ],
  stepSections: {
    communication: ['notificationDuties'],
    tests: ['exerciseChecks', 'trainings'],
    scenarios: ['playbookChecks'],
    distribution: ['documents'],
  },
};

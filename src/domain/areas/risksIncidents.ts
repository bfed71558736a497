import { alarmSection, callTreeSection } from '../sections/alarm';
import { communicationSection } from '../sections/communication';
import { exercisesSection } from '../sections/exercises';
import { incidentsSection } from '../sections/incidents';
import { reviewsSection } from '../sections/reviews';
import { risksSection } from '../sections/risks';
import { scenarioStepsSection, scenariosSection } from '../sections/scenarios';
import type { PlanArea } from './area';

export const risksIncidentsArea: PlanArea = {
  sections: [
    risksSection,
    scenariosSection,
    scenarioStepsSection,
    alarmSection,
    callTreeSection,
    communicationSection,
    exercisesSection,
    incidentsSection,
    reviewsSection,
  ],
  stepSections: {
    risks: ['risks'],
    scenarios: ['scenarios', 'scenarioSteps'],
    alarm: ['alarm', 'callTree'],
    communication: ['communication'],
    tests: ['exercises'],
    incidents: ['incidents', 'reviews'],
  },
};

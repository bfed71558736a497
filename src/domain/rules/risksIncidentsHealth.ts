import type { ListRecord } from '../records';
import type { HealthRule, Finding } from '../healthTypes';
import { isSevere, rateRisk } from './heatMap';
import {
  isExerciseOverdue,
  isFollowUpOverdue,
  isPlanReviewOverdue,
  lastExerciseDone,
  noExerciseWithinYear,
} from './overdue';
import { itemWarning, itemWarnings, sectionWarning } from './healthWarnings';
import { idsIn, isFilled, itemsOf, recordsOf, singletonOf, titleOf } from './snapshot';

const message = (rule: string) => `risksIncidents.warnings.${rule}`;

const risksWithoutMeasures: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'risk-without-measures',
      message: message('riskWithoutMeasures'),
      severity: 'medium',
      step: 'risks',
      section: 'risks',
      field: 'measures',
    },
    (risk) => !isFilled(risk.measures),
  );

const risksNotRated: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'risk-not-rated',
      message: message('riskNotRated'),
      severity: 'low',
      step: 'risks',
      section: 'risks',
      field: 'likelihood',
    },
    (risk) => rateRisk(risk) === null,
  );

const measuresWithoutOwner: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'measure-without-owner',
      message: message('measureWithoutOwner'),
      severity: 'low',
      step: 'risks',
      section: 'risks',
      field: 'measureOwner',
    },
    (risk) => isFilled(risk.measures) && risk.measureStatus !== 'done' && !isFilled(risk.measureOwner),
  );

/** A high or critical risk needs a playbook: one that names the risk, or covers the same threat. */
const severeRisksWithoutPlaybook: HealthRule = (plan) => {
  const scenarios = itemsOf(plan, 'scenarios');
  return itemsOf(plan, 'risks').flatMap((risk): Finding[] => {
    const rated = rateRisk(risk);
    if (!rated || !isSevere(rated.band)) return [];
    const covered = scenarios.some(
      (s) => idsIn(s.risks).includes(risk.id) || (isFilled(risk.threat) && s.threat === risk.threat),
    );
    if (covered) return [];
    const params = { title: titleOf('risks', risk), score: rated.score };
    return [
      itemWarning(
        {
          code: 'severe-risk-without-playbook',
          message: message('severeRiskWithoutPlaybook'),
          severity: 'high',
          step: 'scenarios',
          section: 'risks',
          params,
        },
        risk,
      ),
    ];
  });
};

const scenariosWithoutSteps: HealthRule = (plan) => {
  const steps = itemsOf(plan, 'scenarioSteps');
  return itemWarnings(
    plan,
    {
      code: 'scenario-without-steps',
      message: message('scenarioWithoutSteps'),
      severity: 'high',
      step: 'scenarios',
      section: 'scenarios',
    },
    (scenario) => !steps.some((step) => step.scenario === scenario.id && isFilled(step.action)),
  );
};

/** A playbook ends with checking that data and functionality are back, and with standing down. */
const scenariosWithoutReconstitution: HealthRule = (plan) => {
  const steps = itemsOf(plan, 'scenarioSteps');
  return itemsOf(plan, 'scenarios').flatMap((scenario): Finding[] => {
    const own = steps.filter((step) => step.scenario === scenario.id);
    const missing = (['validation', 'deactivation'] as const).filter(
      (phase) => !isFilled(scenario[phase]) && !own.some((step) => step.phase === phase),
    );
    return missing.map((phase) =>
      itemWarning(
        {
          code: `scenario-without-${phase}`,
          message: message(phase === 'validation' ? 'scenarioWithoutValidation' : 'scenarioWithoutDeactivation'),
          severity: 'medium',
          step: 'scenarios',
          section: 'scenarios',
          field: phase,
        },
        scenario,
      ),
    );
  });
};

const playbookStepsWithoutRole: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'playbook-step-without-role',
      message: message('playbookStepWithoutRole'),
      severity: 'low',
      step: 'scenarios',
      section: 'scenarioSteps',
      field: 'role',
    },
    (step) => isFilled(step.action) && !isFilled(step.role),
  );

/** When e-mail and phones are down, the usual channels are exactly the ones that fail. */
const communicationWithoutFallback: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'communication-without-fallback',
      message: message('communicationWithoutFallback'),
      severity: 'medium',
      step: 'communication',
      section: 'communication',
      field: 'fallbackChannels',
      params: (entry) => ({ audience: String(entry.audience) }),
    },
    (entry) => isFilled(entry.audience) && !isFilled(entry.fallbackChannels),
  );

const noStaffCommunication: HealthRule = (plan) =>
  itemsOf(plan, 'communication').some((entry) => entry.audience === 'staff')
    ? []
    : [
        sectionWarning(
          {
            code: 'no-staff-communication',
            message: message('noStaffCommunication'),
            severity: 'medium',
            step: 'communication',
          },
          { section: 'communication' },
        ),
      ];

const overdueExercises: HealthRule = (plan, { today }) =>
  itemWarnings(
    plan,
    {
      code: 'exercise-overdue',
      message: message('exerciseOverdue'),
      severity: 'medium',
      step: 'tests',
      section: 'exercises',
      field: 'doneOn',
      params: (exercise) => ({ title: titleOf('exercises', exercise), date: String(exercise.plannedOn) }),
    },
    (exercise) => isExerciseOverdue(exercise, today),
  );

const noRecentExercise: HealthRule = (plan, { today }) => {
  const exercises = itemsOf(plan, 'exercises');
  if (!noExerciseWithinYear(exercises, today)) return [];
  const last = lastExerciseDone(exercises, today);
  return [
    sectionWarning(
      {
        code: 'no-exercise-within-year',
        message: message(last ? 'noExerciseWithinYear' : 'neverExercised'),
        severity: 'high',
        step: 'tests',
      },
      { section: 'exercises' },
      { date: last ?? '' },
    ),
  ];
};

const overdueFollowUps: HealthRule = (plan, { today }) => {
  const incidents = itemsOf(plan, 'incidents');
  return [
    ...itemWarnings(
      plan,
      {
        code: 'follow-up-overdue',
        message: message('followUpOverdue'),
        severity: 'medium',
        step: 'tests',
        section: 'exercises',
        field: 'followUpDue',
        params: (exercise) => ({ title: titleOf('exercises', exercise), date: String(exercise.followUpDue) }),
      },
      (exercise) =>
        isFilled(exercise.followUp) && isFollowUpOverdue(exercise.followUpDue, exercise.followUpDone, today),
    ),
    ...itemWarnings(
      plan,
      {
        code: 'improvements-overdue',
        message: message('improvementsOverdue'),
        severity: 'medium',
        step: 'incidents',
        section: 'reviews',
        field: 'improvementsDue',
        params: (review) => ({
          title: incidentTitle(incidents, review.incident),
          date: String(review.improvementsDue),
        }),
      },
      (review) => isFilled(review.improvements) && isFollowUpOverdue(review.improvementsDue, review.planUpdated, today),
    ),
  ];
};

const planReviewOverdue: HealthRule = (plan, { today }) => {
  const organisation = singletonOf(plan, 'organisation');
  if (!isPlanReviewOverdue(organisation, today)) return [];
  return [
    sectionWarning(
      { code: 'plan-review-overdue', message: message('planReviewOverdue'), severity: 'high', step: 'organisation' },
      { section: 'organisation', field: 'nextReviewDate' },
      {
        date: String(organisation?.nextReviewDate),
      },
    ),
  ];
};

/** Titles by incident id, indexed once (an incident log runs into thousands of entries). */
const titleIndexes = new WeakMap<readonly ListRecord<'incidents'>[], Map<unknown, ListRecord<'incidents'>>>();

function incidentTitle(incidents: readonly ListRecord<'incidents'>[], id: unknown): string {
  let index = titleIndexes.get(incidents);
  if (!index) {
    index = new Map();
    // The first incident with an id wins, as a search from the top would find it.
    for (const i of incidents) if (!index.has(i.id)) index.set(i.id, i);
    titleIndexes.set(incidents, index);
  }
  const incident = index.get(id);
  if (!incident) return String(id ?? '');
  return [incident.number, incident.title].filter(isFilled).join(' ');
}

/** Every closed incident gets a review; its lessons are how the plan improves. */
const incidentsWithoutReview: HealthRule = (plan) => {
  const reviewed = new Set(itemsOf(plan, 'reviews').map((review) => review.incident));
  const incidents = itemsOf(plan, 'incidents');
  return itemWarnings(
    plan,
    {
      code: 'incident-without-review',
      message: message('incidentWithoutReview'),
      severity: 'medium',
      step: 'incidents',
      section: 'incidents',
      params: (incident) => ({ title: incidentTitle(incidents, incident.id) }),
    },
    (incident) => (incident.status === 'closed' || isFilled(incident.resolvedOn)) && !reviewed.has(incident.id),
  );
};

/**
 * An open incident that has already lasted as long as the RTO of a service it affects must be
 * escalated (the alarm plan's rule).
 */
const openIncidentsPastRto: HealthRule = (plan) => {
  const services = itemsOf(plan, 'services');
  const incidents = itemsOf(plan, 'incidents');
  return incidents.flatMap((incident): Finding[] => {
    const hours = incident.durationHours;
    if (incident.status === 'closed' || typeof hours !== 'number') return [];
    const affected = new Set(idsIn(incident.affectedServices));
    const exceeded = services.filter((service) => {
      const rto = service.rtoHours;
      return affected.has(service.id) && typeof rto === 'number' && hours >= rto;
    });
    if (exceeded.length === 0) return [];
    const params = {
      title: incidentTitle(incidents, incident.id),
      services: exceeded.map((service) => titleOf('services', service)).join(', '),
    };
    return [
      itemWarning(
        {
          code: 'open-incident-past-rto',
          message: message('openIncidentPastRto'),
          severity: 'high',
          step: 'incidents',
          section: 'incidents',
          field: 'level',
          params,
        },
        incident,
      ),
    ];
  });
};

/** Lessons of a review belong in the plan: until it is updated, they need a due date to be followed up. */
const reviewLessonsNotInPlan: HealthRule = (plan) => {
  const incidents = itemsOf(plan, 'incidents');
  return itemWarnings(
    plan,
    {
      code: 'review-lessons-not-in-plan',
      message: message('reviewLessonsNotInPlan'),
      severity: 'low',
      step: 'incidents',
      section: 'reviews',
      field: 'improvementsDue',
      params: (review) => ({ title: incidentTitle(incidents, review.incident) }),
    },
    (review) => isFilled(review.improvements) && review.planUpdated !== true && !isFilled(review.improvementsDue),
  );
};

/**
 * Where personal data is involved, the data protection authority must be told in time: an incident
 * touching personal data needs a plan for that audience (and a general plan should have one too).
 * A notification duty to a data-protection authority is that plan: it says when and how.
 */
const noDpaCommunication: HealthRule = (plan) => {
  if (
    recordsOf(plan, 'communication').some((entry) => entry.audience === 'dpa') ||
    recordsOf(plan, 'notificationDuties').some((duty) => duty.kind === 'data-protection')
  )
    return [];
  const incidents = itemsOf(plan, 'incidents');
  const involved = incidents.filter((incident) => incident.personalData === true);
  if (involved.length === 0) {
    return [
      sectionWarning(
        {
          code: 'no-dpa-communication',
          message: message('noDpaCommunication'),
          severity: 'low',
          step: 'communication',
        },
        { section: 'communication' },
      ),
    ];
  }
  return involved.map((incident) =>
    itemWarning(
      {
        code: 'personal-data-without-dpa',
        message: message('personalDataWithoutDpa'),
        severity: 'high',
        step: 'communication',
        section: 'incidents',
        params: { title: incidentTitle(incidents, incident.id) },
      },
      incident,
    ),
  );
};

export const risksIncidentsRules: readonly HealthRule[] = [
  risksNotRated,
  risksWithoutMeasures,
  measuresWithoutOwner,
  severeRisksWithoutPlaybook,
  scenariosWithoutSteps,
  scenariosWithoutReconstitution,
  playbookStepsWithoutRole,
  noStaffCommunication,
  communicationWithoutFallback,
  overdueExercises,
  noRecentExercise,
  overdueFollowUps,
  planReviewOverdue,
  incidentsWithoutReview,
  openIncidentsPastRto,
  reviewLessonsNotInPlan,
  noDpaCommunication,
];

import { activationView, planLists } from '../domain/activation/index';
import { idsIn } from '../domain/activation/events';
import { reviewFacts } from '../domain/activation/review';
import { type Translate, clockTime, localDate, reviewTexts } from '../domain/activation/reviewText';
import { PlanError } from '../domain/errors';
import { wordingRegion } from '../domain/organisationKinds';
import { exportTranslator } from '../export/translator';
import type { PlanDocument } from '../storage/planDocument';
import type { PayloadOf, ResultOf } from './contract';
import { planIdentity } from './planNaming';
import type { PlanAccess } from './versionHandlers';

/** The plan a role belongs to, as the review names the activated plans. */
const PLAN_OF_ROLE: Record<string, string> = { incident: 'irp', continuity: 'bcp', crisis: 'cmp', recovery: 'drp' };

function translatorFor(document: PlanDocument): Translate {
  const { kind, country } = document.record('organisation');
  const t = exportTranslator(planIdentity(document).language, wordingRegion(kind, country));
  return (key, params) => String(t(key, params ?? {}));
}

function titleIn<T extends { id: string }>(items: readonly T[], field: keyof T) {
  return (id: string) => {
    const value = items.find((item) => item.id === id)?.[field];
    return typeof value === 'string' && value.trim() ? value : id;
  };
}

/**
 * Starting and closing an activation: each writes several items (the activation and its incident
 * log entry; the review, the closed incident and for an exercise the test record), so each runs
 * as one transaction: a crash leaves either all of it or none. Ticks during the activation are
 * plain `items.add` calls, each saved at once.
 */
export function activationHandlers<C>({ edit }: PlanAccess<C>) {
  return {
    'activation.start': (input: PayloadOf<'activation.start'>, context: C): ResultOf<'activation.start'> =>
      edit(context, (document) =>
        document.db.transaction(() => {
          const running = document
            .list('activations')
            .list()
            .find((activation) => activation.status === 'active');
          if (running)
            throw new PlanError('invalid-request', `An activation is already running: ${running.id}`, {
              section: 'activations',
            });
          const t = translatorFor(document);
          const scenarios = document.list('scenarios').list();
          const scenarioTitle = titleIn(scenarios, 'title');
          const names = input.scenarios.map(scenarioTitle).join(', ') || t('activation.start.noScenario');
          const title = t(`activation.start.${input.kind}Title`, { scenarios: names });
          const incidents = document.list('incidents');
          const number =
            Math.max(
              0,
              ...incidents.list().map((incident) => (typeof incident.number === 'number' ? incident.number : 0)),
            ) + 1;
          const first = scenarios.find((scenario) => scenario.id === input.scenarios[0]);
          const services = [
            ...new Set(
              input.scenarios.flatMap((id) => idsIn(scenarios.find((scenario) => scenario.id === id)?.services)),
            ),
          ];
          const description = t('activation.events.started', {
            kind: t(`choices.activationKind.${input.kind}`),
            level: t(`choices.incidentLevel.${input.level}`),
            scenarios: names,
          });
          const incident = incidents.add({
            number,
            title,
            occurredOn: localDate(input.at),
            occurredAt: clockTime(input.at),
            type: typeof first?.threat === 'string' ? first.threat : '',
            level: input.level,
            status: 'open',
            description,
            team: input.by,
            affectedServices: services,
          });
          const activation = document.list('activations').add({
            title,
            kind: input.kind,
            level: input.level,
            scenarios: input.scenarios,
            startedAt: input.at,
            incident: incident.id,
            status: 'active',
          });
          document
            .list('activationEvents')
            .add({ activation: activation.id, at: input.at, kind: 'note', by: input.by, text: description });
          return { activation, incident };
        })(),
      ),
    'activation.close': ({ id, at }: PayloadOf<'activation.close'>, context: C): ResultOf<'activation.close'> =>
      edit(context, (document) =>
        document.db.transaction(() => {
          const activations = document.list('activations');
          const activation = activations.get(id);
          if (activation.status !== 'active')
            throw new PlanError('invalid-request', `Activation ${id} is not running`, { section: 'activations' });
          const lists = planLists((key) => document.list(key).list(), document.singleton('alarm').get());
          const view = activationView(activation, lists, at);
          if (!view.mayClose)
            throw new PlanError('invalid-request', 'Reconstitution is not finished', { section: 'activations' });
          const startedAt = String(activation.startedAt ?? '');
          const facts = reviewFacts({
            startedAt,
            events: view.events,
            serviceIds: view.serviceIds,
            services: lists.services,
            steps: view.steps,
            checks: view.checks,
            calls: view.calls,
            notifications: view.notifications,
          });
          const t = translatorFor(document);
          const people = document.list('people').list();
          const texts = reviewTexts(activation, facts, t, {
            person: titleIn(people, 'name'),
            service: titleIn(lists.services, 'name'),
            scenario: titleIn(lists.scenarios, 'title'),
            step: titleIn(lists.scenarioSteps, 'action'),
            duty: titleIn(lists.notificationDuties, 'authority'),
          });
          const reachedNames = facts.reached.map(titleIn(people, 'name'));
          // "Eline" ticking and "Eline Vermeersch" reached are one participant.
          const tickers = view.events
            .map((event) => event.by.trim())
            .filter((by) => by !== '' && !reachedNames.some((name) => name === by || name.startsWith(`${by} `)));
          const participants = [...new Set([...reachedNames, ...tickers])];
          const reachedRoles = view.calls
            .filter((call) => call.reached)
            .map((call) => lists.roles.find((role) => role.id === call.roleId)?.plan);
          const plansActivated = [
            ...new Set(
              reachedRoles
                .map((plan) => PLAN_OF_ROLE[String(plan)])
                .filter((plan): plan is string => plan !== undefined),
            ),
          ];
          const incidentId = String(activation.incident ?? '');
          const incidents = document.list('incidents');
          const hasIncident = lists.incidents.some((incident) => incident.id === incidentId);
          const incident = hasIncident
            ? incidents.update(incidentId, {
                status: 'closed',
                resolvedOn: localDate(at),
                resolvedAt: clockTime(at),
                durationHours: facts.actualRecoveryHours,
                affectedServices: view.serviceIds,
                actions: texts.timeline,
              })
            : null;
          const review = document.list('reviews').add({
            incident: incident?.id ?? '',
            reviewedOn: localDate(at),
            participants: participants.join(', '),
            detection: texts.detection,
            assessment: texts.assessment,
            plansActivated,
            communication: texts.communication,
            rootCause: texts.rootCause,
            actualRecoveryHours: facts.actualRecoveryHours,
            rtoMet: facts.rtoMet,
            improvements: texts.improvements,
          });
          const exercise =
            activation.kind === 'exercise'
              ? document.list('exercises').add({
                  title: t('activation.review.exerciseTitle', { title: String(activation.title ?? '') }),
                  type: 'tabletop',
                  plannedOn: localDate(startedAt),
                  doneOn: localDate(at),
                  scenarios: idsIn(activation.scenarios),
                  participants: participants.join(', '),
                  results: [
                    t('activation.review.exerciseResults', {
                      date: localDate(at),
                      hours: facts.actualRecoveryHours ?? '?',
                    }),
                    texts.recovery,
                  ]
                    .filter(Boolean)
                    .join('\n'),
                  findings: texts.improvements,
                  followUp: texts.improvements,
                })
              : null;
          const closed = activations.update(id, { status: 'closed', closedAt: at, review: review.id });
          return { activation: closed, review, incident, exercise };
        })(),
      ),
  };
}

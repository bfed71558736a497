import type { ListRecord } from '../records';
import { isFilled } from '../fields';
import { idsIn } from './events';
import type { ReviewFacts } from './review';

/** A translate function as i18next gives it; kept minimal so the rule stays free of i18next. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:40" in local time; the coordinator reads clock times, not UTC. */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "23/11 09:40" — the timeline may run over midnight. */
function stamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : `${pad(date.getDate())}/${pad(date.getMonth() + 1)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface Names {
  person: (id: string) => string;
  service: (id: string) => string;
  scenario: (id: string) => string;
  step: (id: string) => string;
  duty: (id: string) => string;
}

const PREFIX = 'activation.review';

/**
 * The texts of a pre-filled post-incident review, in the plan's language. Fields the coordinator
 * must think about themselves (root cause beyond the first guess, prevention, improvements) get
 * the facts to start from, never a made-up conclusion.
 */
export function reviewTexts(activation: ListRecord<'activations'>, facts: ReviewFacts, t: Translate, names: Names) {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const startedAt = text(activation.startedAt);
  const scenarios = idsIn(activation.scenarios).map(names.scenario).join(', ') || t('activation.start.noScenario');
  const detection = t(`${PREFIX}.detection`, {
    kind: t(`choices.activationKind.${text(activation.kind) || 'incident'}`),
    date: localDate(startedAt),
    time: clockTime(startedAt),
    level: text(activation.level) ? t(`choices.incidentLevel.${text(activation.level)}`) : '',
    scenarios,
  });

  const assessmentLines = (
    [
      ['cause', 'cause'],
      ['furtherDamage', 'furtherDamage'],
      ['siteState', 'site'],
      ['networkState', 'network'],
      ['systemsState', 'systems'],
      ['equipmentState', 'equipment'],
      ['toReplace', 'toReplace'],
    ] as const
  )
    .filter(([field]) => text(activation[field]))
    .map(([field, key]) => t(`${PREFIX}.${key}`, { text: text(activation[field]) }));
  if (typeof activation.estimatedRestoreHours === 'number')
    assessmentLines.push(t(`${PREFIX}.estimate`, { hours: activation.estimatedRestoreHours }));
  const timeline = facts.timeline.map(
    (event) => `${stamp(event.at)} — ${event.text}${event.by ? ` (${event.by})` : ''}`,
  );
  const recovery = facts.recovery.map((item) =>
    item.recoveryHours === null
      ? t(`${PREFIX}.notReportedBack`, { service: names.service(item.serviceId) })
      : item.rtoHours === null
        ? t(`${PREFIX}.recoveryUnknownRto`, {
            service: names.service(item.serviceId),
            hours: item.recoveryHours ?? '?',
          })
        : `${t(`${PREFIX}.recoveryLine`, { service: names.service(item.serviceId), hours: item.recoveryHours ?? '?', rto: item.rtoHours })} — ${t(item.withinRto ? `${PREFIX}.withinRto` : `${PREFIX}.pastRto`)}`,
  );
  const assessment = [
    ...(assessmentLines.length ? [t(`${PREFIX}.assessment`), ...assessmentLines, ''] : []),
    ...(recovery.length ? [t(`${PREFIX}.recovery`), ...recovery, ''] : []),
    t(`${PREFIX}.timeline`),
    ...timeline,
  ].join('\n');

  const reached = [...new Set(facts.reached)].map(names.person).filter(isFilled);
  const notificationLines = facts.notifications.map((clock) => {
    const duty = names.duty(clock.dutyId);
    const stage = t(`standards.activation.stage.${clock.stage}`);
    if (clock.state === 'not-applicable') return t('standards.review.notApplicable', { duty, stage });
    if (clock.metAt)
      return t(clock.onTime ? 'standards.review.metOnTime' : 'standards.review.metLate', {
        duty,
        stage,
        time: stamp(clock.metAt),
        hours: clock.hoursAllowed,
      });
    return t('standards.review.notMet', { duty, stage, hours: clock.hoursAllowed });
  });
  const communication = [
    reached.length ? t(`${PREFIX}.communication`, { people: reached.join(', ') }) : t(`${PREFIX}.nobodyReached`),
    ...(notificationLines.length ? ['', t('standards.review.notifications'), ...notificationLines] : []),
  ].join('\n');

  const stepLines = (key: string, steps: ReviewFacts['late']) =>
    steps.length ? [t(`${PREFIX}.${key}`), ...steps.map((step) => `- ${names.step(step.stepId)}`)] : [];
  const checkLines = (key: string, checks: ReviewFacts['failedChecks'], line: string) =>
    checks.length
      ? [
          t(`standards.review.${key}`),
          ...checks.map(
            (check) =>
              `- ${t(`standards.review.${line}`, { check: check.check, expected: check.expected, actual: check.actual })}`,
          ),
        ]
      : [];
  const findings = [
    ...checkLines('failedChecks', facts.failedChecks, 'failedCheck'),
    ...stepLines('late', facts.late),
    ...stepLines('skipped', facts.skipped),
    ...stepLines('notDone', facts.notDone),
    ...checkLines('uncheckedChecks', facts.uncheckedChecks, 'uncheckedCheck'),
  ];
  const improvements = findings.length ? findings.join('\n') : t(`${PREFIX}.none`);

  return {
    detection,
    assessment,
    communication,
    rootCause: text(activation.cause),
    improvements,
    timeline: timeline.join('\n'),
    recovery: recovery.join('\n'),
  };
}

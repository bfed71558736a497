import type { HealthRule } from '../healthTypes';
import { itemWarnings, sectionWarning } from './healthWarnings';
import { isFilled, itemsOf, singletonOf } from './snapshot';

const hasDutyOfKind = (plan: Parameters<HealthRule>[0], kind: string) =>
  itemsOf(plan, 'notificationDuties').some((duty) => duty.kind === kind);

/**
 * Whether the organisation holds personal data. Every employer does (staff records, and this
 * plan's own list of people), and a municipality keeps the population register; so a plan with
 * people in it, staff, a municipality's kind, or an incident that touched personal data counts.
 */
export function holdsPersonalData(plan: Parameters<HealthRule>[0]): boolean {
  const organisation = singletonOf(plan, 'organisation');
  const kind = typeof organisation?.kind === 'string' ? organisation.kind : '';
  return (
    kind.startsWith('municipality') ||
    (typeof organisation?.staffCount === 'number' && organisation.staffCount > 0) ||
    itemsOf(plan, 'people').length > 0 ||
    itemsOf(plan, 'incidents').some((incident) => incident.personalData === true)
  );
}

/**
 * GDPR art. 33: a personal-data breach goes to the data protection authority within 72 hours.
 * Forgetting it is the costliest omission of a crisis, hence high.
 */
const noDataProtectionDuty: HealthRule = (plan) =>
  holdsPersonalData(plan) && !hasDutyOfKind(plan, 'data-protection')
    ? [
        sectionWarning(
          {
            code: 'no-data-protection-duty',
            message: 'standards.warnings.noDataProtectionDuty',
            severity: 'high',
            step: 'communication',
          },
          { section: 'notificationDuties' },
        ),
      ]
    : [];

/**
 * NIS2 sends significant incidents to the national CSIRT within 24 hours; even where the duty is
 * voluntary (a Flemish local government), the CSIRT is who helps. Medium: not every organisation
 * is bound, but every plan should say whom it tells.
 */
const noCsirtDuty: HealthRule = (plan) => {
  const organisation = singletonOf(plan, 'organisation');
  if (!isFilled(organisation?.name) || hasDutyOfKind(plan, 'csirt')) return [];
  return [
    sectionWarning(
      {
        code: 'no-csirt-duty',
        message: 'standards.warnings.noCsirtDuty',
        severity: 'medium',
        step: 'communication',
      },
      { section: 'notificationDuties' },
    ),
  ];
};

/** A duty with a deadline but no way to notify when e-mail and the portal are down. */
const dutyWithoutFallback: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'notification-duty-without-fallback',
      message: 'standards.warnings.dutyWithoutFallback',
      severity: 'low',
      step: 'communication',
      section: 'notificationDuties',
      field: 'fallbackChannel',
      params: (duty) => ({ name: String(duty.authority ?? '').trim() || duty.id }),
    },
    (duty) =>
      [duty.earlyWarningHours, duty.notificationHours, duty.finalReportHours].some((h) => typeof h === 'number') &&
      !isFilled(duty.fallbackChannel),
  );

export const notificationDutyRules: readonly HealthRule[] = [noDataProtectionDuty, noCsirtDuty, dutyWithoutFallback];

import type { HealthRule } from '../healthTypes';
import { itemWarnings, sectionWarning } from './healthWarnings';
import { type Audience } from '../sections/communication';
import { OFFLINE_COPY_FORMS } from '../sections/distribution';
import type { SystemType } from '../sections/systems';
import { inheritObjectives } from './restartObjectives';
import { isFilled, itemsOf, recordsOf, singletonOf } from './snapshot';

/**
 * The findings of an audit of a real municipal continuity plan (DOMAIN.md): systems not
 * prioritised for restart, no RTO or RPO, no communication to suppliers and citizens, no off-line
 * copy.
 */
const message = (rule: string) => `risksIncidents.warnings.audit.${rule}`;

const servicesWithoutObjective =
  (objective: 'rto' | 'rpo'): HealthRule =>
  (plan) => {
    const field = objective === 'rto' ? 'rtoHours' : 'rpoHours';
    return itemWarnings(
      plan,
      {
        code: `service-without-${objective}`,
        message: message(objective === 'rto' ? 'serviceWithoutRto' : 'serviceWithoutRpo'),
        severity: 'high',
        step: 'services',
        section: 'services',
        field,
      },
      (service) => !isFilled(service[field]),
    );
  };

/**
 * End-user devices are replaced from stock, not restarted in order: a laptop or printer that no
 * service names is no gap in the restart order.
 */
const REPLACED_NOT_RESTARTED: ReadonlySet<string> = new Set([
  'laptop',
  'desktop',
  'printer',
  'mobile',
] satisfies SystemType[]);

/**
 * Every system has a place in the restart order; it is a guess when no service with an RTO needs
 * the system (directly or through systems that depend on it) and nobody set its restart group. The
 * same inheritance the restart order uses decides it, so the two never disagree.
 */
const systemsNotPrioritised: HealthRule = (plan) => {
  const systems = recordsOf(plan, 'systems');
  if (systems.length === 0) return [];
  const objectives = inheritObjectives(itemsOf(plan, 'services'), systems);
  return itemWarnings(
    plan,
    {
      code: 'system-not-prioritised',
      message: message('systemNotPrioritised'),
      severity: 'medium',
      step: 'priorities',
      section: 'systems',
      field: 'tierOverride',
    },
    (system) => {
      if (isFilled(system.tierOverride) || REPLACED_NOT_RESTARTED.has(system.type ?? '')) return false;
      return (objectives.get(system.id)?.rto ?? null) === null;
    },
  );
};

const audienceMissing =
  (rule: string, audiences: readonly Audience[], key: string): HealthRule =>
  (plan) =>
    itemsOf(plan, 'communication').some((entry) => audiences.some((audience) => audience === entry.audience))
      ? []
      : [
          sectionWarning(
            { code: rule, message: message(key), severity: 'high', step: 'communication' },
            { section: 'communication' },
          ),
        ];

const noOfflineCopy: HealthRule = (plan) =>
  itemsOf(plan, 'distribution').some((copy) => OFFLINE_COPY_FORMS.has(copy.form ?? ''))
    ? []
    : [
        sectionWarning(
          { code: 'no-offline-copy', message: message('noOfflineCopy'), severity: 'high', step: 'distribution' },
          { section: 'distribution' },
        ),
      ];

/** Municipalities speak of residents, companies of customers; either answers the finding. */
const noCitizenCommunication: HealthRule = (plan, context) => {
  const key =
    singletonOf(plan, 'organisation')?.kind === 'company' ? 'noCustomerCommunication' : 'noResidentCommunication';
  return audienceMissing('no-citizen-communication', ['residents', 'customers'], key)(plan, context);
};

export const auditFindingRules: readonly HealthRule[] = [
  systemsNotPrioritised,
  servicesWithoutObjective('rto'),
  servicesWithoutObjective('rpo'),
  audienceMissing('no-supplier-communication', ['suppliers'], 'noSupplierCommunication'),
  noCitizenCommunication,
  noOfflineCopy,
];

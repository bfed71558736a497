import type { HealthRule } from '../healthTypes';
import { itemWarnings, sectionWarning } from './healthWarnings';
import type { Item } from '../section';
import type { SystemRecord, SystemType } from '../sections/systems';
import { inheritObjectives } from './restartObjectives';
import { fieldsMatching, idsIn, isFilled, itemsOf, singletonOf } from './snapshot';

/**
 * The findings of an audit of a real municipal continuity plan (DOMAIN.md): systems not
 * prioritised for restart, no RTO or RPO, no communication to suppliers and citizens, no off-line
 * copy. Services and systems are read as their schemas type them; the distribution's forms are
 * found from its schema's choices.
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
const REPLACED_NOT_RESTARTED: ReadonlySet<SystemType> = new Set(['laptop', 'desktop', 'printer', 'mobile']);

/**
 * Every system has a place in the restart order; it is a guess when no service with an RTO needs
 * the system (directly or through systems that depend on it) and nobody set its restart group. The
 * same inheritance the restart order uses decides it, so the two never disagree.
 */
const systemsNotPrioritised: HealthRule = (plan) => {
  const systems = itemsOf(plan, 'systems') as Item<SystemRecord>[];
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
    (item) => {
      const system = item as Item<SystemRecord>;
      if (isFilled(system.tierOverride) || REPLACED_NOT_RESTARTED.has(system.type as SystemType)) return false;
      return (objectives.get(system.id)?.rto ?? null) === null;
    },
  );
};

const audienceMissing =
  (rule: string, audiences: readonly string[], key: string): HealthRule =>
  (plan) =>
    itemsOf(plan, 'communication').some((entry) => audiences.includes(String(entry.audience)))
      ? []
      : [
          sectionWarning(
            { code: rule, message: message(key), severity: 'high', step: 'communication' },
            { section: 'communication' },
          ),
        ];

/** Forms of a copy that can be read when the IT is down. */
const OFFLINE_FORMS = ['paper', 'print', 'printed', 'usb', 'usb-stick', 'offline', 'laptop'];

const noOfflineCopy: HealthRule = (plan) => {
  const formFields = fieldsMatching('distribution', (f) =>
    (f.options ?? []).some((option) => OFFLINE_FORMS.includes(option)),
  );
  if (formFields.length === 0) return [];
  const offline = itemsOf(plan, 'distribution').some((copy) =>
    formFields.some((f) => idsIn(copy[f.name]).some((value) => OFFLINE_FORMS.includes(value))),
  );
  return offline
    ? []
    : [
        sectionWarning(
          { code: 'no-offline-copy', message: message('noOfflineCopy'), severity: 'high', step: 'distribution' },
          { section: 'distribution' },
        ),
      ];
};

/** Municipalities speak of residents, companies of customers; either answers the finding. */
const noCitizenCommunication: HealthRule = (plan, context) => {
  const kind = String(singletonOf(plan, 'organisation')?.kind ?? '');
  const key = kind === 'company' ? 'noCustomerCommunication' : 'noResidentCommunication';
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

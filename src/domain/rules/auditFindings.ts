import type { HealthRule } from '../healthTypes';
import { itemWarnings, sectionWarning } from './healthWarnings';
import { fieldsMatching, idsIn, isFilled, itemsOf, singletonOf } from './snapshot';

/**
 * The findings of an audit of a real municipal continuity plan (DOMAIN.md): systems not
 * prioritised for restart, no RTO or RPO, no communication to suppliers and citizens, no off-line
 * copy. Other areas define services, systems and distribution, so these rules find the fields they
 * need from those sections' schemas and stay silent while a section does not exist yet.
 */
const message = (rule: string) => `risksIncidents.warnings.audit.${rule}`;

const servicesWithoutObjective =
  (objective: 'rto' | 'rpo'): HealthRule =>
  (plan) => {
    const objectiveField = fieldsMatching(
      'services',
      (f) => new RegExp(`^${objective}`, 'i').test(f.name) && (f.widget === 'hours' || f.widget === 'integer'),
    )[0];
    if (!objectiveField) return [];
    return itemWarnings(
      plan,
      {
        rule: `service-without-${objective}`,
        message: message(objective === 'rto' ? 'serviceWithoutRto' : 'serviceWithoutRpo'),
        severity: 'high',
        step: 'services',
        section: 'services',
        field: objectiveField.name,
      },
      (service) => !isFilled(service[objectiveField.name]),
    );
  };

/**
 * A system has a place in the restart order when it has a priority of its own, or when a service
 * with an RTO depends on it (the restart order follows from the services).
 */
const systemsNotPrioritised: HealthRule = (plan) => {
  const systems = itemsOf(plan, 'systems');
  if (systems.length === 0) return [];
  const priorityFields = fieldsMatching(
    'systems',
    (f) => /priorit|restart|tier/i.test(f.name) && ['choice', 'integer'].includes(f.widget),
  );
  const rtoField = fieldsMatching('services', (f) => /^rto/i.test(f.name))[0];
  const serviceToSystems = fieldsMatching('services', (f) => f.ref === 'systems');
  const systemToServices = fieldsMatching('systems', (f) => f.ref === 'services');
  const services = itemsOf(plan, 'services');
  const servicesWithRto = new Set(services.filter((s) => rtoField && isFilled(s[rtoField.name])).map((s) => s.id));
  const neededBy = new Set(
    services.filter((s) => servicesWithRto.has(s.id)).flatMap((s) => serviceToSystems.flatMap((f) => idsIn(s[f.name]))),
  );
  // A system that a needed system depends on is needed too (the network under everything).
  const systemToSystems = fieldsMatching('systems', (f) => f.ref === 'systems');
  const byId = new Map(systems.map((system) => [system.id, system]));
  const queue = [...neededBy];
  while (queue.length) {
    const system = byId.get(queue.pop()!);
    for (const id of system ? systemToSystems.flatMap((f) => idsIn(system[f.name])) : []) {
      if (!neededBy.has(id)) {
        neededBy.add(id);
        queue.push(id);
      }
    }
  }
  return itemWarnings(
    plan,
    {
      rule: 'system-not-prioritised',
      message: message('systemNotPrioritised'),
      severity: 'high',
      step: 'priorities',
      section: 'systems',
    },
    (system) => {
      if (priorityFields.some((f) => isFilled(system[f.name]))) return false;
      if (neededBy.has(system.id)) return false;
      return !systemToServices.some((f) => idsIn(system[f.name]).some((id) => servicesWithRto.has(id)));
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
            { rule, message: message(key), severity: 'high', step: 'communication' },
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
          { rule: 'no-offline-copy', message: message('noOfflineCopy'), severity: 'high', step: 'distribution' },
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

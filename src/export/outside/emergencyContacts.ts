import { callOrder } from '../../domain/rules/callTree';
import { type PhoneField, personPhones } from '../../domain/sections/people';
import type { ListRecord } from '../../domain/records';
import type { RenderContext } from '../renderers';
import { listOf, textOf } from '../planRecords';

/** How a phone number is labelled on a phone: vCard's TYPE and the plan's own field label. */
export interface PhoneNumber {
  type: 'CELL' | 'WORK' | 'HOME';
  /** The plan's label for the number: "Gsm", "Werk", "Noodlijn", "Servicedesk". */
  label: string;
  number: string;
}

const VCARD_TYPES: Record<PhoneField, PhoneNumber['type']> = {
  mobilePhone: 'CELL',
  workPhone: 'WORK',
  privatePhone: 'HOME',
};

export interface ContactPerson {
  id: string;
  name: string;
  function: string;
  department: string;
  email: string;
  phones: PhoneNumber[];
  /** The roles this person is called for, "Algemeen directeur" or "Algemeen directeur (plaatsvervanger)". */
  roles: string[];
}

export interface CallStep {
  /** 1-based, the call tree's order. */
  position: number;
  label: string;
  role: string;
  fromLevel: string;
  notes: string;
  contacts: { kind: 'main' | 'deputy'; person: ContactPerson }[];
}

export interface SupplierLine {
  id: string;
  name: string;
  category: string;
  emergencyLine: string;
  customerNumber: string;
  contractNumber: string;
  supportHours: string;
  contacts: { name: string; phone: string; email: string }[];
}

/** Whom to call in the first hour, with every number labelled as the plan words it. */
export interface EmergencyContacts {
  callTree: CallStep[];
  /** The call tree's people, each once, in calling order. */
  people: ContactPerson[];
  /** Suppliers with an emergency line or a contact to call. */
  suppliers: SupplierLine[];
}

const label = (context: RenderContext, section: string, name: string) => context.t(`fields.${section}.${name}.label`);

/**
 * A person's numbers: mobile, work, and the private number only where the person consented and
 * the edition carries private data.
 */
export function phonesOf(person: ListRecord<'people'>, context: RenderContext): PhoneNumber[] {
  return personPhones(person, context).map(({ field, number }) => ({
    type: VCARD_TYPES[field],
    label: label(context, 'people', field),
    number,
  }));
}

export function emergencyContacts(context: RenderContext): EmergencyContacts {
  const { plan, t } = context;
  const people = new Map(listOf(plan, 'people').map((person) => [person.id, person]));
  const roles = listOf(plan, 'roles');
  const entries = listOf(plan, 'callTree');
  const calls = callOrder(entries, roles);
  const contacts = new Map<string, ContactPerson>();
  const deputySuffix = t('exports.outside.deputySuffix');

  const callTree = calls.map((call, index): CallStep => {
    const entry = entries.find((candidate) => candidate.id === call.entryId);
    const roleName = context.resolve('roles', call.roleId) ?? '';
    return {
      position: index + 1,
      label: textOf(entry?.label),
      role: roleName,
      fromLevel: call.fromLevel ? t(`choices.incidentLevel.${call.fromLevel}`) : '',
      notes: textOf(entry?.notes),
      contacts: call.contacts.flatMap(({ personId, kind }) => {
        const person = people.get(personId);
        // Asked for main contact and deputy only: successors are on the roles' own table.
        if (!person || kind === 'successor') return [];
        let contact = contacts.get(personId);
        if (!contact) {
          contact = {
            id: personId,
            name: textOf(person.name),
            function: textOf(person.function),
            department: textOf(person.department),
            email: textOf(person.email),
            phones: phonesOf(person, context),
            roles: [],
          };
          contacts.set(personId, contact);
        }
        const role = kind === 'deputy' ? `${roleName} (${deputySuffix})` : roleName;
        if (roleName && !contact.roles.includes(role)) contact.roles.push(role);
        return [{ kind, person: contact }];
      }),
    };
  });

  const suppliers = listOf(plan, 'suppliers')
    .map((supplier): SupplierLine => ({
      id: supplier.id,
      name: textOf(supplier.name),
      category: supplier.category ? t(`choices.supplierCategory.${supplier.category}`) : '',
      emergencyLine: textOf(supplier.emergencyLine),
      customerNumber: textOf(supplier.customerNumber),
      contractNumber: textOf(supplier.contractNumber),
      supportHours: textOf(supplier.supportHours),
      contacts: (
        [
          [supplier.contact1Name, supplier.contact1Phone, supplier.contact1Email],
          [supplier.contact2Name, supplier.contact2Phone, supplier.contact2Email],
        ] as const
      )
        .map(([name, phone, email]) => ({ name: textOf(name), phone: textOf(phone), email: textOf(email) }))
        .filter((contact) => contact.phone || contact.email),
    }))
    .filter((supplier) => supplier.emergencyLine || supplier.contacts.some((contact) => contact.phone));

  return { callTree, people: [...contacts.values()], suppliers };
}

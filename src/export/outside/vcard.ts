import type { RenderContext } from '../renderers';
import { contentLines, escapeText } from './contentLines';

/** A single text value (FN, TITLE, NOTE): its semicolons stay as they are. */
const text = (value: string) => escapeText(value, { semicolons: false });
/** A part of a compound value (N, ORG), where a semicolon separates parts and is escaped. */
const part = (value: string) => escapeText(value);
import type { ContactPerson, EmergencyContacts, PhoneNumber, SupplierLine } from './emergencyContacts';
import { singletonOf, textOf } from '../planRecords';
import { stableUid } from './planKey';

/** A phone's TEL line with the plan's label beside it (`item1.X-ABLabel`, which Android and iOS show). */
function telephone(phone: PhoneNumber, index: number): string[] {
  const group = `item${index + 1}`;
  const types = phone.type === 'CELL' ? 'CELL,VOICE' : `${phone.type},VOICE`;
  return [`${group}.TEL;TYPE=${types}:${text(phone.number)}`, `${group}.X-ABLabel:${text(phone.label)}`];
}

function card(lines: (string | false)[]): string[] {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines.filter((line): line is string => Boolean(line)), 'END:VCARD'];
}

function personCard(person: ContactPerson, organisation: string, category: string, uid: string): string[] {
  return card([
    `UID:${uid}`,
    `FN:${text(person.name)}`,
    // The whole name as given name: splitting "Jan De Smet" into parts would be a guess.
    `N:;${part(person.name)};;;`,
    `ORG:${part(organisation)}${person.department ? `;${part(person.department)}` : ''}`,
    person.function !== '' && `TITLE:${text(person.function)}`,
    person.roles.length > 0 && `ROLE:${text(person.roles.join(', '))}`,
    ...person.phones.flatMap(telephone),
    person.email !== '' && `EMAIL;TYPE=INTERNET:${text(person.email)}`,
    `CATEGORIES:${text(category)}`,
  ]);
}

function supplierCard(supplier: SupplierLine, context: RenderContext, category: string, uid: string): string[] {
  const { t } = context;
  const phones: PhoneNumber[] = [
    ...(supplier.emergencyLine
      ? [{ type: 'WORK' as const, label: t('fields.suppliers.emergencyLine.label'), number: supplier.emergencyLine }]
      : []),
    ...supplier.contacts
      .filter((contact) => contact.phone)
      .map((contact) => ({
        type: 'WORK' as const,
        label: contact.name || t('exports.card.contact'),
        number: contact.phone,
      })),
  ];
  const note = [
    supplier.customerNumber && `${t('fields.suppliers.customerNumber.label')}: ${supplier.customerNumber}`,
    supplier.contractNumber && `${t('fields.suppliers.contractNumber.label')}: ${supplier.contractNumber}`,
    supplier.supportHours && `${t('fields.suppliers.supportHours.label')}: ${supplier.supportHours}`,
  ].filter(Boolean);
  const email = supplier.contacts.find((contact) => contact.email)?.email ?? '';
  return card([
    `UID:${uid}`,
    `FN:${text(supplier.name)}`,
    `N:;${part(supplier.name)};;;`,
    `ORG:${part(supplier.name)}`,
    'X-ABShowAs:COMPANY',
    supplier.category !== '' && `TITLE:${text(supplier.category)}`,
    ...phones.map(telephone).flat(),
    email !== '' && `EMAIL;TYPE=INTERNET,WORK:${text(email)}`,
    note.length > 0 && `NOTE:${text(note.join('\n'))}`,
    `CATEGORIES:${text(category)}`,
  ]);
}

/**
 * The call tree's people and the suppliers' emergency lines as vCard 3.0 (the version phones
 * import best), one card each; null when the plan has nobody to call yet.
 */
export function renderVcards(contacts: EmergencyContacts, context: RenderContext): string | null {
  if (contacts.people.length === 0 && contacts.suppliers.length === 0) return null;
  const organisation = textOf(singletonOf(context.plan, 'organisation').name);
  const category = context.t('exports.outside.contactsCategory', { organisation });
  return contentLines([
    ...contacts.people.flatMap((person) =>
      personCard(person, organisation, category, stableUid(context.plan, 'person', person.id)),
    ),
    ...contacts.suppliers.flatMap((supplier) =>
      supplierCard(supplier, context, category, stableUid(context.plan, 'supplier', supplier.id)),
    ),
  ]);
}

import type { RenderContext } from '../renderers';
import type { EmergencyContacts, PhoneNumber } from './emergencyContacts';
import { firstSteps } from './firstHour';

/** Plain text for a read-me: no control characters, one line per line. */
const plain = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .trim();

const numbers = (phones: PhoneNumber[]) => phones.map((phone) => `${phone.label} ${phone.number}`).join(' · ');

/**
 * The first hour as plain text for the kit's read-me, so a text editor is enough: the first
 * steps, the call tree with every number, the suppliers' emergency lines.
 */
export function firstHourText(contacts: EmergencyContacts, context: RenderContext, htmlFile: string): string {
  const { t } = context;
  const r = 'exports.outside.readme';
  const none = t(`${r}.none`);
  const steps = firstSteps(context);
  const callTree = contacts.callTree.map((step) =>
    [
      `${step.position}. ${plain([step.label, step.role].filter(Boolean).join(' · '))}`,
      ...step.contacts.map(
        ({ kind, person }) =>
          `   ${t(`exports.card.${kind}`)}: ${plain(person.name)}${person.phones.length ? ` — ${plain(numbers(person.phones))}` : ''}`,
      ),
    ].join('\n'),
  );
  const suppliers = contacts.suppliers.map((supplier) =>
    [
      `${plain(supplier.name)}${supplier.emergencyLine ? ` — ${t('exports.card.emergencyLine')} ${plain(supplier.emergencyLine)}` : ''}${
        supplier.customerNumber ? ` · ${t('exports.card.customerNumber')} ${plain(supplier.customerNumber)}` : ''
      }`,
      ...supplier.contacts
        .filter((contact) => contact.phone)
        .map((contact) => `   ${plain(contact.name || t('exports.card.contact'))} ${plain(contact.phone)}`),
    ].join('\n'),
  );
  return [
    ...(htmlFile ? [t(`${r}.start`, { file: htmlFile })] : []),
    `${t(`${r}.firstSteps`)}\n${plain(steps.firstSteps) || none}`,
    `${t(`${r}.callTree`)}\n${callTree.join('\n') || none}`,
    `${t(`${r}.numbers`)}\n${suppliers.join('\n') || none}`,
  ].join('\n\n');
}

import type { Block, DocumentHeader } from '../model';
import type { RenderContext } from '../renderers';
import { documentHeader } from '../documentModel';
import { phonesOf } from '../outside/emergencyContacts';
import { fieldText, listOf, singletonOf } from '../planRecords';
import type { ListRecord, SingletonRecord } from '../../domain/records';
import { textBlocks } from '../typedLists';

/** The one or two pages to keep by the phone: when to act, whom to call, where to go. */
export interface EmergencyCard extends DocumentHeader {
  title: string;
  subtitle: string;
  parts: { title: string; blocks: Block[] }[];
  /** The phone numbers the card prints, as it prints them: each becomes a tel: link in the PDF. */
  phones: string[];
}

const joined = (...parts: string[]) => parts.filter(Boolean).join(' · ');

/** A number is dialled whole: its spaces do not break, so a narrow column wraps between numbers, not inside one. */
const shownNumber = (number: string) => number.replace(/ /g, '\u00A0');

/** The plan's numbers of people, notification duties and suppliers that the card prints, as it prints them. */
function printedNumbers(context: RenderContext, parts: EmergencyCard['parts']): string[] {
  const printed = parts
    .flatMap((part) => part.blocks)
    .flatMap((block) => (block.kind === 'table' ? block.rows.flat() : block.kind === 'paragraph' ? [block.text] : []))
    .join('\n');
  const numbers = [
    ...listOf(context.plan, 'people').flatMap((person) => phonesOf(person, context).map((phone) => phone.number)),
    ...listOf(context.plan, 'notificationDuties').map((duty) =>
      fieldText(context, 'notificationDuties', duty, 'phone'),
    ),
    ...listOf(context.plan, 'suppliers').flatMap((supplier) => [
      shownNumber(fieldText(context, 'suppliers', supplier, 'emergencyLine')),
      fieldText(context, 'suppliers', supplier, 'contact1Phone'),
    ]),
  ];
  const shown = numbers.filter((number) => number.trim() !== '').map((number) => shownNumber(number.trim()));
  // Only what is printed: a private number left out of this edition is named nowhere in it.
  return [...new Set(shown)].filter((number) => printed.includes(number));
}

/** A person as the card prints them: the name and each number with what it is (gsm, kantoor, privé). */
function reach(context: RenderContext, personId: unknown): string {
  const person = listOf(context.plan, 'people').find((candidate) => candidate.id === personId);
  if (!person) return '';
  // The private number only with the person's consent, and never in the edition without private data.
  const phones = phonesOf(person, context).map(
    // The label may wrap above its number in a narrow column; the number itself never breaks.
    (phone) => `${context.t(`exports.card.phone.${phone.type}`)} ${shownNumber(phone.number)}`,
  );
  return [fieldText(context, 'people', person, 'name'), ...phones].filter(Boolean).join('\n');
}

function textPart(title: string, texts: string[], empty: string): { title: string; blocks: Block[] } {
  const filled = texts.filter((text) => text.trim());
  return {
    title,
    blocks: filled.length ? filled.flatMap(textBlocks) : [{ kind: 'paragraph', text: empty, tone: 'muted' }],
  };
}

function tablePart(
  title: string,
  columns: string[],
  rows: string[][],
  empty: string,
): { title: string; blocks: Block[] } {
  const filled = rows.filter((row) => row.some(Boolean));
  return {
    title,
    blocks: filled.length
      ? [{ kind: 'table', columns, rows: filled, wide: false }]
      : [{ kind: 'paragraph', text: empty, tone: 'muted' }],
  };
}

/** The call tree in calling order: who, then the main contact and the deputy with their numbers. */
export function callTreeRows(context: RenderContext): string[][] {
  const roles = listOf(context.plan, 'roles');
  return listOf(context.plan, 'callTree').map((step, index) => {
    const role = roles.find((candidate) => candidate.id === step.role);
    return [
      String(index + 1),
      joined(fieldText(context, 'callTree', step, 'label'), fieldText(context, 'callTree', step, 'role')),
      reach(context, role?.main),
      reach(context, role?.deputy),
      fieldText(context, 'callTree', step, 'fromLevel'),
    ];
  });
}

export function callTreeColumns(context: RenderContext): string[] {
  const c = (key: string) => context.t(`exports.card.${key}`);
  return [c('order'), c('who'), c('main'), c('deputy'), c('fromLevel')];
}

/**
 * The first steps: how an incident is reported, then per playbook its first-hour actions (the
 * steps of the first-hour phase, else the playbook's own first-hour text), so the card says what
 * to do, not only whom to tell.
 */
function firstSteps(context: RenderContext, alarm: SingletonRecord<'alarm'>): string[] {
  const steps = listOf(context.plan, 'scenarioSteps');
  const playbooks = listOf(context.plan, 'scenarios').map((scenario) => {
    const actions = steps
      .filter((step) => step.scenario === scenario.id && step.phase === 'first-hour')
      .map((step) => fieldText(context, 'scenarioSteps', step, 'action'))
      .filter(Boolean);
    const what = actions.length ? actions.join('; ') : fieldText(context, 'scenarios', scenario, 'firstHour');
    const title = fieldText(context, 'scenarios', scenario, 'title');
    return what ? `${title}: ${what}` : '';
  });
  return [fieldText(context, 'alarm', alarm, 'reporting'), ...playbooks];
}

/** A person on one line: the name, then each number with what it is. */
function reachInline(context: RenderContext, personId: unknown): string {
  const [name = '', ...phones] = reach(context, personId).split('\n');
  return phones.length ? `${name} (${phones.join(', ')})` : name;
}

/**
 * Who activates when the main contact and the deputy of a role with that authority are both out:
 * its successors in order, with their numbers, and when the succession takes effect.
 */
function activationSuccession(context: RenderContext): string[] {
  const { t } = context;
  return listOf(context.plan, 'roles')
    .filter((role) => Array.isArray(role.authority) && role.authority.includes('activate'))
    .flatMap((role) => {
      const name = (personId: unknown) => reach(context, personId).split('\n')[0] ?? '';
      const successors = [role.successor, role.secondSuccessor].map((id) => reachInline(context, id)).filter(Boolean);
      if (!successors.length || !name(role.main) || !name(role.deputy)) return [];
      const line = t('peoplePlaces.succession.card', {
        role: fieldText(context, 'roles', role, 'name'),
        main: name(role.main),
        deputy: name(role.deputy),
        line: successors.join(`, ${t('peoplePlaces.succession.cardThen')} `),
      });
      const when = fieldText(context, 'roles', role, 'successionWhen').replace(/[.\s]+$/, '');
      return [when ? `${line} ${t('peoplePlaces.succession.cardWhen', { when })}` : line];
    });
}

/** Whom the law says to notify, within how many hours of detection, and how when e-mail is down. */
function notificationRows(context: RenderContext): string[][] {
  const hours = (duty: ListRecord<'notificationDuties'>) =>
    (['earlyWarningHours', 'notificationHours', 'finalReportHours'] as const)
      .map((name) => fieldText(context, 'notificationDuties', duty, name))
      .filter(Boolean)
      .join(' / ');
  return listOf(context.plan, 'notificationDuties').map((duty) => [
    fieldText(context, 'notificationDuties', duty, 'authority'),
    hours(duty),
    joined(
      shownNumber(fieldText(context, 'notificationDuties', duty, 'phone')),
      fieldText(context, 'notificationDuties', duty, 'fallbackChannel'),
    ),
  ]);
}

export function buildEmergencyCard(context: RenderContext, now: Date = new Date()): EmergencyCard {
  const { t, plan } = context;
  const c = (key: string) => t(`exports.card.${key}`);
  const organisation = singletonOf(plan, 'organisation');
  const alarm = singletonOf(plan, 'alarm');
  const empty = c('nothing');

  const callTree = callTreeRows(context);
  const suppliers = listOf(plan, 'suppliers')
    .filter(
      (supplier) =>
        fieldText(context, 'suppliers', supplier, 'emergencyLine') ||
        fieldText(context, 'suppliers', supplier, 'contact1Phone'),
    )
    .map((supplier) => [
      fieldText(context, 'suppliers', supplier, 'name'),
      shownNumber(fieldText(context, 'suppliers', supplier, 'emergencyLine')),
      fieldText(context, 'suppliers', supplier, 'customerNumber'),
      [
        fieldText(context, 'suppliers', supplier, 'contact1Name'),
        shownNumber(fieldText(context, 'suppliers', supplier, 'contact1Phone')),
      ]
        .filter(Boolean)
        .join('\n'),
    ]);
  const locations = listOf(plan, 'locations').map((location) => [
    fieldText(context, 'locations', location, 'name'),
    fieldText(context, 'locations', location, 'address'),
    joined(fieldText(context, 'locations', location, 'access'), reach(context, location.contact).replace('\n', ' ')),
  ]);

  const parts = [
    textPart(c('when'), [fieldText(context, 'organisation', organisation, 'activationCriteria')], empty),
    textPart(
      c('activatedBy'),
      [fieldText(context, 'organisation', organisation, 'activatedBy'), ...activationSuccession(context)],
      empty,
    ),
    textPart(c('firstSteps'), firstSteps(context, alarm), empty),
    tablePart(c('callTree'), callTreeColumns(context), callTree, empty),
    textPart(c('escalation'), [fieldText(context, 'alarm', alarm, 'escalationRule')], empty),
    tablePart(
      t('standards.card.notifications'),
      [t('standards.card.authority'), t('standards.card.hours'), t('standards.card.how')],
      notificationRows(context),
      empty,
    ),
    tablePart(c('suppliers'), [c('supplier'), c('emergencyLine'), c('customerNumber'), c('contact')], suppliers, empty),
    tablePart(c('locations'), [c('location'), c('address'), c('access')], locations, empty),
    textPart(t('exports.outside.card.title'), [t('exports.outside.card.text')], empty),
  ];

  return {
    ...documentHeader(context, now),
    title: c('title'),
    subtitle: c('subtitle'),
    parts,
    phones: printedNumbers(context, parts),
  };
}

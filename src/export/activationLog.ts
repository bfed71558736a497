import { activationView, planLists } from '../domain/activation/index';
import { findSection } from '../domain/plan';
import type { SectionDef } from '../domain/section';
import type { ListKey, ListRecord, SectionRecords } from '../domain/records';
import type { Block, Definition } from './model';
import { type RenderContext, registerSectionRenderer } from './renderers';
import { fieldLabel, printedFields } from './sectionBlocks';
import { listOf, singletonOf } from './planRecords';
import { formatValue } from './values';

const pad = (n: number) => String(n).padStart(2, '0');

/** "23/11/2026 09:40" in local time: how the log is read on paper. */
function stamp(iso: unknown): string {
  const raw = typeof iso === 'string' ? iso : '';
  const date = new Date(raw);
  // A time written by hand that is no timestamp is printed as it was written.
  if (Number.isNaN(date.getTime())) return raw;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function nameIn<K extends ListKey>(context: RenderContext, key: K, id: string, field: keyof SectionRecords[K]): string {
  const value = listOf(context.plan, key).find((item) => item.id === id)?.[field];
  return typeof value === 'string' && value.trim() ? value : id;
}

const TIMES = new Set(['startedAt', 'detectedAt', 'closedAt']);

/**
 * Each activation on paper: what it was, the outage assessment, and the call list as it stands,
 * so the running incident can be printed or exported at any moment.
 */
function activationBlocks(records: ListRecord<'activations'>[], context: RenderContext): Block[] {
  const section = findSection('activations') as SectionDef;
  const { t } = context;
  if (records.length === 0) return [{ kind: 'paragraph', text: t('lists.activations.empty'), tone: 'muted' }];
  const lists = planLists((key) => listOf(context.plan, key), singletonOf(context.plan, 'alarm'));
  return records.flatMap((activation): Block[] => {
    // Every printed field, by its descriptor: the generic part of the page.
    const stored: Readonly<Record<string, unknown>> = activation;
    const entries: Definition[] = printedFields(section, context)
      .filter((field) => field.name !== 'title')
      .map((field) => ({
        term: fieldLabel(section, field, context),
        value: TIMES.has(field.name) ? stamp(stored[field.name]) : formatValue(field, stored[field.name], context),
      }))
      .filter((entry) => entry.value !== '');
    const view = activationView(
      activation,
      lists,
      typeof activation.closedAt === 'string' && activation.closedAt ? activation.closedAt : new Date().toISOString(),
    );
    const rows = view.calls.flatMap((call) =>
      call.contacts.map((contact) => [
        nameIn(context, 'roles', call.roleId, 'name'),
        `${nameIn(context, 'people', contact.personId, 'name')} (${t(`activation.calls.${contact.kind}`)})`,
        contact.outcome ? `${t(`choices.activationOutcome.${contact.outcome}`)} ${stamp(contact.at)}` : '',
      ]),
    );
    const notificationRows = view.notifications.map((clock) => [
      nameIn(context, 'notificationDuties', clock.dutyId, 'authority'),
      t(`standards.activation.stage.${clock.stage}`),
      stamp(clock.dueAt),
      clock.metAt ? stamp(clock.metAt) : '',
      t(`standards.activation.state.${clock.state}`),
    ]);
    return [
      { kind: 'heading', level: 3, text: String(activation.title ?? '') || t('common.unnamed') },
      { kind: 'definitions', entries },
      ...(notificationRows.length
        ? [
            {
              kind: 'table' as const,
              columns: ['duty', 'stage', 'due', 'met', 'state'].map((column) =>
                t(`standards.activation.columns.${column}`),
              ),
              rows: notificationRows,
              wide: false,
            },
          ]
        : []),
      ...(rows.length
        ? [
            {
              kind: 'table' as const,
              columns: [
                t('fields.callTree.role.label'),
                t('fields.activationEvents.person.label'),
                t('fields.activationEvents.outcome.label'),
              ],
              rows,
              wide: false,
            },
          ]
        : []),
    ];
  });
}

/** What an event is about, when its own text does not already say it: an unknown target is printed as written. */
function unresolvedTarget(event: ListRecord<'activationEvents'>, context: RenderContext): string {
  const target = typeof event.target === 'string' ? event.target : '';
  if (!target) return '';
  const known = (['scenarioSteps', 'playbookChecks', 'roles', 'services', 'incidents'] as const).some((key) =>
    listOf(context.plan, key).some((item) => item.id === target),
  );
  const key = `activation.recon.items.${target}`;
  return known || context.t(key) !== key || event.kind === 'escalation' || event.kind === 'notification' ? '' : target;
}

/** The log of each activation in time order: when, what, by whom. */
function eventBlocks(events: ListRecord<'activationEvents'>[], context: RenderContext): Block[] {
  const { t } = context;
  if (events.length === 0) return [{ kind: 'paragraph', text: t('lists.activationEvents.empty'), tone: 'muted' }];
  const activations = listOf(context.plan, 'activations');
  const groups: { title: string; own: ListRecord<'activationEvents'>[] }[] = [
    ...activations.map((activation) => ({
      title: String(activation.title ?? ''),
      own: events.filter((event) => event.activation === activation.id),
    })),
    // Entries whose activation is gone are still printed: an export never silently drops plan data.
    { title: '', own: events.filter((event) => !activations.some((activation) => activation.id === event.activation)) },
  ];
  return groups.flatMap(({ title, own }): Block[] => {
    if (own.length === 0) return [];
    const sorted = [...own].sort((a, b) => String(a.at).localeCompare(String(b.at)));
    return [
      { kind: 'heading', level: 3, text: title || t('common.unnamed') },
      {
        kind: 'table',
        columns: ['at', 'kind', 'text', 'by'].map((name) => t(`fields.activationEvents.${name}.label`)),
        rows: sorted.map((event) => [
          stamp(event.at),
          t(`choices.activationEventKind.${String(event.kind)}`, { defaultValue: String(event.kind ?? '') }),
          [String(event.text ?? ''), unresolvedTarget(event, context)].filter(Boolean).join(' — '),
          String(event.by ?? ''),
        ]),
        wide: false,
        weights: [2, 2, 6, 2],
      },
    ];
  });
}

registerSectionRenderer('activations', activationBlocks);
registerSectionRenderer('activationEvents', eventBlocks);

import type { FieldDescriptor } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import type { ListRecord } from '../../domain/records';
import type { Item } from '../../domain/section';
import { type Role, rolesSection } from '../../domain/sections/roles';
import type { Block } from '../model';
import { type RenderContext, registerSectionRenderer } from '../renderers';
import { listBlocks } from '../sectionBlocks';
import { formatValue } from '../values';

/** The fields the succession table prints; the roles table above keeps the others. */
const SUCCESSION_FIELDS = [
  'successor',
  'secondSuccessor',
  'successionWhen',
  'authority',
  'spendLimit',
  'authorityLimits',
] as const;

const ROLE_DEFAULTS: Role = rolesSection.schema.parse({});

function fieldOf(name: keyof Role): FieldDescriptor {
  const field = rolesSection.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`roles.${name} is not a field`);
  return field;
}

/** The people who hold the role in turn, numbered as they take over: main contact, deputy, then the successors. */
export function successionLine(role: Role, context: RenderContext): string[] {
  const line = (['main', 'deputy', 'successor', 'secondSuccessor'] as const)
    .map((name) => formatValue(fieldOf(name), role[name], context))
    .filter(Boolean);
  return line.map((name, index) => `${index + 1}. ${name}`);
}

/** What the role may decide, with the amount it may spend. */
function authorityText(role: Role, context: RenderContext): string {
  const powers = formatValue(fieldOf('authority'), role.authority, context);
  const amount = formatValue(fieldOf('spendLimit'), role.spendLimit, context);
  return [powers, amount && context.t('peoplePlaces.succession.upTo', { amount })].filter(Boolean).join('\n');
}

const hasSuccession = (role: Role) =>
  Boolean(
    role.successor ||
    role.secondSuccessor ||
    role.successionWhen.trim() ||
    role.authority.length ||
    role.spendLimit !== null ||
    role.authorityLimits.trim(),
  );

/**
 * The roles as a table of who fills them, then their line of succession and delegated authority
 * (NIST SP 800-34's orders of succession and delegations of authority): for each role who takes
 * over in which order, when that takes effect, what they may decide and where that stops.
 */
export function rolesBlocks(records: ListRecord<'roles'>[], context: RenderContext): Block[] {
  const section = findSection('roles');
  if (!section || section.kind !== 'list') return [];
  const shown = new Set<string>(SUCCESSION_FIELDS);
  const generic = listBlocks(
    { ...section, fields: section.fields.filter((f) => !shown.has(f.name)) },
    records,
    context,
  );
  if (records.length === 0) return generic;
  const { t } = context;
  const s = 'peoplePlaces.succession';
  const roles = records.map((record) => ({ ...ROLE_DEFAULTS, ...record }) as Item<Role>).filter(hasSuccession);
  const heading: Block = { kind: 'heading', level: 3, text: t(`${s}.title`) };
  if (roles.length === 0) return [...generic, heading, { kind: 'paragraph', text: t(`${s}.none`), tone: 'muted' }];
  return [
    ...generic,
    heading,
    { kind: 'paragraph', text: t(`${s}.intro`) },
    {
      kind: 'table',
      columns: [t(`${s}.role`), t(`${s}.line`), t(`${s}.when`), t(`${s}.authority`), t(`${s}.limits`)],
      rows: roles.map((role) => [
        formatValue(fieldOf('name'), role.name, context),
        successionLine(role, context).join('\n'),
        formatValue(fieldOf('successionWhen'), role.successionWhen, context),
        authorityText(role, context),
        formatValue(fieldOf('authorityLimits'), role.authorityLimits, context),
      ]),
      wide: false,
      // Fixed shares: measured from a few roles, the sentence of when succession takes effect was
      // squeezed to a word a line beside the limits.
      weights: [19, 19, 21, 19, 22],
    },
  ];
}

registerSectionRenderer('roles', rolesBlocks);

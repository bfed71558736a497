import type { FieldDescriptor } from '../domain/fields';
import type { SectionDef } from '../domain/section';
import type { Block, Definition } from './model';
import type { LongList } from './largePlans';
import type { RenderContext } from './renderers';
import { holdsTypedList, textBlocks } from './typedLists';
import { fieldHeading, formatValue } from './values';

/** More columns than this and a table gets a landscape page. */
export const PORTRAIT_COLUMNS = 6;
/** More than this and the remaining fields go to the item's details below the table. */
export const MAX_COLUMNS = 9;
/** A long text up to this size reads well beside its label; longer ones get a heading of their own. */
const SHORT_TEXT = 200;
/** A long-text field is a table column only when every item's text is at most this long. */
const COLUMN_TEXT = 120;

export function fieldLabel(section: SectionDef, field: FieldDescriptor, context: RenderContext): string {
  return fieldHeading(section.key, field, context.t);
}

/** The fields this export prints: private ones only when the user chose to include them. */
export function printedFields(section: SectionDef, context: RenderContext): FieldDescriptor[] {
  return section.fields.filter((field) => context.includePrivate || !field.private);
}

/** The section's own name: the list title, else a section title, else the step's title. */
export function sectionTitle(section: SectionDef, fallback: string, context: RenderContext): string {
  for (const key of [`lists.${section.key}.title`, `sections.${section.key}.title`]) {
    const title = context.t(key);
    if (title !== key) return title;
  }
  return fallback;
}

/** A long text too long for a table cell, in paragraphs, or holding a typed list (printed as a real list). */
const isLong = (field: FieldDescriptor, text: string) =>
  field.widget === 'longText' && (text.length > SHORT_TEXT || /\n\s*\n/.test(text) || holdsTypedList(text));

/*
 * The generic printing reads a record by its section's field descriptors, whichever section it is,
 * so records here are untyped: a section needs no code of its own to be printed.
 */

/** A singleton: short values as label–value pairs, long texts as titled paragraphs. */
export function singletonBlocks(
  section: SectionDef,
  record: Readonly<Record<string, unknown>>,
  context: RenderContext,
): Block[] {
  const entries: Definition[] = [];
  const long: Block[] = [];
  const empty = context.t('exports.document.notFilled');
  for (const field of printedFields(section, context)) {
    const text = formatValue(field, record[field.name], context);
    if (isLong(field, text))
      long.push({ kind: 'heading', level: 3, text: fieldLabel(section, field, context) }, ...textBlocks(text));
    else entries.push({ term: fieldLabel(section, field, context), value: text || empty });
  }
  return [...(entries.length ? [{ kind: 'definitions' as const, entries }] : []), ...long];
}

/** The fields as one table, one row per item. */
function itemTable(
  section: SectionDef,
  fields: FieldDescriptor[],
  items: Readonly<Record<string, unknown>>[],
  context: RenderContext,
): Block {
  return {
    kind: 'table',
    columns: fields.map((field) => fieldLabel(section, field, context)),
    rows: items.map((item) => fields.map((field) => formatValue(field, item[field.name], context))),
    wide: fields.length > PORTRAIT_COLUMNS,
  };
}

/**
 * A list: one table of its short fields (the title first); short fields beyond what one table holds
 * go to a further table that repeats the title column; then per item the long texts. So every
 * entered value is printed somewhere, and a short value never takes a box of its own per item.
 *
 * A long list (`long`) prints first a register of every item, one line each with the columns that
 * tell them apart; then the tables and long texts of the items that matter first in an emergency.
 * So its pages grow with what matters, not with the size of the inventory.
 */
export function listBlocks(
  section: SectionDef & { titleField: string },
  items: Readonly<Record<string, unknown>>[],
  context: RenderContext,
  long?: LongList,
): Block[] {
  if (items.length === 0) return [{ kind: 'paragraph', text: context.t('exports.document.emptyList'), tone: 'muted' }];
  const fields = printedFields(section, context);
  const titleField = fields.find((field) => field.name === section.titleField);
  const values = (field: FieldDescriptor) => items.map((item) => formatValue(field, item[field.name], context));
  // A long-text field whose texts are all short reads best as a column too.
  const fitsColumn = (field: FieldDescriptor) =>
    field.widget !== 'longText' || values(field).every((text) => !isLong(field, text) && text.length <= COLUMN_TEXT);
  const filled = (field: FieldDescriptor) => values(field).some((text) => text !== '');
  const title = titleField ? [titleField] : [];
  const perTable = MAX_COLUMNS - title.length;
  const register = long ? fields.filter((field) => long.registerFields.includes(field.name) && filled(field)) : [];
  const shortFields = fields.filter(
    (field) => field !== titleField && !register.includes(field) && fitsColumn(field) && filled(field),
  );
  const detailed = long ? items.filter(long.inDetail) : items;
  const tables: Block[] = long ? [itemTable(section, [...title, ...register], items, context)] : [];
  for (let start = 0; start === 0 || start < shortFields.length; start += perTable) {
    if (detailed.length && (start < shortFields.length || !long))
      tables.push(itemTable(section, [...title, ...shortFields.slice(start, start + perTable)], detailed, context));
  }
  const detailFields = fields.filter(
    (field) => field !== titleField && !register.includes(field) && !shortFields.includes(field),
  );

  const blocks: Block[] = tables;
  if (long && detailed.length < items.length) {
    blocks.splice(1, 0, {
      kind: 'paragraph',
      tone: 'muted',
      text: context.t('exports.document.detailsSelected', {
        count: detailed.length,
        total: items.length,
        fields: [...shortFields, ...detailFields].map((field) => fieldLabel(section, field, context)).join(', '),
      }),
    });
  }
  for (const item of detailed) {
    const entries = detailFields
      .map((field) => ({
        term: fieldLabel(section, field, context),
        value: formatValue(field, item[field.name], context),
      }))
      .filter((entry) => entry.value !== '');
    if (entries.length === 0) continue;
    const name = titleField ? formatValue(titleField, item[titleField.name], context) : '';
    // A text holding a typed list (a procedure's steps) follows the item's table as a real list, led by its label.
    const listed = entries.filter((entry) => holdsTypedList(entry.value));
    const plain = entries.filter((entry) => !listed.includes(entry));
    blocks.push(
      { kind: 'heading', level: 3, text: name || context.t('exports.document.details') },
      ...(plain.length ? [{ kind: 'definitions' as const, entries: plain }] : []),
      ...listed.flatMap((entry): Block[] => [
        { kind: 'paragraph', text: `${entry.term}:` },
        ...textBlocks(entry.value),
      ]),
    );
  }
  return blocks;
}

import { SECTIONS } from '../domain/plan';
import type { Block } from './model';
import type { RenderContext } from './renderers';
import { fieldLabel, printedFields, sectionTitle } from './sectionBlocks';
import { formatValue } from './values';

export interface AnnexContent {
  id: string;
  title: string;
  intro: string;
  blocks: Block[];
}

const BLANK_LOG_ROWS = 14;
const REVIEW_LINES = 4;

/**
 * Every phone number and e-mail address in the plan, from whatever section holds them, so a new
 * section with contact fields lands in the contact list without anyone listing it here.
 */
export function contactsAnnex(context: RenderContext): AnnexContent {
  const { t } = context;
  const rows: string[][] = [];
  for (const section of SECTIONS) {
    const fields = printedFields(section, context);
    const phones = fields.filter((field) => field.widget === 'phone');
    const emails = fields.filter((field) => field.widget === 'email');
    if (phones.length + emails.length === 0) continue;
    const content = context.plan.sections[section.key];
    const records = Array.isArray(content) ? content : content ? [content] : [];
    const from = sectionTitle(section, section.key, context);
    for (const record of records) {
      const join = (list: typeof fields) =>
        list
          .map((field) => {
            const value = formatValue(field, record[field.name], context);
            return value && list.length > 1 ? `${value} (${fieldLabel(section, field, context)})` : value;
          })
          .filter(Boolean)
          .join('\n');
      const phone = join(phones);
      const email = join(emails);
      if (!phone && !email) continue;
      const name =
        section.kind === 'list'
          ? formatValue({ name: section.titleField, widget: 'text' }, record[section.titleField], context)
          : from;
      rows.push([name, from, phone, email]);
    }
  }
  const c = 'exports.document.annexes.contacts';
  return {
    id: 'annex-contacts',
    title: t(`${c}.title`),
    intro: t(`${c}.intro`),
    blocks: rows.length
      ? [
          {
            kind: 'table',
            columns: [t(`${c}.name`), t(`${c}.from`), t(`${c}.phone`), t(`${c}.email`)],
            rows,
            wide: false,
          },
        ]
      : [{ kind: 'paragraph', text: t(`${c}.empty`), tone: 'muted' }],
  };
}

export function incidentLogAnnex({ t }: RenderContext): AnnexContent {
  const l = 'exports.document.annexes.incidentLog';
  const columns = ['when', 'type', 'description', 'team', 'actions', 'by'].map((column) => t(`${l}.${column}`));
  return {
    id: 'annex-incident-log',
    title: t(`${l}.title`),
    intro: t(`${l}.intro`),
    blocks: [
      { kind: 'table', columns, rows: [], blankRows: BLANK_LOG_ROWS, wide: true, weights: [14, 12, 30, 16, 30, 8] },
    ],
  };
}

const REVIEW_QUESTIONS = [
  'detection',
  'assessment',
  'communication',
  'rootCause',
  'recovery',
  'prevention',
  'response',
  'management',
  'staff',
  'improvements',
  'damage',
] as const;

export function reviewAnnex({ t }: RenderContext): AnnexContent {
  const r = 'exports.document.annexes.review';
  return {
    id: 'annex-review',
    title: t(`${r}.title`),
    intro: t(`${r}.intro`),
    blocks: [
      { kind: 'form', questions: [t(`${r}.incident`), t(`${r}.filledBy`)], lines: 1 },
      {
        kind: 'form',
        questions: REVIEW_QUESTIONS.map((question) => t(`${r}.questions.${question}`)),
        lines: REVIEW_LINES,
      },
    ],
  };
}

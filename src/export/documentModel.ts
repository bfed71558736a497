import type { TFunction, TOptions } from 'i18next';
import { SECTIONS, STEPS, findSection } from '../domain/plan';
import type { PlanJson } from '../domain/planJson';
import type { SectionDef } from '../domain/section';
import { contactsAnnex, incidentLogAnnex, reviewAnnex, type AnnexContent } from './annexes';
import { assessmentAnnex, notificationAnnex, reconstitutionAnnex } from './formAnnexes';
import { findingsAnnex, summaryChapter } from './managementSummary';
import { planFindings } from './planFindings';
import type { Block, Chapter, DocumentHeader, DocumentModel } from './model';
import { type RenderContext, sectionRenderer, stepRenderer } from './renderers';
import './sections';
// Sections and derived steps with a rendering of their own register it on import.
import './restartOrderChapter';
import './activationLog';
import './inventoryChapter';
import { longList } from './largePlans';
import { listBlocks, sectionTitle, singletonBlocks } from './sectionBlocks';
import { formatDate, todayIso } from './values';
import { type ChangeRecordEntry, PICTURES_PART } from '../domain/versions';
import { ORGANISATION_KINDS, wordingRegion } from '../domain/organisationKinds';
import type { SingletonRecord } from '../domain/records';
import type { Organisation } from '../domain/sections/organisation';
import { fieldText, singletonOf } from './planRecords';

export interface ExportOptions {
  language: 'nl' | 'en';
  /** False for an edition meant for wide distribution: private fields are left out. */
  includePrivate: boolean;
  /** The print date; the clock by default. */
  now?: Date;
  /** The plan's issued versions, newest first, for the record of changes. */
  changeRecord?: readonly ChangeRecordEntry[];
}

/**
 * A section's records as the generic printing reads them: by its field descriptors, for whichever
 * section it is, so untyped (one record for a singleton, an empty one when it is missing).
 */
function recordsOf(plan: PlanJson, section: SectionDef): Record<string, unknown>[] {
  const content = plan.sections[section.key];
  if (Array.isArray(content)) return content;
  if (section.kind === 'list') return [];
  return [content ?? {}];
}

/** Names list items by their title field, so a reference prints as a name, not an id. */
function titleIndex(plan: PlanJson): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const section of SECTIONS) {
    if (section.kind !== 'list') continue;
    const titles = new Map<string, string>();
    for (const item of recordsOf(plan, section)) {
      const title = item[section.titleField];
      if (typeof item.id === 'string') titles.set(item.id, typeof title === 'string' && title.trim() ? title : item.id);
    }
    index.set(section.key, titles);
  }
  return index;
}

export function sectionContent(section: SectionDef, context: RenderContext): Block[] {
  const records = recordsOf(context.plan, section);
  const custom = sectionRenderer(section.key);
  if (custom) return custom(records, context);
  return section.kind === 'singleton'
    ? singletonBlocks(section, records[0] ?? {}, context)
    : listBlocks(section, records, context, longList(section.key, records, context));
}

function sectionsBlocks(keys: readonly string[], fallbackTitle: string, context: RenderContext): Block[] {
  const sections = keys.map(findSection).filter((section): section is SectionDef => section !== undefined);
  return sections.flatMap((section) => {
    const title = sectionTitle(section, fallbackTitle, context);
    // A chapter of one section needs no second title saying the same.
    const heading =
      sections.length > 1 && title !== fallbackTitle
        ? [{ kind: 'heading' as const, level: 2 as const, text: title }]
        : [];
    return [...heading, ...sectionContent(section, context)];
  });
}

/**
 * Headings that never skip a level: a chapter (level 1) of one section goes straight to its
 * fields' and items' headings, written as level 3, which become level 2 until a part's own
 * level-2 heading comes. Word's navigation,
 * the PDF's bookmarks and a screen reader all read the outline from these levels.
 */
export function headingsInOrder(blocks: Block[]): Block[] {
  let underPart = false;
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    if (block.level === 2) underPart = true;
    return block.level === 3 && !underPart ? { ...block, level: 2, minor: true } : block;
  });
}

/** The language tag of the document's text: Flemish unless the organisation is Dutch, British English. */
export function documentLocale(language: 'nl' | 'en', organisation: SingletonRecord<'organisation'>): string {
  if (language === 'en') return 'en-GB';
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const kind = ORGANISATION_KINDS.find((candidate) => candidate === organisation.kind) ?? '';
  const region = wordingRegion(kind, text(organisation.country));
  return region === 'netherlands' || region === 'nl' ? 'nl-NL' : 'nl-BE';
}

/** The header fields of any document of the plan, as of `now`. */
export function documentHeader(context: RenderContext, now: Date): DocumentHeader {
  const organisation = singletonOf(context.plan, 'organisation');
  const text = (name: keyof Organisation & string) => fieldText(context, 'organisation', organisation, name);
  const isoDate = todayIso(now);
  return {
    language: context.language,
    locale: documentLocale(context.language, organisation),
    organisation: text('name'),
    version: text('planVersion'),
    owner: text('planOwner'),
    date: formatDate(isoDate, context.language),
    isoDate,
    classification: context.t('exports.document.classification'),
  };
}

/** The chapter a stepwise build is about to make: its place among the candidate chapters and its title. */
export interface ChapterStart {
  number: number;
  of: number;
  title: string;
}

/** One chapter per wizard step that has something to print, in the wizard's order; yields before each. */
function* stepChapters(
  context: RenderContext,
  leading: readonly Omit<Chapter, 'number' | 'label'>[],
): Generator<ChapterStart, Chapter[]> {
  const { t } = context;
  // A section no step shows yet is still printed: an export never silently drops plan data.
  const shown = new Set(STEPS.flatMap((step) => step.sections));
  const unplaced = SECTIONS.filter((section) => !shown.has(section.key)).map((section) => section.key);
  const candidates = [
    ...STEPS.map((step) => ({
      id: step.id as string,
      title: t(`steps.${step.id}.title`),
      sections: [...step.sections],
      custom: stepRenderer(step.id),
      always: false,
    })),
    ...(unplaced.length
      ? [
          {
            id: 'other',
            title: t('exports.document.otherSections'),
            sections: unplaced,
            custom: undefined,
            always: true,
          },
        ]
      : []),
  ];
  const chapters: Omit<Chapter, 'number' | 'label'>[] = [...leading];
  for (const [index, candidate] of candidates.entries()) {
    yield { number: index + 1, of: candidates.length, title: candidate.title };
    const { id, title, sections, custom } = candidate;
    const blocks = headingsInOrder([...sectionsBlocks(sections, title, context), ...(custom ? custom(context) : [])]);
    if (blocks.length === 0 && !candidate.always) continue;
    chapters.push({ id, title, intro: '', blocks, sections });
  }
  return chapters.map((chapter, index) => ({
    ...chapter,
    number: String(index + 1),
    label: t('exports.document.chapterNumber', { number: index + 1 }),
  }));
}

function annexChapters(annexes: AnnexContent[], t: TFunction): Chapter[] {
  return annexes.map((annex, index) => {
    const letter = String.fromCharCode(65 + index);
    return {
      ...annex,
      blocks: headingsInOrder(annex.blocks),
      number: letter,
      label: t('exports.document.annex', { letter }),
      sections: [],
    };
  });
}

/**
 * The translator with each answer kept: i18next resolves a key (its region context, fallbacks) on
 * every call, and a plan of thousands of rows asks the same few hundred labels thousands of times.
 */
function rememberingTranslator(t: TFunction): TFunction {
  const answers = new Map<string, unknown>();
  return ((key: string | string[], options?: TOptions) => {
    const id = options === undefined ? String(key) : `${String(key)}\u0000${JSON.stringify(options)}`;
    if (answers.has(id)) return answers.get(id);
    const answer = (t as (key: string | string[], options?: TOptions) => unknown)(key, options);
    answers.set(id, answer);
    return answer;
  }) as TFunction;
}

/** What every builder reads: the plan, the translator, the options, and names for references. */
/**
 * The plan as the documents print it: a person's private number only with their consent (the
 * edition without private data leaves out every private field besides).
 */
function withConsentedNumbers(plan: PlanJson): PlanJson {
  const people = plan.sections.people;
  if (!Array.isArray(people) || people.every((person) => !person.privatePhone || person.privateConsent === true))
    return plan;
  const consented = people.map((person) =>
    person.privatePhone && person.privateConsent !== true ? { ...person, privatePhone: '' } : person,
  );
  return { ...plan, sections: { ...plan.sections, people: consented } };
}

export function renderContext(plan: PlanJson, t: TFunction, options: ExportOptions): RenderContext {
  const titles = titleIndex(plan);
  return {
    t: rememberingTranslator(t),
    plan: withConsentedNumbers(plan),
    language: options.language,
    includePrivate: options.includePrivate,
    resolve: (section, id) => titles.get(section)?.get(id),
  };
}

/**
 * The record of changes: one row per issued version with what it changed (its comment, else the
 * parts of the plan it changed); a plan without issued versions shows its current version.
 */
function versionRows(options: ExportOptions, context: RenderContext, current: () => string[][]): string[][] {
  if (!options.changeRecord?.length) return current();
  return options.changeRecord.map((entry) => {
    const parts = entry.sectionsChanged.map((key) => {
      const section = findSection(key);
      if (key === PICTURES_PART) return context.t('lists.pictures.title');
      return section ? sectionTitle(section, key, context) : key;
    });
    const changes = entry.comment.trim() || parts.join(', ');
    const date = entry.approvedOn || entry.issuedAt.slice(0, 10);
    return [entry.number, date ? formatDate(date, options.language) : '', changes, entry.approvedBy, ''];
  });
}

/** The document model, built chapter by chapter: it yields before each chapter. */
function* documentModelBuild(
  plan: PlanJson,
  translate: TFunction,
  options: ExportOptions,
): Generator<ChapterStart, DocumentModel> {
  const context = renderContext(plan, translate, options);
  // The findings read the plan as entered: a private number kept without consent is one of them.
  const findings = planFindings({ ...context, plan }, options.now ?? new Date());
  const chapters = yield* stepChapters(context, [summaryChapter(context, findings)]);
  const { t } = context;
  const organisation = singletonOf(plan, 'organisation');
  const text = (name: keyof Organisation & string) => fieldText(context, 'organisation', organisation, name);
  const d = 'exports.document';
  const header = documentHeader(context, options.now ?? new Date());
  const { organisation: name, version, date } = header;
  const title = t(`${d}.planTitle`);
  const v = `${d}.versions`;
  // The date Word fills in when it prints goes where {{date}} stands.
  const [printedBefore = '', printedAfter = ''] = t(`${d}.footer.printed`, { date: '\u0000' }).split('\u0000');
  return {
    ...header,
    title,
    subtitle: t(`${d}.planSubtitle`),
    edition: options.includePrivate ? '' : t(`${d}.withoutPrivate`),
    texts: {
      contents: t(`${d}.contents`),
      contentsHint: t(`${d}.contentsHint`),
      header: version
        ? t(`${d}.header`, { organisation: name, title, version })
        : t(`${d}.headerNoVersion`, { organisation: name, title }),
      page: t(`${d}.footer.page`),
      of: t(`${d}.footer.of`),
      printedOn: [printedBefore, printedAfter],
      made: t(`${d}.footer.made`, { date }),
      cover: {
        organisation: t(`${d}.cover.organisation`),
        version: t(`${d}.cover.version`),
        date: t(`${d}.cover.date`),
        classification: t(`${d}.cover.classification`),
        owner: t(`${d}.cover.owner`),
      },
      versions: {
        title: t(`${v}.title`),
        intro: t(`${v}.intro`),
        columns: [t(`${v}.version`), t(`${v}.date`), t(`${v}.changes`), t(`${v}.approvedBy`), t(`${v}.signature`)],
        rows: versionRows(options, context, () => [
          [version, text('approvedOn'), version ? t(`${v}.current`) : '', text('approvedBy'), ''],
        ]),
      },
    },
    chapters,
    annexes: annexChapters(
      [
        contactsAnnex(context),
        assessmentAnnex(context),
        notificationAnnex(context),
        incidentLogAnnex(context),
        reconstitutionAnnex(context),
        reviewAnnex(context),
        findingsAnnex(context, findings),
      ],
      t,
    ),
  };
}

/** Builds the document model of a plan: what both the Word export and the print view show. */
export function buildDocumentModel(plan: PlanJson, translate: TFunction, options: ExportOptions): DocumentModel {
  const build = documentModelBuild(plan, translate, options);
  let step = build.next();
  while (!step.done) step = build.next();
  return step.value;
}

/** The same model, awaiting `beforeChapter` before each chapter (to tell how far it is, and to let other calls in). */
export async function buildDocumentModelStepwise(
  plan: PlanJson,
  translate: TFunction,
  options: ExportOptions,
  beforeChapter: (chapter: ChapterStart) => Promise<void>,
): Promise<DocumentModel> {
  const build = documentModelBuild(plan, translate, options);
  let step = build.next();
  while (!step.done) {
    await beforeChapter(step.value);
    step = build.next();
  }
  return step.value;
}

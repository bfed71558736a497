import { chapterHeading, contentsEntries, partAnchors } from '../contents';
import type { Chapter, DocumentModel } from '../model';
import { COLOURS } from '../palette';
import { pageRuns } from '../pageLayout';
import { blockPieces } from './blockPieces';
import { type PendingNumber, contentsPieces, numbered } from './contentsPieces';
import type { LaidOutDocument, LaidOutPage, OutlineEntry, TextMeasure } from './layout';
import { Typesetter } from './lineBreaking';
import { PageFlow, type Piece, StructureTree } from './pageFlow';
import { FOOTER_FROM_BOTTOM, FRAME_SIZE, type Frame, HEADER_BASELINE, HEADER_RULE, MARGIN, MM } from './pageFrame';
import { definitionPieces, dataTablePieces } from './tablePieces';
import { type LayoutContext, SPACING, STYLES, blockPiece, linePieces } from './textPieces';

/** The cover's look (the print view's .cover and Word's cover page). */
const COVER = {
  classification: { face: 'bold', size: 11, colour: COLOURS.confidential, leading: 14 },
  organisation: { face: 'regular', size: 16, colour: COLOURS.muted, leading: 20 },
  title: { face: 'bold', size: 28, colour: COLOURS.accent, leading: 33 },
  subtitle: { face: 'regular', size: 12, colour: COLOURS.muted, leading: 15 },
} as const;

function coverPieces(context: LayoutContext, model: DocumentModel, frame: Frame, parent: number): Piece[] {
  const { structure, setter, locale } = context;
  const { cover } = model.texts;
  const classification = model.classification.toLocaleUpperCase(locale);
  const classificationWidth = setter.width(classification, 'bold', COVER.classification.size);
  const classificationPiece = blockPiece(
    context,
    classification,
    COVER.classification,
    frame.right - Math.min(classificationWidth, frame.textWidth),
    frame.textWidth,
    structure.add('P', parent),
  );
  return [
    classificationPiece,
    ...linePieces(
      context,
      model.organisation,
      COVER.organisation,
      frame.left,
      frame.textWidth,
      structure.add('P', parent),
      {
        before: 140,
        after: 2 * MM,
      },
    ),
    blockPiece(context, model.title, COVER.title, frame.left, frame.textWidth, structure.add('H1', parent), {
      after: 4 * MM,
    }),
    ...linePieces(context, model.subtitle, COVER.subtitle, frame.left, frame.textWidth, structure.add('P', parent), {
      after: 25 * MM,
    }),
    ...definitionPieces(
      context,
      [
        { term: cover.organisation, value: model.organisation },
        { term: cover.version, value: model.version || '—' },
        { term: cover.date, value: model.date },
        { term: cover.owner, value: model.owner || '—' },
        { term: cover.classification, value: model.classification },
      ],
      frame,
      parent,
      frame.textWidth * 0.75,
    ),
    ...(model.edition
      ? linePieces(context, model.edition, STYLES.muted, frame.left, frame.textWidth, structure.add('P', parent), {
          before: 4 * MM,
        })
      : []),
  ];
}

/** A front page's title ("Versions", "Contents"): as the print view's front chapter label. */
function frontLabel(context: LayoutContext, text: string, frame: Frame, parent: number): Piece {
  return blockPiece(
    context,
    text.toLocaleUpperCase(context.locale),
    STYLES.frontLabel,
    frame.left,
    frame.textWidth,
    context.structure.add('H1', parent),
    {
      after: 5 * MM,
      keepWithNext: true,
    },
  );
}

/** A chapter: its label, heading (destination and outline level 1) and introduction, then its blocks, a wide table's run on landscape pages. */
function layChapter(context: LayoutContext, flow: PageFlow, chapter: Chapter, outline: OutlineEntry[]): void {
  const { structure } = context;
  const section = structure.add('Sect', -1);
  const anchors = partAnchors(chapter);
  outline.push({ title: chapterHeading(chapter), level: 1, destination: chapter.id });
  let headings = 0;
  pageRuns(chapter).forEach((run, index) => {
    flow.newPage(run.orientation);
    const frame = flow.currentFrame;
    const pieces: Piece[] = [];
    if (index === 0) {
      pieces.push(
        blockPiece(
          context,
          chapter.label.toLocaleUpperCase(context.locale),
          STYLES.label,
          frame.left,
          frame.textWidth,
          structure.add('P', section),
          {
            after: 1 * MM,
            keepWithNext: true,
          },
        ),
        blockPiece(
          context,
          chapterHeading(chapter),
          STYLES.h1,
          frame.left,
          frame.textWidth,
          structure.add('H1', section),
          {
            after: SPACING.h1,
            keepWithNext: true,
            destinations: [{ name: chapter.id, y: 0 }],
          },
        ),
      );
      if (chapter.intro)
        pieces.push(
          ...linePieces(context, chapter.intro, STYLES.body, frame.left, frame.textWidth, structure.add('P', section), {
            after: SPACING.paragraph,
          }),
        );
    }
    for (const block of run.blocks) {
      if (block.kind === 'heading') {
        const destination = anchors.get(block) ?? `${chapter.id}--h${++headings}`;
        outline.push({ title: block.text, level: block.level, destination });
        pieces.push(...blockPieces(context, block, frame, section, { destination, level: block.level }));
      } else pieces.push(...blockPieces(context, block, frame, section));
    }
    flow.place(pieces);
  });
}

/** The running header (organisation, plan, version) and footer (page X of Y, classification, date made) on every page but the cover: artifacts. */
function pageFrame(context: LayoutContext, model: DocumentModel, pages: LaidOutPage[]): void {
  const { setter } = context;
  const total = pages.length;
  const classificationWidth = setter.width(model.classification, 'bold', FRAME_SIZE);
  const madeWidth = setter.width(model.texts.made, 'regular', FRAME_SIZE);
  const header = setter.lines(model.texts.header, 'regular', FRAME_SIZE, 1e6)[0]?.text ?? '';
  const headerWidth = setter.width(header, 'regular', FRAME_SIZE);
  const text = (value: string, x: number, y: number, face: 'regular' | 'bold' = 'regular', colour = COLOURS.muted) =>
    ({ kind: 'text', text: value, x, y, face, size: FRAME_SIZE, colour, tag: null }) as const;
  pages.forEach((page, index) => {
    if (index === 0) return;
    const left = MARGIN;
    const right = page.width - MARGIN;
    const footer = page.height - FOOTER_FROM_BOTTOM;
    page.ops.push(
      text(header, right - headerWidth, HEADER_BASELINE),
      { kind: 'line', x1: left, y1: HEADER_RULE, x2: right, y2: HEADER_RULE, colour: COLOURS.rule, lineWidth: 0.5 },
      text(`${model.texts.page} ${index + 1} ${model.texts.of} ${total}`, left, footer),
      text(model.classification, (left + right - classificationWidth) / 2, footer, 'bold', COLOURS.confidential),
      text(model.texts.made, right - madeWidth, footer),
    );
  });
}

/**
 * The plan laid out into pages: the cover, the versions table, the contents with the page each
 * entry's heading landed on, then every chapter and annex, each on a new page, with the running
 * header and footer. Pure: the same model and measure always give the same pages.
 */
export function layoutDocument(model: DocumentModel, measure: TextMeasure): LaidOutDocument {
  const structure = new StructureTree();
  const context: LayoutContext = { setter: new Typesetter(measure, model.language), structure, locale: model.locale };
  const flow = new PageFlow();
  const outline: OutlineEntry[] = [];

  flow.newPage('portrait');
  flow.place(coverPieces(context, model, flow.currentFrame, structure.add('Sect', -1)));

  const { versions } = model.texts;
  flow.newPage('portrait');
  const front = structure.add('Sect', -1);
  flow.place([
    frontLabel(context, versions.title, flow.currentFrame, front),
    ...linePieces(
      context,
      versions.intro,
      STYLES.body,
      flow.currentFrame.left,
      flow.currentFrame.textWidth,
      structure.add('P', front),
      {
        after: SPACING.paragraph,
      },
    ),
    ...dataTablePieces(
      context,
      { columns: versions.columns, rows: versions.rows, blankRows: 6 },
      flow.currentFrame,
      front,
    ),
  ]);

  flow.newPage('portrait');
  const contents = structure.add('Sect', -1);
  const pending: PendingNumber[] = [];
  const hint = model.texts.contentsHint;
  flow.place([
    frontLabel(context, model.texts.contents, flow.currentFrame, contents),
    ...contentsPieces(context, contentsEntries(model), flow.currentFrame, contents, pending),
    ...(hint
      ? linePieces(
          context,
          hint,
          STYLES.muted,
          flow.currentFrame.left,
          flow.currentFrame.textWidth,
          structure.add('P', contents),
          {
            before: 4 * MM,
          },
        )
      : []),
  ]);

  for (const chapter of [...model.chapters, ...model.annexes]) layChapter(context, flow, chapter, outline);
  numbered(context, pending, (anchor) => flow.destinationPages.get(anchor));
  pageFrame(context, model, flow.pages);

  return {
    pages: flow.pages,
    structure: structure.elements,
    outline,
    properties: {
      title: `${model.title} – ${model.organisation}`,
      author: model.owner || model.organisation,
      subject: model.subtitle,
      keywords: [model.classification, model.version].filter(Boolean).join(', '),
      locale: model.locale,
    },
  };
}

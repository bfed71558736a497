import { pictureDataUrl } from '../../domain/pictures';
import { type ContentsEntry, chapterHeading, contentsEntries, partAnchors } from '../contents';
import type { Block, Chapter, DocumentModel } from '../model';
import { TEXT_WIDTH } from '../docx/frame';
import { columnWidths } from '../tableMeasures';
import { hyphenatedBlock } from '../hyphenation';
import { pageRuns } from '../pageLayout';
import { INERT_PAGE_POLICY, PRINT_CSS, pageCss } from './printCss';

/** Text as HTML: escaped, without characters HTML cannot hold, line breaks kept. */
export function html(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      .replace(/\r\n?|\n/g, '<br>')
  );
}

/** A table's text as HTML: escaped (`html`), or also with links where a renderer knows what to link (the card's numbers). */
export type TextHtml = (text: string) => string;

/** A cell's text: one paragraph as bare text (a large plan has some 100,000 cells to lay out), more as paragraphs. */
const paragraphs = (text: string, inline: TextHtml = html) => {
  const parts = text.split(/\n\s*\n/);
  return parts.length === 1 ? inline(text) : parts.map((part) => `<p>${inline(part)}</p>`).join('');
};

function table(
  columns: string[],
  rows: string[][],
  blankRows = 0,
  weights?: number[],
  inline: TextHtml = html,
  layoutWidth?: number,
): string {
  // The Word file's column widths (tableLayout.ts), so the PDF breaks its words where Word does: not inside one.
  const widths = weights ?? (layoutWidth ? columnWidths(columns, rows, layoutWidth) : undefined);
  const total = widths?.reduce((sum, weight) => sum + weight, 0) ?? 0;
  const colgroup = widths
    ? `<colgroup>${widths.map((weight) => `<col style="width:${((weight / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`
    : '';
  const head = `<thead><tr>${columns.map((column) => `<th>${inline(column)}</th>`).join('')}</tr></thead>`;
  const measured = widths !== undefined && weights === undefined;
  // A short value (a phone number, a date) stays on one line, unless the column was measured to wrap it as Word does.
  const short = (text: string) => !measured && text.length <= 14;
  const cell = (text: string) => `<td${short(text) ? ' class="short"' : ''}>${paragraphs(text, inline)}</td>`;
  const body = rows.map((row) => `<tr>${columns.map((_, i) => cell(row[i] ?? '')).join('')}</tr>`);
  const blanks = Array.from(
    { length: blankRows },
    () => `<tr class="blank">${columns.map(() => '<td></td>').join('')}</tr>`,
  );
  return `<table class="data${columns.length > 6 ? ' compact' : ''}${measured ? ' measured' : ''}">${colgroup}${head}<tbody>${[...body, ...blanks].join('')}</tbody></table>`;
}

/**
 * A picture as a data: URL (the page's policy allows images from data: only), at most as wide as the
 * text and never wider than itself, its caption below it.
 */
function figureHtml(block: Extract<Block, { kind: 'figure' }>): string {
  const caption = block.caption ? `${block.label}: ${block.caption}` : block.label;
  return `<figure class="picture"><img src="${pictureDataUrl(block)}" width="${block.width}" height="${block.height}" alt="${html(block.caption || block.label)}"><figcaption>${html(caption)}</figcaption></figure>`;
}

/** A block as HTML; `layoutWidth` (twips, as the Word page's text width) gives its tables the Word file's column widths. */
export function blockHtml(block: Block, anchor?: string, inline: TextHtml = html, layoutWidth?: number): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}${anchor ? ` id="${html(anchor)}"` : ''}>${html(block.text)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${html(item)}</li>`).join('')}</${tag}>`;
    }
    case 'paragraph':
      return `<p${block.tone === 'muted' ? ' class="muted"' : ''}>${html(block.text)}</p>`;
    case 'definitions':
      return `<table class="definitions"><tbody>${block.entries
        .map((entry) => `<tr><th scope="row">${html(entry.term)}</th><td>${paragraphs(entry.value, inline)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'table':
      return table(block.columns, block.rows, block.blankRows, block.weights, inline, layoutWidth);
    case 'matrix':
      return `<table class="matrix"><thead><tr><th>${html(block.corner)}</th>${block.columns.map((column) => `<th>${html(column)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map(
          (row) =>
            `<tr><th scope="row">${html(row.label)}</th>${row.cells.map((entry) => `<td class="tone-${entry.tone}"><span class="level">${html(entry.level)}</span>${html(entry.text)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table><p class="muted">${html(block.caption)}</p>`;
    case 'figure':
      return figureHtml(block);
    case 'form':
      return block.questions
        .map(
          (question) =>
            `<div class="question"><p><strong>${html(question)}</strong></p>${'<div class="line"></div>'.repeat(block.lines)}</div>`,
        )
        .join('');
  }
}

/** One `<section>` per run of pages, so only a wide table's pages print landscape; the first carries the chapter's anchor and title. */
function chapterHtml(chapter: Chapter, language: DocumentModel['language']): string {
  const anchors = partAnchors(chapter);
  return pageRuns(chapter)
    .map((run, index) => {
      const wide = run.orientation === 'landscape' ? ' wide' : '';
      const opening =
        index === 0
          ? `<p class="chapter-label">${html(chapter.label)}</p>
<h1>${html(chapterHeading(chapter))}</h1>
${chapter.intro ? `<p>${html(chapter.intro)}</p>` : ''}
`
          : '';
      return `<section class="chapter${wide}${index > 0 ? ' continued' : ''}"${index === 0 ? ` id="${html(chapter.id)}"` : ''}>
${opening}${run.blocks
        .map((block) =>
          blockHtml(
            hyphenatedBlock(block, language, TEXT_WIDTH[run.orientation]),
            anchors.get(block),
            html,
            TEXT_WIDTH[run.orientation],
          ),
        )
        .join('\n')}
</section>`;
    })
    .join('\n');
}

function coverHtml(model: DocumentModel): string {
  const { cover } = model.texts;
  const rows: [string, string][] = [
    [cover.organisation, model.organisation],
    [cover.version, model.version || '—'],
    [cover.date, model.date],
    [cover.owner, model.owner || '—'],
    [cover.classification, model.classification],
  ];
  return `<section class="cover">
<p class="classification">${html(model.classification)}</p>
<p class="organisation">${html(model.organisation)}</p>
<h1 class="title">${html(model.title)}</h1>
<p class="subtitle">${html(model.subtitle)}</p>
<table class="definitions cover-facts"><tbody>${rows.map(([term, value]) => `<tr><th scope="row">${html(term)}</th><td>${html(value)}</td></tr>`).join('')}</tbody></table>
${model.edition ? `<p class="muted">${html(model.edition)}</p>` : ''}
</section>`;
}

/** A contents entry: a link to its heading (a page in a browser has no page numbers; the PDF's contents carry them). */
function contentsEntryHtml(entry: ContentsEntry): string {
  return `<li class="level-${entry.level}"><a href="#${html(entry.anchor)}"><span class="entry">${html(entry.text)}</span></a></li>`;
}

function frontMatterHtml(model: DocumentModel): string {
  const { versions } = model.texts;
  const entries = contentsEntries(model)
    .map((entry) => contentsEntryHtml(entry))
    .join('');
  return `<section class="front">
<p class="chapter-label">${html(versions.title)}</p>
<p>${html(versions.intro)}</p>
${table(versions.columns, versions.rows, 6)}
</section>
<nav class="front contents" aria-label="${html(model.texts.contents)}">
<p class="chapter-label">${html(model.texts.contents)}</p>
<ol>${entries}</ol>
</nav>`;
}

/**
 * The plan as one standalone HTML page for printing (Electron's printToPDF, or a browser): the same
 * document model as the Word file, so the PDF and the Word plan say the same in the same order.
 */
export function renderPrintView(model: DocumentModel): string {
  return `<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
${INERT_PAGE_POLICY}
<title>${html(`${model.title} – ${model.organisation}`)}</title>
<style>${PRINT_CSS}${pageCss(model)}</style>
</head>
<body>
${coverHtml(model)}
${frontMatterHtml(model)}
${[...model.chapters, ...model.annexes].map((chapter) => chapterHtml(chapter, model.language)).join('\n')}
</body>
</html>
`;
}

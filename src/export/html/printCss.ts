import type { DocumentModel } from '../model';

/**
 * A text as a CSS string literal (for `content:` in the page margins). `<`, `>` and `&` are written
 * as CSS escapes: the HTML parser ends a `<style>` block at `</style` wherever it stands, even inside
 * a CSS string, so plan text could otherwise close it and go on as markup.
 */
export function cssString(text: string): string {
  return `"${text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[<>&]/g, (character) => `\\${character.charCodeAt(0).toString(16).padStart(6, '0')}`)}"`;
}

/**
 * The print view's own content security policy, first in its head: no script, no request to any
 * network or file, only its inline styles and images carried inside it. The page is then inert
 * however it is opened — Electron's print window, a headless Chromium on the command line, a
 * user's browser — even if some plan text ever slipped through as markup.
 */
export const INERT_PAGE_POLICY =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'\">";

/** The running header and footer: organisation and version above, "page X of Y" and date below. */
export function pageCss(model: DocumentModel): string {
  const margins = `
  @top-right { content: ${cssString(model.texts.header)}; font-size: 8pt; color: #5f6b7a; border-bottom: 0.5pt solid #b8c2cc; vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-left { content: ${cssString(`${model.texts.page} `)} counter(page) ${cssString(` ${model.texts.of} `)} counter(pages); font-size: 8pt; color: #5f6b7a; }
  @bottom-center { content: ${cssString(model.classification)}; font-size: 8pt; font-weight: bold; color: #a61b1b; }
  @bottom-right { content: ${cssString(model.texts.made)}; font-size: 8pt; color: #5f6b7a; }`;
  return `
@page { size: A4; margin: 20mm 20mm 20mm 20mm; ${margins} }
@page wide { size: A4 landscape; ${margins} }
@page cover { @top-right { content: none; border: none; } @bottom-left { content: none; } @bottom-center { content: none; } @bottom-right { content: none; } }
`;
}

export const PRINT_CSS = `
* { box-sizing: border-box; }
html { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10pt; color: #1f2933; line-height: 1.35; }
body { margin: 0; }
@media screen {
  body { background: #e9edf2; padding: 1rem 0; }
  section, nav { background: #fff; max-width: 210mm; margin: 0 auto 1rem; padding: 20mm; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  section.wide { max-width: 297mm; }
}
section, nav { break-before: page; }
section.cover { break-before: auto; page: cover; }
section.wide { page: wide; }
.cover .classification { text-align: right; color: #a61b1b; font-weight: bold; letter-spacing: .05em; text-transform: uppercase; }
.cover .organisation { margin-top: 60mm; font-size: 16pt; color: #5f6b7a; margin-bottom: 2mm; }
.cover .title { font-size: 28pt; color: #1f4e79; margin: 0 0 4mm; }
.cover .subtitle { font-size: 12pt; color: #5f6b7a; margin-bottom: 25mm; }
.cover-facts { width: 75%; }
.chapter-label { font-size: 9pt; font-weight: bold; color: #5f6b7a; text-transform: uppercase; margin: 0 0 1mm; }
nav .chapter-label, .front > .chapter-label { font-size: 13pt; color: #1f4e79; margin-bottom: 5mm; }
h1 { font-size: 17pt; color: #1f4e79; margin: 0 0 5mm; }
h2 { font-size: 13pt; color: #1f4e79; margin: 7mm 0 2mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.muted { color: #5f6b7a; font-style: italic; }
figure.picture { margin: 3mm 0 5mm; break-inside: avoid; }
figure.picture img { display: block; max-width: 100%; max-height: 160mm; width: auto; height: auto; object-fit: contain; }
figure.picture figcaption { color: #5f6b7a; font-style: italic; margin-top: 1.5mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9pt; }
th, td { border: 0.5pt solid #b8c2cc; padding: 0.8mm 1.6mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td p, th p { margin: 0 0 1mm; }
td p:last-child { margin-bottom: 0; }
table.data.compact { font-size: 8pt; }
table.data.measured { table-layout: fixed; }
th, td { hyphens: manual; }
table.data thead th { background: #1f4e79; color: #fff; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.definitions th { width: 32%; background: #eef2f7; }
tr.blank td { height: 9mm; }
td.short { white-space: nowrap; }
table.matrix { width: 130mm; break-inside: avoid; }
table.matrix th { background: #eef2f7; text-align: center; }
table.matrix td { height: 11mm; text-align: center; vertical-align: middle; font-weight: bold; }
td.tone-low { background: #ebf5e4; }
td.tone-medium { background: #ffd966 radial-gradient(#8c8c8c 0.5pt, transparent 0.8pt) 0 0 / 2mm 2mm; }
td.tone-high { background: repeating-linear-gradient(45deg, #8c8c8c 0 0.4pt, transparent 0.4pt 1.6mm) #f19c60; }
td.tone-critical { background: repeating-linear-gradient(45deg, #8c8c8c 0 0.4pt, transparent 0.4pt 1.3mm), repeating-linear-gradient(-45deg, #8c8c8c 0 0.4pt, transparent 0.4pt 1.3mm) #e06666; }
table.matrix .level { display: block; font-size: 8pt; font-weight: normal; }
ul, ol { margin: 0 0 2mm; padding-left: 6mm; }
li { margin: 0 0 1mm; }
.contents ol { list-style: none; padding: 0; }
.contents li { margin: 0 0 1.2mm; }
.contents li.level-1 { font-weight: bold; margin-top: 2.5mm; }
.contents li.level-2 { padding-left: 7mm; }
.contents a { color: #1f2933; text-decoration: none; display: flex; align-items: baseline; }
.contents .entry { flex: 0 1 auto; }
.question { break-inside: avoid; margin-top: 4mm; }
.question .line { border-bottom: 0.5pt solid #b8c2cc; height: 7.5mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ExternalHyperlink, Packer, Paragraph, SimpleField, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCard, exportDocx } from '../../src/export/exportPlan';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { HOSTILE_TEXT } from '../../scripts/reliability/hostileCorpus';
import { activeWordContent } from '../../scripts/reliability/hostileExports';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { hostileTexts, withTextEverywhere } from '../builders/hostileText';
import { tempDir } from '../builders/tempDir';

const ORIGIN = 'http://aanvaller.example';
/** Word's own markup and field codes written as plan text, besides the other hostile texts. */
const TEXTS = [
  HOSTILE_TEXT,
  ...hostileTexts(ORIGIN),
  `<w:hyperlink r:id="rId99"><w:r><w:t>klik</w:t></w:r></w:hyperlink>`,
  `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${ORIGIN}/rel" TargetMode="External"/>`,
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDEPICTURE "${ORIGIN}/pic" \\d</w:instrText></w:r>`,
  `mailto:iemand@aanvaller.example https://aanvaller.example/pad \\\\aanvaller.example\\share`,
];

const hostilePlan = () => withTextEverywhere(loadExamplePlan(EXAMPLES_DIRECTORY, 'nl'), TEXTS);

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

describe('Word exports keep plan text as text', { timeout: 120_000 }, () => {
  it('finds a field, an external link and a hyperlink that a document does carry', async () => {
    const built = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ children: [new SimpleField(`INCLUDETEXT "${ORIGIN}/x.docx"`)] }),
              new Paragraph({
                children: [new ExternalHyperlink({ link: `${ORIGIN}/link`, children: [new TextRun('klik')] })],
              }),
            ],
          },
        ],
      }),
    );
    const found = activeWordContent(built).join('\n');
    expect(found).toContain('INCLUDETEXT');
    expect(found).toContain('TargetMode="External"');
    expect(found).toContain('link <w:hyperlink');
  });

  it('writes markup, field codes and links in every text field as text: no field, external target or hyperlink of its own', async () => {
    const dir = tempDir();
    const plan = hostilePlan();
    for (const language of ['nl', 'en'] as const) {
      const path = join(dir, `plan-${language}.docx`);
      await exportDocx(plan, path, { language, includePrivate: true });
      expect(activeWordContent(readFileSync(path))).toEqual([]);
      const xml = documentXml(path);
      // The texts are there, as text: escaped, in runs of their own.
      expect(xml).toContain('INCLUDETEXT \\\\aanvaller.example');
      expect(xml).toContain('&lt;w:instrText&gt; HYPERLINK');
      expect(xml).toContain('DDEAUTO');
      expect(xml).toContain('TargetMode=&quot;External&quot;');
      // Paraat's own fields are still there: the contents' page numbers and the print date.
      expect(xml).toMatch(/<w:instrText[^>]*> PAGEREF /);
    }
  });

  it('does the same in the emergency card as Word', async () => {
    const path = join(tempDir(), 'card.docx');
    await exportCard(hostilePlan(), path, { language: 'nl', includePrivate: true });
    expect(activeWordContent(readFileSync(path))).toEqual([]);
    expect(documentXml(path)).toContain('DDEAUTO');
  });
});

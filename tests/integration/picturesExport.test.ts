import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { exportDocx, exportPdf, planDocumentModel } from '../../src/export/exportPlan';
import { planOfflineHtml } from '../../src/export/outside/outsideExports';
import { encodePng, exampleNetworkDiagram } from '../../src/storage/exampleDiagram';
import { ooxmlErrorsOrSkip } from '../builders/ooxmlValidator';
import { tempDir } from '../builders/tempDir';
import { needs } from '../builders/tools';

const diagram = exampleNetworkDiagram('en');

function planWithPicture(language: 'nl' | 'en', extra: PlanJson['pictures'] = []): PlanJson {
  return {
    format: 'paraat-plan',
    formatVersion: 1,
    language,
    sections: {
      organisation: { name: 'Gemeente Testdorp', kind: 'municipality-netherlands' },
      systems: [{ id: 'fw', name: 'Firewall', type: 'network' }],
    },
    pictures: [
      { id: 'p1', caption: 'Network <b>diagram</b> & cabling', data: Buffer.from(diagram).toString('base64') },
      ...extra,
    ],
  };
}

describe('the pictures of the plan in its documents', { timeout: 300_000 }, () => {
  it('are in the inventory chapter of the model, numbered, with their captions; a stored file that is no picture is left out', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    const model = planDocumentModel(planWithPicture('nl', [{ id: 'p2', caption: 'SVG', data: svg }]), {
      language: 'nl',
      includePrivate: true,
    });
    const inventory = model.chapters.find((chapter) => chapter.id === 'inventory')!;
    const figures = inventory.blocks.filter((block) => block.kind === 'figure');
    expect(figures).toEqual([
      expect.objectContaining({ label: 'Afbeelding 1', caption: 'Network <b>diagram</b> & cabling', width: 700 }),
    ]);
  });

  it('are pictures in Word, scaled to the text width with their proportions, and the file is valid OOXML', async (context) => {
    const path = join(tempDir(), 'plan.docx');
    const small = encodePng(40, 20, new Uint8Array(40 * 20 * 3));
    const plan = planWithPicture('en', [{ id: 'p2', caption: 'Small', data: Buffer.from(small).toString('base64') }]);
    await exportDocx(plan, path, { language: 'en', includePrivate: true });
    const files = unzipSync(readFileSync(path));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.map((name) => files[name]!.length).sort()).toEqual([small.length, diagram.length].sort());
    const document = strFromU8(files['word/document.xml']!);
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(extents).toHaveLength(2);
    // 9,525 EMU to a pixel at 96 dpi. The diagram's 700 pixels are wider than the text (17 cm): scaled down, proportions kept.
    const [[cx, cy], [smallCx, smallCy]] = extents as [[number, number], [number, number]];
    expect(cx).toBeLessThan(700 * 9525);
    expect(cx).toBeGreaterThan(600 * 9525);
    expect(cx / cy).toBeCloseTo(700 / 392, 2);
    // A small picture is never enlarged.
    expect([smallCx, smallCy]).toEqual([40 * 9525, 20 * 9525]);
    expect(document).toContain('descr="Network &lt;b&gt;diagram&lt;/b&gt; &amp; cabling"');
    expect(document).toContain('Figure 1: Network &lt;b&gt;diagram&lt;/b&gt; &amp; cabling');
    expect(ooxmlErrorsOrSkip(path, context.skip)).toBe('');
  });

  it('are left out of the Word edition without private data, which says how many were left out', async () => {
    const path = join(tempDir(), 'plan-zonder-prive.docx');
    const small = encodePng(40, 20, new Uint8Array(40 * 20 * 3));
    const plan = planWithPicture('nl', [
      { id: 'p2', caption: 'Serverruimte', data: Buffer.from(small).toString('base64') },
    ]);
    await exportDocx(plan, path, { language: 'nl', includePrivate: false });
    const files = unzipSync(readFileSync(path));
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    const text = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain('2 afbeeldingen zijn weggelaten');
    expect(text).not.toContain('Serverruimte');
    expect(text).not.toContain('cabling');
  });

  it('are in the PDF, with their captions', async (context) => {
    // pdfimages comes with poppler's pdftotext and pdfinfo.
    needs(context, 'poppler');
    const path = join(tempDir(), 'plan.pdf');
    await exportPdf(planWithPicture('nl'), path, { language: 'nl', includePrivate: true });
    const listed = spawnSync('pdfimages', ['-list', path], { encoding: 'utf8' }).stdout;
    const images = listed
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/));
    // page num type width height …: the diagram at its own size in pixels.
    expect(images.map((columns) => [columns[2], columns[3], columns[4]])).toContainEqual(['image', '700', '392']);
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Afbeelding 1: Network <b>diagram</b> & cabling');
  });

  it('are in the self-contained web page as data: images its policy allows, and nothing else is', () => {
    const plan = planWithPicture('en');
    const options = { language: 'en' as const, includePrivate: true };
    const page = planOfflineHtml(plan, planDocumentModel(plan, options), options);
    expect(page).toContain(`<img src="data:image/png;base64,${Buffer.from(diagram).toString('base64')}"`);
    expect(page).toContain('alt="Network &lt;b&gt;diagram&lt;/b&gt; &amp; cabling"');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    expect(policy).toContain('img-src data:;');
    expect(policy).toContain("default-src 'none'");
  });
});

import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { renderDocx } from '../../src/export/docx/renderDocx';
import { planDocumentModel } from '../../src/export/exportPlan';
import { createPlanFile } from '../../src/storage/planFile';
import { fillFromJson, toPlanJson } from '../../src/storage/planJson';
import { withPlan } from '../builders/planFiles';
import { tempDir } from '../builders/tempDir';

/** A small company's plan with its privacy regulator as a supplier, as it comes back out of a plan file. */
function companyPlan(country: string): PlanJson {
  const plan: PlanJson = {
    format: 'paraat-plan',
    formatVersion: 1,
    language: 'nl',
    sections: {
      organisation: { name: 'Drukkerij Verbeke', kind: 'company', ...(country ? { country } : {}) },
      suppliers: [{ id: 'supplier-regulator', name: 'Toezichthouder', category: 'dpa' }],
    },
  };
  const path = join(tempDir(), 'plan.paraat');
  createPlanFile(path, (db) => fillFromJson(db, plan)).close();
  return withPlan(path, (document) => toPlanJson(document));
}

/** The text Word shows of a docx: every `w:t` of word/document.xml. */
async function wordText(plan: PlanJson): Promise<string> {
  const docx = await renderDocx(planDocumentModel(plan, { language: 'nl', includePrivate: false }));
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!).join(' ');
}

describe('a company’s Word plan', () => {
  it('names the Autoriteit Persoonsgegevens for a Dutch company', async () => {
    const text = await wordText(companyPlan('netherlands'));
    expect(text).toContain('Autoriteit Persoonsgegevens (AP)');
    expect(text).not.toContain('Gegevensbeschermingsautoriteit');
  });

  it('names the Gegevensbeschermingsautoriteit for a Belgian company, not the Flemish municipal supervisor', async () => {
    const text = await wordText(companyPlan('belgium'));
    expect(text).toContain('Gegevensbeschermingsautoriteit (GBA)');
    expect(text).not.toContain('Autoriteit Persoonsgegevens');
    expect(text).not.toContain('Vlaamse Toezichtcommissie');
  });

  it('keeps the neutral name for a company of no chosen country, as before the field existed', async () => {
    const text = await wordText(companyPlan(''));
    expect(text).toContain('Toezichthouder gegevensbescherming');
    expect(text).not.toContain('(GBA)');
    expect(text).not.toContain('(AP)');
  });
});

import { describe, expect, it } from 'vitest';
import { planDocumentModel } from '../../src/export/exportPlan';
import type { Block } from '../../src/export/model';
import { loadExamplePlan } from '../../src/ipc/handlers';
import type { RecoveryEstimate } from '../../src/domain/rules/recoveryEstimates';
import { exportTranslator } from '../../src/export/translator';
import { estimateText, waitsForText } from '../../src/i18n/durations';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';

describe('the plan document of the example municipality', () => {
  const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, 'nl'), { language: 'nl', includePrivate: false });
  const chapter = (id: string) => model.chapters.find((c) => c.id === id);

  it('prints the derived restart order as a table, network first, with tier, inherited RTO/RPO and recovery time', () => {
    const table = chapter('priorities')?.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(table?.rows).toHaveLength(16);
    // The fibre line holds no data: no RPO, and it says why. Its 4G backup makes it a 1-hour switch.
    expect(table?.rows[0]?.slice(0, 5)).toEqual([
      '1',
      'Glasvezellijn Polderlink',
      'Groep 1',
      '4 uur',
      'geen (bevat geen gegevens)',
    ]);
    expect(table?.rows[0]?.slice(6)).toEqual(['reserve of ontdubbeling 1 uur', '1 uur']);
    const civil = table?.rows.find((row) => row[1] === 'Civitas (bevolkingsregister en akten)');
    expect(civil?.slice(6)).toEqual(['SLA leverancier 1 dag', '1 dag']);
    expect(table?.rows[15]?.[2]).toBe('Groep 3 (berekend: groep 4)');
  });

  it('prints the backup findings under the backups', () => {
    const texts = (chapter('backups')?.blocks ?? []).flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : [],
    );
    expect(
      texts.some((text) => text.includes('Back-up NAS technische dienst heeft geen kopie buiten het gebouw')),
    ).toBe(true);
    expect(texts.some((text) => text.includes('Sociaal dossier (webtoepassing) is kritiek'))).toBe(true);
    // Dates as a reader writes them, not as stored.
    const outdated = texts.find((text) => text.includes('Snapshot boekhoudserver'));
    expect(outdated).toContain('20 juni 2025');
    expect(texts.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("what a system's recovery time comes from", () => {
  const estimate = (source: RecoveryEstimate['source'], hours: number): RecoveryEstimate => ({
    hours,
    source,
    way: source === 'lead-time' ? 'replacement' : 'supplier',
  });

  it('says it in the one duration format, in Dutch and English', () => {
    const dutch = exportTranslator('nl', '');
    const english = exportTranslator('en', '');
    expect(estimateText(estimate('supplier-sla', 24), dutch, 'nl')).toBe('SLA leverancier 1 dag');
    expect(estimateText(estimate('lead-time', 48), dutch, 'nl')).toBe('levertijd 2 dagen');
    expect(estimateText(estimate('restore-test', 5.5), dutch, 'nl')).toBe('geteste restore 5,5 uur');
    expect(estimateText(estimate('supplier-sla', 24), english, 'en')).toBe("supplier's SLA 1 day");
    expect(estimateText(estimate('lead-time', 48), english, 'en')).toBe('lead time 2 days');
    expect(estimateText(estimate('own-estimate', 0.5), english, 'en')).toBe('own estimate 30 minutes');
    expect(waitsForText({ name: 'Firewall', readyHour: 24 }, dutch, 'nl')).toBe('wacht op Firewall (klaar na 1 dag)');
    expect(waitsForText({ name: 'Firewall', readyHour: 3 }, english, 'en')).toBe(
      'waits for Firewall (ready after 3 hours)',
    );
  });

  it('reads so in the English restart table too, never as "24 h"', () => {
    const english = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, 'en'), {
      language: 'en',
      includePrivate: false,
    });
    const table = english.chapters
      .find((c) => c.id === 'priorities')
      ?.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const reasons = (table?.rows ?? []).map((row) => row[6]!);
    expect(reasons).toContain("supplier's SLA 1 day");
    for (const reason of reasons) expect(reason).not.toMatch(/\d [hud]$/);
  });
});

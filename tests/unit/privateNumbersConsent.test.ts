import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/domain/planJson';
import { planDocumentModel, planEmergencyCard } from '../../src/export/exportPlan';

const NOW = new Date('2026-12-06T09:00:00Z');

const plan: PlanJson = {
  format: 'paraat-plan',
  formatVersion: 1,
  language: 'nl',
  sections: {
    organisation: { name: 'Beekzande', kind: 'municipality-flanders' },
    people: [
      {
        id: 'p1',
        name: 'An Peeters',
        mobilePhone: '+32 470 11 22 33',
        workPhone: '+32 50 44 55 66',
        privatePhone: '+32 50 99 88 77',
        privateConsent: true,
      },
      {
        id: 'p2',
        name: 'Bart Claes',
        mobilePhone: '+32 470 44 55 66',
        privatePhone: '+32 50 12 34 56',
        privateConsent: false,
      },
    ],
    roles: [{ id: 'r1', name: 'Crisiscoördinator', main: 'p1', deputy: 'p2' }],
    callTree: [{ id: 'c1', label: 'Eerst', role: 'r1' }],
  },
};

const allText = (value: unknown) => JSON.stringify(value).replace(/\\u00a0|\u00A0/gi, ' ');

describe('private numbers in the documents', () => {
  it('are printed only where the person consented, in the plan and on the card', () => {
    const options = { language: 'nl', includePrivate: true, now: NOW } as const;
    for (const document of [planDocumentModel(plan, options), planEmergencyCard(plan, options)]) {
      expect(allText(document)).toContain('+32 50 99 88 77');
      expect(allText(document)).not.toContain('+32 50 12 34 56');
    }
  });

  it('are never printed in the edition without private data', () => {
    const options = { language: 'nl', includePrivate: false, now: NOW } as const;
    for (const document of [planDocumentModel(plan, options), planEmergencyCard(plan, options)])
      expect(allText(document)).not.toMatch(/\+32 50 (99 88 77|12 34 56)/);
  });

  it('are labelled on the card: gsm, kantoor, privé', () => {
    const card = planEmergencyCard(plan, { language: 'nl', includePrivate: true, now: NOW });
    const text = allText(card);
    expect(text).toContain('gsm +32 470 11 22 33');
    expect(text).toContain('kantoor +32 50 44 55 66');
    expect(text).toContain('privé +32 50 99 88 77');
  });
});

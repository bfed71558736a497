import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import { IMPACT_FIELDS, hasImpactAnalysis, impactField, suggestedRto } from '../../src/domain/rules/impactAnalysis';
import { servicesSection } from '../../src/domain/sections/services';
import { checkServices } from '../../src/domain/rules/inventoryChecks';
import { exportTranslator } from '../../src/export/translator';

describe('the RTO the impact analysis suggests', () => {
  it('is the start of the first window in which any category becomes unacceptable', () => {
    expect(
      suggestedRto({
        impact4h: 'high',
        impact1d: 'critical',
        financialImpact3d: 'critical',
        legalImpact4h: 'critical',
      }),
    ).toEqual({ hours: 4, categories: ['legal'] });
    expect(
      suggestedRto({ impact1d: 'critical', reputationImpact1d: 'critical', financialImpact1w: 'critical' }),
    ).toEqual({ hours: 24, categories: ['service', 'reputation'] });
    expect(suggestedRto({ financialImpact1h: 'critical' })).toEqual({ hours: 1, categories: ['financial'] });
    expect(suggestedRto({ reputationImpact1w: 'critical' })).toEqual({ hours: 168, categories: ['reputation'] });
  });

  it('is none while no category is rated unacceptable, however high', () => {
    expect(suggestedRto({ impact1h: 'high', financialImpact1w: 'high', legalImpact3d: 'medium' })).toBeNull();
    expect(suggestedRto({})).toBeNull();
  });

  it('reads the service row under the names the single row of impacts had', () => {
    expect(impactField('service', '4h')).toBe('impact4h');
    expect(impactField('financial', '1w')).toBe('financialImpact1w');
    expect(suggestedRto({ impact3d: 'critical' })).toEqual({ hours: 72, categories: ['service'] });
  });

  it('knows when a service was analysed at all', () => {
    expect(hasImpactAnalysis({})).toBe(false);
    expect(hasImpactAnalysis({ impact1h: '' })).toBe(false);
    expect(hasImpactAnalysis({ legalImpact1d: 'none' })).toBe(true);
  });
});

describe('an entered RTO looser than the suggested one', () => {
  const permits = { id: 'p', name: 'Permits', legalImpact1d: 'critical', financialImpact3d: 'critical' } as const;

  it('is flagged at the RTO field with the suggested hours, for any category', () => {
    expect(checkServices([{ ...permits, rtoHours: 48 }])).toEqual([
      {
        code: 'rto-beyond-unacceptable-impact',
        params: { service: 'Permits', rto: 48, hours: 24 },
        section: 'services',
        itemId: 'p',
        field: 'rtoHours',
      },
    ]);
  });

  it('is not flagged when the RTO is as tight as suggested or tighter, or not entered', () => {
    expect(checkServices([{ ...permits, rtoHours: 24 }])).toEqual([]);
    expect(checkServices([{ ...permits, rtoHours: 8 }])).toEqual([]);
    expect(checkServices([{ ...permits, rtoHours: null }])).toEqual([]);
  });

  it('weighs medium in the plan health and leads to the services step', () => {
    const findings = collectWarnings(
      { services: [{ ...permits, rtoHours: 72, rpoHours: 4, owner: 'x' }] },
      { today: '2026-12-06' },
    ).filter((finding) => finding.code === 'rto-beyond-unacceptable-impact');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'medium', step: 'services', itemId: 'p', field: 'rtoHours' });
  });
});

describe('the category of service to the public', () => {
  it('is worded for whom the organisation serves: burgers, inwoners or klanten', () => {
    const label = (language: 'nl' | 'en', region: string) =>
      exportTranslator(language, region)('servicesInventory.impact.categories.service');
    expect(label('nl', 'flanders')).toBe('Dienstverlening aan burgers');
    expect(label('nl', 'netherlands')).toBe('Dienstverlening aan inwoners');
    for (const company of ['be', 'nl', 'company']) expect(label('nl', company)).toBe('Dienstverlening aan klanten');
    expect(label('en', 'flanders')).toBe('Service to citizens');
    expect(label('en', 'netherlands')).toBe('Service to residents');
    expect(label('en', 'company')).toBe('Service to customers');
  });
});

describe('the grid and the services schema', () => {
  it('agree: every cell of the grid is an impact-level field of a service, and every such field is a cell', () => {
    const levelFields = servicesSection.fields
      .filter((field) => field.widget === 'choice' && field.optionSet === 'impactLevel')
      .map((field) => field.name);
    expect([...IMPACT_FIELDS].sort()).toEqual(levelFields.sort());
    expect(IMPACT_FIELDS).toHaveLength(20);
  });
});

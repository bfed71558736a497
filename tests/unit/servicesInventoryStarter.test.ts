import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, PLAN_LANGUAGES } from '../../src/domain/organisationKinds';
import { analyseContinuity } from '../../src/domain/rules/continuity';
import { servicesSection } from '../../src/domain/sections/services';
import { systemsSection } from '../../src/domain/sections/systems';
import { validatePatch } from '../../src/domain/section';
import { starterServicesAndSystems } from '../../src/domain/templates/servicesInventory';

describe.each(ORGANISATION_KINDS)('the starting services and systems of a %s', (kind) => {
  it.each(PLAN_LANGUAGES)('are valid items in %s, each system after the systems it needs', (language) => {
    const starter = starterServicesAndSystems(kind, language);
    const seen = new Set<string>();
    for (const system of starter.systems) {
      expect(validatePatch(systemsSection, system.data).ok).toBe(true);
      expect(
        system.dependsOn.filter((key) => !seen.has(key)),
        system.key,
      ).toEqual([]);
      seen.add(system.key);
    }
    for (const service of starter.services) {
      expect(validatePatch(servicesSection, service.data).ok).toBe(true);
      expect(service.systems.filter((key) => !seen.has(key))).toEqual([]);
    }
  });

  it('give a restart order without cycles or missed RTOs, with the network first; they only ask how equipment comes back', () => {
    const starter = starterServicesAndSystems(kind, 'nl');
    const systems = starter.systems.map((s) => ({ id: s.key, ...s.data, dependsOn: s.dependsOn }));
    const services = starter.services.map((s, i) => ({ id: `svc-${i}`, ...s.data, systems: s.systems }));
    const analysis = analyseContinuity({ services, systems, backups: [], today: '2026-11-23' });
    // A starting plan cannot know whether a spare firewall or phone exists: the default of a
    // replacement (next business day) is too slow for the tightest RTOs, so the plan asks.
    expect(new Set(analysis.restart.warnings.map((w) => w.code))).toEqual(
      analysis.restart.warnings.length ? new Set(['recovery-time-unknown']) : new Set(),
    );
    for (const warning of analysis.restart.warnings)
      expect(analysis.restart.order.find((e) => e.systemId === warning.itemId)?.estimate.way).toBe('replacement');
    expect(analysis.restart.order.slice(0, 3).map((e) => e.systemId)).toEqual(['internet', 'lan', 'firewall']);
  });
});

describe('wording of the starting services', () => {
  it('follows the region: a Dutch gemeente has a sociaal domein, a Flemish one a sociale dienst', () => {
    const names = (kind: (typeof ORGANISATION_KINDS)[number]) =>
      starterServicesAndSystems(kind, 'nl').services.map((s) => s.data.name);
    expect(names('municipality-flanders')).toContain('Sociale dienst');
    expect(names('municipality-netherlands')).toContain('Sociaal domein');
    expect(names('company')).toContain('Verkoop en orders');
  });
});

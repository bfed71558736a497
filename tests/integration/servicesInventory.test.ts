import { describe, expect, it } from 'vitest';
import { analyseContinuity } from '../../src/domain/rules/continuity';
import type { LooseItem } from '../builders/looseItem';
import { handlerHarness } from '../builders/handlerHarness';
import { newPlan } from '../builders/newPlan';

type Item = LooseItem;

describe('services, systems and backups in a plan file', () => {
  it('keep every field, references included, after the plan is closed and reopened', async () => {
    const { harness, path } = await newPlan();
    const network = await harness.ok<Item>('items.add', {
      section: 'systems',
      data: { name: 'Netwerk', type: 'network', quantity: 6 },
    });
    const mail = await harness.ok<Item>('items.add', {
      section: 'systems',
      data: {
        name: 'E-mail',
        type: 'email',
        dependsOn: [network.id],
        tierOverride: '2',
        tierOverrideReason: 'webmail volstaat',
      },
    });
    const service = await harness.ok<Item>('items.add', {
      section: 'services',
      data: {
        name: 'Onthaal',
        rtoHours: 4,
        rpoHours: 0.5,
        dependents: ['residents'],
        impact1d: 'critical',
        continuous: true,
        systems: [mail.id],
      },
    });
    const backup = await harness.ok<Item>('items.add', {
      section: 'backups',
      data: {
        name: 'Mailback-up',
        systems: [mail.id],
        method: 'saas-backup',
        frequencyHours: 12,
        locations: ['cloud', 'offline'],
        lastRestoreTest: '2026-10-01',
        encrypted: true,
      },
    });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });

    expect(await harness.ok('items.list', { section: 'systems' })).toMatchObject([
      { id: network.id, name: 'Netwerk', type: 'network', quantity: 6, dependsOn: [] },
      {
        id: mail.id,
        name: 'E-mail',
        dependsOn: [network.id],
        tierOverride: '2',
        tierOverrideReason: 'webmail volstaat',
      },
    ]);
    expect(await harness.ok('items.list', { section: 'services' })).toMatchObject([
      {
        id: service.id,
        rtoHours: 4,
        rpoHours: 0.5,
        dependents: ['residents'],
        impact1d: 'critical',
        continuous: true,
        systems: [mail.id],
      },
    ]);
    expect(await harness.ok('items.list', { section: 'backups' })).toMatchObject([
      {
        id: backup.id,
        frequencyHours: 12,
        locations: ['cloud', 'offline'],
        lastRestoreTest: '2026-10-01',
        encrypted: true,
      },
    ]);
  });

  it('keep the impact analysis of a service, every category and moment, after closing and reopening', async () => {
    const { harness, path } = await newPlan();
    const grid = {
      impact1h: 'low',
      impact4h: 'high',
      financialImpact1d: 'medium',
      legalImpact4h: 'critical',
      reputationImpact1w: 'critical',
      peakPeriods: 'Maart tot juni (reispassen)',
    };
    const service = await harness.ok<Item>('items.add', {
      section: 'services',
      data: { name: 'Burgerzaken', rtoHours: 8, rpoHours: 1, ...grid },
    });
    await harness.ok('items.update', { section: 'services', id: service.id, patch: { legalImpact4h: 'high' } });
    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });

    const [stored] = await harness.ok<Item[]>('items.list', { section: 'services' });
    expect(stored).toMatchObject({ ...grid, legalImpact4h: 'high', financialImpact1h: '', impact1w: '' });
  });

  it('refuse a level that is not on the scale, keeping what was stored', async () => {
    const { harness } = await newPlan();
    const service = await harness.ok<Item>('items.add', {
      section: 'services',
      data: { name: 'Burgerzaken', financialImpact3d: 'high' },
    });
    const refused = await harness.call('items.update', {
      section: 'services',
      id: service.id,
      patch: { financialImpact3d: 'catastrophic' },
    });
    expect(refused.ok).toBe(false);
    const [stored] = await harness.ok<Item[]>('items.list', { section: 'services' });
    expect(stored).toMatchObject({ financialImpact3d: 'high' });
  });

  it('follow a renamed system everywhere it is used, since links are ids', async () => {
    const { harness } = await newPlan();
    const app = await harness.ok<Item>('items.add', {
      section: 'systems',
      data: { name: 'Burgerzakenpakket', type: 'saas' },
    });
    await harness.ok('items.add', {
      section: 'services',
      data: { name: 'Burgerzaken', rtoHours: 8, rpoHours: 1, systems: [app.id] },
    });
    await harness.ok('items.update', { section: 'systems', id: app.id, patch: { name: 'Civitas Burgerzaken' } });

    const [services, systems, backups] = await Promise.all(
      ['services', 'systems', 'backups'].map((section) => harness.ok<Item[]>('items.list', { section })),
    );
    const analysis = analyseContinuity({
      services: services!,
      systems: systems!,
      backups: backups!,
      today: '2026-11-23',
    });
    expect(analysis.restart.order.map((e) => e.name)).toEqual(['Civitas Burgerzaken']);
    expect(analysis.warnings).toContainEqual(
      expect.objectContaining({
        code: 'critical-system-without-backup',
        params: { system: 'Civitas Burgerzaken', rto: 8 },
      }),
    );
  });

  it('store a half-filled draft, and refuse a negative backup interval', async () => {
    const { harness } = await newPlan();
    const draft = await harness.ok<Item>('items.add', { section: 'backups', data: { name: 'Nog uit te zoeken' } });
    expect(draft).toMatchObject({ frequencyHours: null, locations: [], lastRestoreTest: '', systems: [] });
    await harness.fails('invalid-request', 'items.update', {
      section: 'backups',
      id: draft.id,
      patch: { frequencyHours: -4 },
    });
  });

  it('open with the example plan, whose services reach its systems and backups', async () => {
    const harness = handlerHarness();
    await harness.ok('plan.openExample', { language: 'en' });
    const services = await harness.ok<Item[]>('items.list', { section: 'services' });
    const systems = await harness.ok<Item[]>('items.list', { section: 'systems' });
    expect(services).toHaveLength(8);
    expect(systems).toHaveLength(16);
    expect(await harness.ok<Item[]>('items.list', { section: 'backups' })).toHaveLength(4);
    expect(systems.find((s) => s.id === 'sys-firewall')).toMatchObject({
      name: 'Firewall and VPN',
      dependsOn: ['sys-internet', 'sys-lan'],
    });
  });

  it('import a spreadsheet of systems in one go, linking dependencies by name, or nothing at all', async () => {
    const { harness } = await newPlan();
    await harness.ok('items.add', { section: 'systems', data: { name: 'Netwerk', type: 'network' } });
    const result = await harness.ok('inventory.import', {
      rows: [
        { data: { name: 'Aanmelding', type: 'cloud-service' }, dependsOnNames: ['netwerk'] },
        { data: { name: 'Mail', type: 'email' }, dependsOnNames: ['Aanmelding', 'Kluis'] },
      ],
    });
    expect(result).toEqual({ added: 2, unresolved: ['Kluis'] });
    const systems = await harness.ok<Item[]>('items.list', { section: 'systems' });
    const id = (name: string) => systems.find((s) => s.name === name)!.id;
    expect(systems.find((s) => s.name === 'Mail')?.dependsOn).toEqual([id('Aanmelding')]);
    expect(systems.find((s) => s.name === 'Aanmelding')?.dependsOn).toEqual([id('Netwerk')]);

    await harness.fails('invalid-request', 'inventory.import', {
      rows: [
        { data: { name: 'Printer', type: 'printer' }, dependsOnNames: [] },
        { data: { name: 'Kapot', quantity: -1 }, dependsOnNames: [] },
      ],
    });
    expect(await harness.ok<Item[]>('items.list', { section: 'systems' })).toHaveLength(3);
  });

  it('imports a thousand rows that depend on each other in a chain', async () => {
    const { harness } = await newPlan();
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      data: { name: `Laptop ${i}`, type: 'laptop' },
      dependsOnNames: i > 0 ? [`Laptop ${i - 1}`] : [],
    }));
    expect(await harness.ok('inventory.import', { rows })).toEqual({ added: 1000, unresolved: [] });
  });
});

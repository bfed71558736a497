import { describe, expect, it } from 'vitest';
import { DEFAULT_RECOVERY_HOURS } from '../../src/domain/rules/recoveryEstimates';
import { inheritObjectives, tierForRto } from '../../src/domain/rules/restartObjectives';
import { planRestart } from '../../src/domain/rules/restartOrder';
import type { LooseItem } from '../builders/looseItem';

const service = (
  id: string,
  rtoHours: number | null,
  rpoHours: number | null,
  systems: string[],
  extra: Record<string, unknown> = {},
): LooseItem => ({
  id,
  name: id,
  rtoHours,
  rpoHours,
  systems,
  ...extra,
});
const system = (id: string, dependsOn: string[] = [], extra: Record<string, unknown> = {}): LooseItem => ({
  id,
  name: id,
  dependsOn,
  ...extra,
});
const orderOf = (plan: ReturnType<typeof planRestart>) => plan.order.map((entry) => entry.systemId);

describe('RTO and RPO inheritance', () => {
  it('gives a system the tightest RTO and RPO of the services that use it', () => {
    const inherited = inheritObjectives(
      [service('civil', 8, 1, ['app']), service('social', 4, 24, ['app'])],
      [system('app')],
    );
    expect(inherited.get('app')).toEqual({ rto: 4, rpo: 1, services: ['civil', 'social'] });
  });

  it('passes objectives down dependency chains: the network inherits what e-mail needs', () => {
    const inherited = inheritObjectives(
      [service('mail', 8, 4, ['email']), service('finance', 72, 24, ['accounting'])],
      [
        system('network'),
        system('identity', ['network']),
        system('email', ['identity']),
        system('accounting', ['network']),
      ],
    );
    // The RPO is about data: the sign-in and the network the mailbox needs do not hold it.
    expect(inherited.get('identity')).toMatchObject({ rto: 8, rpo: null, services: ['mail'] });
    expect(inherited.get('network')).toMatchObject({ rto: 8, rpo: null, services: ['mail', 'finance'] });
    expect(inherited.get('accounting')).toMatchObject({ rto: 72, rpo: 24 });
  });

  it('leaves a system no service needs without objectives, and ignores services without an RTO', () => {
    const inherited = inheritObjectives([service('draft', null, null, ['app'])], [system('app'), system('spare')]);
    expect(inherited.get('app')).toEqual({ rto: null, rpo: null, services: ['draft'] });
    expect(inherited.get('spare')).toEqual({ rto: null, rpo: null, services: [] });
  });

  it('ignores references to systems that were removed', () => {
    const inherited = inheritObjectives([service('mail', 8, 4, ['gone', 'email'])], [system('email', ['also-gone'])]);
    expect([...inherited.keys()]).toEqual(['email']);
    expect(inherited.get('email')?.rto).toBe(8);
  });
});

describe('restart tiers', () => {
  it('put RTOs up to 4 hours in tier 1, up to a day in 2, up to three days in 3, the rest in 4', () => {
    expect([0.5, 4, 4.5, 24, 25, 72, 73, 168, null].map(tierForRto)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4]);
  });

  it('follow a written override instead of the inherited RTO, without changing how long recovery takes', () => {
    const plan = planRestart(
      [service('s', 2, 1, ['a'])],
      [system('a', [], { type: 'server-cloud', tierOverride: '3', tierOverrideReason: 'spare unit on the shelf' })],
      [],
    );
    expect(plan.order[0]).toMatchObject({
      derivedTier: 1,
      tier: 3,
      overridden: true,
      restoreHours: DEFAULT_RECOVERY_HOURS.backup,
    });
    // Nothing says how the server comes back within 2 hours: the plan asks.
    expect(plan.warnings.map((w) => w.code)).toEqual(['recovery-time-unknown']);
  });

  it('ask for a reason when a tier is overridden without one', () => {
    const plan = planRestart([], [system('a', [], { tierOverride: '2' })], []);
    expect(plan.warnings).toEqual([
      {
        code: 'tier-override-without-reason',
        params: { system: 'a' },
        section: 'systems',
        itemId: 'a',
        field: 'tierOverrideReason',
      },
    ]);
  });
});

describe('the restart order', () => {
  it('brings dependencies back first, then the most urgent systems', () => {
    const plan = planRestart(
      [
        service('civil', 4, 1, ['civil-app']),
        service('mail', 8, 4, ['email']),
        service('finance', 72, 24, ['accounting']),
      ],
      [
        system('accounting', ['network']),
        system('email', ['identity']),
        system('civil-app', ['network']),
        system('identity', ['network']),
        system('network'),
      ],
      [],
    );
    expect(orderOf(plan)).toEqual(['network', 'civil-app', 'identity', 'email', 'accounting']);
    expect(plan.order.map((e) => e.tier)).toEqual([1, 1, 2, 2, 3]);
  });

  it('keeps the inventory order between systems that are equally urgent', () => {
    const plan = planRestart([service('s', 8, 8, ['b', 'a'])], [system('b'), system('a')], []);
    expect(orderOf(plan)).toEqual(['b', 'a']);
  });

  it('still restores a dependency first when its tier was overridden to later, and says so', () => {
    const plan = planRestart(
      [service('s', 2, 1, ['app'])],
      [
        system('app', ['network']),
        system('network', [], { tierOverride: '3', tierOverrideReason: 'we think it is fine' }),
      ],
      [],
    );
    expect(orderOf(plan)).toEqual(['network', 'app']);
    expect(plan.warnings).toContainEqual({
      code: 'tier-after-dependent',
      params: { system: 'network', tier: 3, dependent: 'app', dependentTier: 1 },
      section: 'systems',
      itemId: 'network',
      field: 'tierOverride',
    });
  });

  it('names a dependency cycle in a warning and still orders every system', () => {
    const plan = planRestart(
      [service('s', 4, 1, ['email'])],
      [
        system('email', ['identity']),
        system('identity', ['directory']),
        system('directory', ['email']),
        system('printer'),
      ],
      [],
    );
    expect(plan.order).toHaveLength(4);
    expect(plan.warnings.filter((w) => w.code === 'dependency-cycle')).toEqual([
      {
        code: 'dependency-cycle',
        params: { cycle: 'email → identity → directory → email' },
        section: 'systems',
        itemId: 'email',
        field: 'dependsOn',
      },
    ]);
  });

  it('reports a system that depends on itself', () => {
    const plan = planRestart([], [system('loop', ['loop'])], []);
    expect(plan.warnings.map((w) => [w.code, w.params.cycle])).toEqual([['dependency-cycle', 'loop → loop']]);
    expect(orderOf(plan)).toEqual(['loop']);
  });

  it('orders a large inventory with long chains and a cycle, reporting the cycle once', () => {
    const systems = Array.from({ length: 3000 }, (_, i) => system(`s${i}`, i === 0 ? ['s2999'] : [`s${i - 1}`]));
    const plan = planRestart([service('all', 4, 1, ['s2999'])], systems, []);
    expect(plan.order).toHaveLength(3000);
    expect(plan.warnings.filter((w) => w.code === 'dependency-cycle')).toHaveLength(1);
  });

  it('orders thousands of independent systems by the urgency of the services that need them', () => {
    const systems = Array.from({ length: 5000 }, (_, i) => system(`s${i}`));
    const services = [service('urgent', 2, 1, ['s4999']), service('later', 72, 24, ['s0'])];
    const plan = planRestart(services, systems, []);
    // The urgent one, then the one a service needs within three days, then the rest in list order.
    expect(orderOf(plan).slice(0, 3)).toEqual(['s4999', 's0', 's1']);
    expect(orderOf(plan).at(-1)).toBe('s4998');
  });
});

describe('the restore timeline', () => {
  it('starts a restore from backup when its dependencies are back, taking the tested restore time', () => {
    const plan = planRestart(
      [service('finance', 24, 4, ['accounting'])],
      [
        system('network', [], { type: 'network', redundancy: 'two switches' }),
        system('accounting', ['network'], { type: 'server-cloud' }),
      ],
      [{ id: 'b', name: 'accounting backup', systems: ['accounting'], restoreTestDurationHours: 3 }],
    );
    const [network, accounting] = plan.order;
    expect(network).toMatchObject({ startHour: 0, restoreHours: 1, estimate: { source: 'spare' } });
    expect(accounting).toMatchObject({
      startHour: 1,
      restoreHours: 3,
      readyHour: 4,
      estimate: { source: 'restore-test', way: 'backup' },
      waitsFor: { systemId: 'network', readyHour: 1 },
    });
    expect(plan.serviceReadyHour.get('finance')).toBe(4);
    expect(plan.warnings).toEqual([]);
  });

  it('names the system that makes a service late, leading to its expected recovery time', () => {
    const plan = planRestart(
      [service('civil', 4, 1, ['civil-app'])],
      [
        system('network', [], { type: 'network', redundancy: 'second line' }),
        system('civil-app', ['network'], { type: 'server-cloud', expectedRestoreHours: 3.5 }),
      ],
      [],
    );
    expect(plan.warnings).toEqual([
      // The network (1 h) holds it up, but the civil app's own 3.5 hours make it late.
      {
        code: 'rto-not-met',
        params: { service: 'civil', rto: 4, ready: 4.5, system: 'civil-app', hours: 3.5 },
        section: 'systems',
        itemId: 'civil-app',
        field: 'expectedRestoreHours',
      },
    ]);
  });
});

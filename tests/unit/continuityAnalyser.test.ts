import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generatePlanJson } from '../../bench/generatePlan';
import { analyseContinuity } from '../../src/domain/rules/continuity';
import { checkBackups } from '../../src/domain/rules/backupChecks';
import { RESTART_STRUCTURE_FIELDS, planRestart, restartStructure } from '../../src/domain/rules/restartOrder';
import type { LooseItem } from '../builders/looseItem';
import {
  BACKUP_CHECK_SYSTEM_FIELDS,
  createContinuityAnalyser,
} from '../../src/renderer/steps/priorities/continuityAnalyser';

const today = '2026-11-29';

/** A generated plan's services, systems and backups, with tier overrides and a dependency cycle so every rule has work. */
function lists() {
  const { sections } = generatePlanJson('S', 3);
  const [services, systems, backups, suppliers] = (['services', 'systems', 'backups', 'suppliers'] as const).map(
    (key) => sections[key] as LooseItem[],
  );
  // Only some systems carry the coordinator's own estimate, so the estimates by kind have work too.
  const withOverrides = systems!
    .map((system, i) => (i % 3 === 0 ? system : { ...system, expectedRestoreHours: null }))
    .map((system, i) =>
      i % 5 === 0
        ? { ...system, tierOverride: String((i % 4) + 1), tierOverrideReason: i % 10 === 0 ? '' : 'agreed' }
        : system,
    );
  withOverrides[3] = { ...withOverrides[3]!, dependsOn: [withOverrides[4]!.id] };
  withOverrides[4] = { ...withOverrides[4]!, dependsOn: [withOverrides[3]!.id] };
  return { services: services!, systems: withOverrides, backups: backups!, suppliers: suppliers! };
}

const edit = (items: readonly LooseItem[], index: number, patch: Record<string, unknown>) =>
  items.map((item, i) => (i === index ? { ...item, ...patch } : item));

/** Items that note which of their fields are read, per section. */
function tracking() {
  const read: Record<string, Set<string>> = {
    services: new Set(),
    systems: new Set(),
    backups: new Set(),
    suppliers: new Set(),
  };
  const tracked = (section: string, items: LooseItem[]) =>
    items.map(
      (item) =>
        new Proxy(item, {
          get: (target, key) => (typeof key === 'string' && read[section]!.add(key), Reflect.get(target, key)),
          ownKeys: () => {
            throw new Error('reads every field');
          },
        }),
    );
  return { read, tracked };
}

describe('the restart analysis after an edit', () => {
  it('reads nothing for the restart order but the fields listed as its structure', () => {
    const { read, tracked } = tracking();
    const { services, systems, backups, suppliers } = lists();
    const structure = restartStructure(
      tracked('services', services),
      tracked('systems', systems),
      tracked('backups', backups),
      tracked('suppliers', suppliers),
    );
    expect(structure.loops.length).toBeGreaterThan(0);
    for (const section of ['services', 'systems', 'backups', 'suppliers'] as const)
      expect([...read[section]!].sort()).toEqual([...RESTART_STRUCTURE_FIELDS[section]].sort());
  });

  it('reads nothing of a system for the backup checks but the fields listed for them', () => {
    const { read, tracked } = tracking();
    const { services, systems, backups } = lists();
    const objectives = new Map(
      planRestart(services, systems, backups).order.map((entry) => [entry.systemId, entry.inherited]),
    );
    expect(checkBackups(tracked('systems', systems), backups, objectives, today).length).toBeGreaterThan(0);
    expect([...read.systems!].sort()).toEqual([...BACKUP_CHECK_SYSTEM_FIELDS].sort());
  });

  it('relabels the restart order after a new name without working it out again', () => {
    const structureOf = vi.fn(restartStructure);
    const analyse = createContinuityAnalyser(structureOf);
    const { services, systems, backups } = lists();
    const before = analyse({ services, systems, backups, today });
    const renamed = edit(systems, 3, {
      name: 'Mail server (new)',
      notes: 'moved',
      location: 'Room 2',
      tierOverrideReason: 'board decision',
    });
    const after = analyse({ services, systems: renamed, backups, today });
    expect(structureOf).toHaveBeenCalledTimes(1);
    expect(after).toEqual(analyseContinuity({ services, systems: renamed, backups, today }));
    expect(after.restart.order.map((entry) => entry.systemId)).toEqual(
      before.restart.order.map((entry) => entry.systemId),
    );
    expect(after.restart.order.find((entry) => entry.systemId === systems[3]!.id)?.name).toBe('Mail server (new)');
    expect(after.warnings.find((warning) => warning.code === 'dependency-cycle')?.params.cycle).toContain(
      'Mail server (new)',
    );
  });

  it('works the restart order out again when a dependency changes', () => {
    const structureOf = vi.fn(restartStructure);
    const analyse = createContinuityAnalyser(structureOf);
    const { services, systems, backups } = lists();
    const before = analyse({ services, systems, backups, today });
    const last = systems.length - 1;
    const first = before.restart.order[0]!.systemId;
    // The system first in line now waits for the last one of the inventory, which needs nothing.
    const rewired = systems.map((system, i) =>
      system.id === first
        ? { ...system, dependsOn: [systems[last]!.id] }
        : i === last
          ? { ...system, dependsOn: [] }
          : system,
    );
    const after = analyse({ services, systems: rewired, backups, today });
    expect(structureOf).toHaveBeenCalledTimes(2);
    expect(after).toEqual(analyseContinuity({ services, systems: rewired, backups, today }));
    const position = (analysis: typeof after, id: string) =>
      analysis.restart.order.findIndex((entry) => entry.systemId === id);
    expect(position(after, first)).toBeGreaterThan(position(after, systems[last]!.id));
  });

  it('gives what a fresh analysis gives after any series of edits to any field', () => {
    const { services, systems, backups, suppliers } = lists();
    const ids = systems.map((system) => system.id);
    const field = fc.oneof(
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constantFrom('expectedRestoreHours', 'replacementLeadTimeDays'),
        value: fc.oneof(fc.constant(null), fc.nat(40)),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constant('redundancy'),
        value: fc.constantFrom('', 'spare on the shelf'),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constant('vendor'),
        value: fc.constantFrom('', ...suppliers.slice(0, 3).map((supplier) => supplier.id)),
      }),
      fc.record({
        section: fc.constant('suppliers' as const),
        field: fc.constant('slaRecoveryHours'),
        value: fc.oneof(fc.constant(null), fc.nat(48)),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constantFrom('name', 'notes', 'location', 'tierOverrideReason'),
        value: fc.string({ maxLength: 6 }),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constant('credentialsLocation'),
        value: fc.constantFrom('kluis IT', 'wachtwoord: Zomer2026!', ''),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constant('type'),
        value: fc.constantFrom('saas', 'laptop', 'email', ''),
      }),
      fc.record({
        section: fc.constant('backups' as const),
        field: fc.constantFrom('frequencyHours', 'name'),
        value: fc.oneof(fc.nat(200), fc.string({ maxLength: 4 })),
      }),
      fc.record({
        section: fc.constant('backups' as const),
        field: fc.constant('lastRestoreTest'),
        value: fc.constantFrom('', '2020-01-01', '2026-06-01'),
      }),
      fc.record({
        section: fc.constant('backups' as const),
        field: fc.constant('locations'),
        value: fc.subarray(['on-site', 'off-site', 'cloud']),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constant('dependsOn'),
        value: fc.subarray(ids, { maxLength: 3 }),
      }),
      fc.record({
        section: fc.constant('systems' as const),
        field: fc.constant('tierOverride'),
        value: fc.constantFrom('', '1', '2', '3', '4'),
      }),
      fc.record({
        section: fc.constant('services' as const),
        field: fc.constantFrom('rtoHours', 'rpoHours'),
        value: fc.oneof(fc.constant(null), fc.nat(100)),
      }),
      fc.record({
        section: fc.constant('services' as const),
        field: fc.constant('name'),
        value: fc.string({ maxLength: 6 }),
      }),
      fc.record({
        section: fc.constant('backups' as const),
        field: fc.constant('restoreTestDurationHours'),
        value: fc.nat(30),
      }),
      fc.record({
        section: fc.constant('backups' as const),
        field: fc.constant('systems'),
        value: fc.subarray(ids, { maxLength: 3 }),
      }),
      fc.record({
        section: fc.constant('services' as const),
        field: fc.constant('systems'),
        value: fc.subarray(ids, { maxLength: 3 }),
      }),
    );
    const edits = fc.array(fc.record({ change: field, at: fc.nat(), nextDay: fc.boolean() }), { maxLength: 12 });
    fc.assert(
      fc.property(edits, (changes) => {
        const analyse = createContinuityAnalyser();
        const current = { services, systems, backups, suppliers, today };
        analyse(current);
        for (const { change, at, nextDay } of changes) {
          const list = current[change.section];
          current[change.section] = edit(list, at % list.length, { [change.field]: change.value });
          // Restore tests age: a day later the same plan can warn differently.
          if (nextDay) current.today = current.today === today ? '2027-06-02' : today;
          expect(analyse(current)).toEqual(analyseContinuity(current));
        }
      }),
      { numRuns: 40 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../../src/domain/health';
import type { PlanSnapshot } from '../../../src/domain/healthTypes';

const CODES = ['no-training', 'deputy-never-briefed', 'successor-never-briefed', 'role-holder-not-briefed'];
const findings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((finding) => CODES.includes(finding.code));

const base = {
  people: [
    { id: 'p-jan', name: 'Jan' },
    { id: 'p-koen', name: 'Koen' },
  ],
  roles: [{ id: 'r-dir', name: 'General director', main: 'p-jan', deputy: 'p-koen' }],
};

describe('training and awareness', () => {
  it('asks for a first briefing while the plan records none', () => {
    expect(findings(base)).toEqual([
      expect.objectContaining({ code: 'no-training', severity: 'medium', step: 'tests' }),
    ]);
    expect(findings({ ...base, roles: [] })).toEqual([]);
  });

  it('flags a deputy never briefed (medium) and a main contact briefed more than 12 months ago (low)', () => {
    const plan = { ...base, trainings: [{ id: 't1', topic: 'Plan', heldOn: '2025-11-30', people: ['p-jan'] }] };
    expect(findings(plan)).toEqual([
      expect.objectContaining({
        code: 'deputy-never-briefed',
        severity: 'medium',
        params: { name: 'Koen', role: 'General director' },
      }),
      expect.objectContaining({
        code: 'role-holder-not-briefed',
        severity: 'low',
        message: 'standards.warnings.roleHolderBriefedLongAgo',
        params: { name: 'Jan', role: 'General director', date: '2025-11-30' },
      }),
    ]);
  });

  it('holds successors (third and fourth in line) to the same rule: never briefed is medium, long ago low', () => {
    const plan = {
      people: [...base.people, { id: 'p-els', name: 'Els' }, { id: 'p-tom', name: 'Tom' }],
      roles: [{ ...base.roles[0], successor: 'p-els', secondSuccessor: 'p-tom' }],
      trainings: [
        { id: 't1', topic: 'Plan', heldOn: '2026-10-01', people: ['p-jan', 'p-koen'] },
        { id: 't2', topic: 'Plan', heldOn: '2025-06-01', people: ['p-tom'] },
      ],
    };
    expect(findings(plan)).toEqual([
      expect.objectContaining({
        code: 'successor-never-briefed',
        severity: 'medium',
        message: 'standards.warnings.successorNeverBriefed',
        params: { name: 'Els', role: 'General director' },
      }),
      expect.objectContaining({
        code: 'role-holder-not-briefed',
        severity: 'low',
        params: { name: 'Tom', role: 'General director', date: '2025-06-01' },
      }),
    ]);
    const allBriefed = {
      ...plan,
      trainings: [{ ...plan.trainings[0]!, people: ['p-jan', 'p-koen', 'p-els', 'p-tom'] }],
    };
    expect(findings(allBriefed)).toEqual([]);
  });

  it('is satisfied by a briefing of both within the last 12 months, and counts a person once over several roles', () => {
    const briefed = {
      ...base,
      trainings: [{ id: 't1', topic: 'Plan', heldOn: '2026-01-10', people: ['p-jan', 'p-koen'] }],
    };
    expect(findings(briefed)).toEqual([]);
    const twoRoles = {
      ...base,
      roles: [...base.roles, { id: 'r-it', name: 'IT', main: 'p-jan', deputy: '' }],
      trainings: [{ id: 't1', topic: 'Plan', heldOn: '2026-01-10', people: ['p-koen'] }],
    };
    expect(findings(twoRoles).map((finding) => finding.params.name)).toEqual(['Jan']);
  });
});

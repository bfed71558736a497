import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import type { PlanSnapshot } from '../../src/domain/healthTypes';

const CODES = [
  'activation-role-without-successor',
  'successor-removed',
  'successor-already-in-line',
  'spending-without-limit',
];
const findings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((finding) => CODES.includes(finding.code));

const people = [
  { id: 'p-jan', name: 'Jan' },
  { id: 'p-koen', name: 'Koen' },
  { id: 'p-eline', name: 'Eline' },
  { id: 'p-tom', name: 'Tom' },
];
const director = { id: 'r-dir', name: 'Director', main: 'p-jan', deputy: 'p-koen', authority: ['activate'] };

describe('succession and delegation of authority', () => {
  it('asks for a third in line when the role that activates the plan has only a main contact and a deputy', () => {
    expect(findings({ people, roles: [director] })).toEqual([
      expect.objectContaining({
        code: 'activation-role-without-successor',
        severity: 'medium',
        step: 'people',
        section: 'roles',
        itemId: 'r-dir',
        field: 'successor',
        params: { title: 'Director' },
      }),
    ]);
    expect(findings({ people, roles: [{ ...director, successor: 'p-eline' }] })).toEqual([]);
    // The fourth in line alone still gives someone to decide.
    expect(findings({ people, roles: [{ ...director, secondSuccessor: 'p-tom' }] })).toEqual([]);
  });

  it('asks nothing of a role without the authority to activate, nor of a role written before succession existed', () => {
    const helpdesk = { id: 'r-help', name: 'Helpdesk', main: 'p-eline', deputy: 'p-tom' };
    expect(findings({ people, roles: [helpdesk, { ...helpdesk, id: 'r-2', authority: ['supplier-orders'] }] })).toEqual(
      [],
    );
  });

  it('flags a successor who was removed from the people (medium), and counts the line as empty there', () => {
    const result = findings({ people, roles: [{ ...director, successor: 'p-gone' }] });
    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'successor-removed', severity: 'medium', field: 'successor' }),
        expect.objectContaining({ code: 'activation-role-without-successor' }),
      ]),
    );
    expect(result).toHaveLength(2);
  });

  it('flags a successor who already holds the role higher in the line (low), naming the person', () => {
    expect(findings({ people, roles: [{ ...director, successor: 'p-koen' }] })).toEqual([
      expect.objectContaining({
        code: 'successor-already-in-line',
        severity: 'low',
        field: 'successor',
        params: { title: 'Director', name: 'Koen' },
      }),
    ]);
    expect(findings({ people, roles: [{ ...director, successor: 'p-eline', secondSuccessor: 'p-eline' }] })).toEqual([
      expect.objectContaining({
        code: 'successor-already-in-line',
        field: 'secondSuccessor',
        params: expect.objectContaining({ name: 'Eline' }),
      }),
    ]);
  });

  it('asks for the limit of an authority to spend, as an amount or in words', () => {
    const spender = { id: 'r-it', name: 'IT coordinator', main: 'p-eline', deputy: 'p-tom', authority: ['spend'] };
    expect(findings({ people, roles: [spender] })).toEqual([
      expect.objectContaining({ code: 'spending-without-limit', severity: 'low', field: 'spendLimit' }),
    ]);
    expect(findings({ people, roles: [{ ...spender, spendLimit: 5000 }] })).toEqual([]);
    expect(findings({ people, roles: [{ ...spender, authorityLimits: 'Within the framework contract' }] })).toEqual([]);
  });
});

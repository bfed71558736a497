import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';
import type { PlanSnapshot } from '../../src/domain/healthTypes';
import { planDocumentModel } from '../../src/export/exportPlan';
import type { Block } from '../../src/export/model';
import { columnWidths } from '../../src/export/tableMeasures';
import { loadExamplePlan } from '../../src/ipc/handlers';
import { EXAMPLES_DIRECTORY } from '../builders/handlerHarness';
import { ORGANISATION_KINDS } from '../../src/domain/organisationKinds';
import { defaultRoles } from '../../src/domain/templates/roles';

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
  it('starts a new plan with the crisis lead allowed to activate it, so its line of succession is asked for at once', () => {
    for (const kind of ORGANISATION_KINDS) {
      const roles = defaultRoles(kind, 'nl');
      const activating = roles.filter((role) => role.authority.includes('activate'));
      expect(
        activating.map((role) => role.plan),
        kind,
      ).toEqual(['crisis']);
      const withPeople = roles.map((role) =>
        role === activating[0] ? { ...role, main: 'p-jan', deputy: 'p-koen' } : role,
      );
      expect(findings({ people, roles: withPeople }), kind).toEqual([
        expect.objectContaining({ code: 'activation-role-without-successor', itemId: activating[0]!.id }),
      ]);
    }
  });

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

describe('the succession table in Word and PDF', () => {
  const model = planDocumentModel(loadExamplePlan(EXAMPLES_DIRECTORY, 'nl'), { language: 'nl', includePrivate: false });
  const table = model.chapters
    .flatMap((chapter) => chapter.blocks)
    .find(
      (block): block is Extract<Block, { kind: 'table' }> =>
        block.kind === 'table' && block.columns.includes('Gaat in wanneer'),
    );

  it('gives "when it takes effect" a fifth of the page at least, not a word a line beside the limits', () => {
    // An A4 page's text width in Word (twips), as the plan's Word and print view lay it out.
    const width = 9638;
    const widths = columnWidths(table!.columns, table!.rows, width, table!.weights);
    const when = widths[table!.columns.indexOf('Gaat in wanneer')]!;
    expect(when).toBeGreaterThanOrEqual(width / 5);
    expect(when).toBeGreaterThanOrEqual(Math.max(...widths) * 0.9);
  });
});

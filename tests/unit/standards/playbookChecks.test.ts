import { describe, expect, it } from 'vitest';
import { checkList } from '../../../src/domain/activation/checks';
import type { LogEvent } from '../../../src/domain/activation/events';
import { collectWarnings } from '../../../src/domain/health';
import type { PlanSnapshot } from '../../../src/domain/healthTypes';
import { validatePatch } from '../../../src/domain/section';
import { playbookChecksSection } from '../../../src/domain/sections/playbookChecks';
import { PLAYBOOK_TEMPLATES, playbookFromTemplate } from '../../../src/domain/templates/playbooks';

const CODES = ['validation-check-failed', 'check-without-expected'];
const findings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((finding) => CODES.includes(finding.code));

const checks = [
  { id: 'c-files', scenario: 'sc-1', check: 'Open files', expected: 'They open' },
  { id: 'c-scan', scenario: 'sc-1', check: 'Scan', expected: 'No alert' },
  { id: 'c-other', scenario: 'sc-2', check: 'Call out', expected: 'It rings' },
];
const event = (at: string, target: string, outcome: string, text: string): LogEvent => ({
  id: `${target}-${at}`,
  at,
  kind: 'check',
  target,
  person: '',
  outcome,
  by: 'Eline',
  text,
});

describe('validation checks in an activation', () => {
  it('lists the chosen playbooks’ checks, each with its last recorded result', () => {
    const states = checkList({
      scenarioIds: ['sc-1'],
      checks,
      events: [
        event('2026-12-06T09:00:00Z', 'c-files', 'failed', 'One folder empty'),
        event('2026-12-06T09:30:00Z', 'c-files', 'passed', 'All open'),
      ],
    });
    expect(states.map((state) => [state.checkId, state.state, state.actual])).toEqual([
      ['c-files', 'passed', 'All open'],
      ['c-scan', 'open', ''],
    ]);
  });
});

describe('validation check rules', () => {
  const activationEvents = (outcomes: [string, string][]) =>
    outcomes.map(([at, outcome], index) => ({
      id: `e${index}`,
      kind: 'check',
      target: 'c-scan',
      at,
      outcome,
      text: outcome === 'failed' ? 'Two alerts' : 'Clean',
    }));

  it('keeps a failed check open as a follow-up until a later activation records it as passed', () => {
    const failed = { playbookChecks: checks, activationEvents: activationEvents([['2026-11-20T10:00:00Z', 'failed']]) };
    expect(findings(failed)).toEqual([
      expect.objectContaining({
        code: 'validation-check-failed',
        severity: 'medium',
        itemId: 'c-scan',
        params: { title: 'Scan', date: '2026-11-20', actual: 'Two alerts' },
      }),
    ]);
    const passedLater = {
      ...failed,
      activationEvents: activationEvents([
        ['2026-11-20T10:00:00Z', 'failed'],
        ['2026-12-01T10:00:00Z', 'passed'],
      ]),
    };
    expect(findings(passedLater)).toEqual([]);
  });

  it('asks for the expected result of a check', () => {
    const plan = { playbookChecks: [{ id: 'c1', scenario: 'sc-1', check: 'Scan', expected: ' ' }] };
    expect(findings(plan)).toEqual([
      expect.objectContaining({ code: 'check-without-expected', severity: 'low', field: 'expected' }),
    ]);
  });

  it('come with the ready-made cyber playbooks, valid in both languages', () => {
    for (const key of ['ransomware', 'phishing', 'data-breach', 'supplier-attack', 'ddos']) {
      const template = PLAYBOOK_TEMPLATES.find((candidate) => candidate.key === key)!;
      for (const language of ['nl', 'en'] as const) {
        const made = playbookFromTemplate(template, language, []).checks;
        expect(made.length, key).toBeGreaterThan(0);
        for (const check of made)
          expect(validatePatch(playbookChecksSection, { ...check, scenario: 'sc' })).toMatchObject({ ok: true });
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PLAYBOOK_TEMPLATES } from '../../src/domain/templates/playbooks';

describe('the ready-made playbooks', () => {
  it('cover the classic scenarios of the seeds and the cyber incidents of the CCB and the IBD', () => {
    expect(new Set(PLAYBOOK_TEMPLATES.map((template) => template.threat))).toEqual(
      new Set([
        'ransomware',
        'power',
        'internet',
        'fire',
        'hardware',
        'user-error',
        'phishing',
        'data-breach',
        'supplier',
        'ddos',
      ]),
    );
  });

  it('let the data owner authorise a restore after a mistake, and log it', () => {
    const dataLoss = PLAYBOOK_TEMPLATES.find((template) => template.threat === 'user-error')!;
    expect(dataLoss.steps.map((step) => step.action.nl).join(' ')).toMatch(/eigenaar van de gegevens/);
    expect(dataLoss.deactivation.en).toMatch(/backup log/);
  });
});

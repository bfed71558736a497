import { describe, expect, it } from 'vitest';
import { PLAYBOOK_TEMPLATES } from '../../src/domain/templates/playbooks';

describe('the ready-made playbooks', () => {
  it('cover the classic scenarios of the seeds: power, building, defects, mistakes by staff, hacking and outages', () => {
    expect(new Set(PLAYBOOK_TEMPLATES.map((template) => template.threat))).toEqual(
      new Set(['ransomware', 'power', 'internet', 'fire', 'hardware', 'user-error']),
    );
  });

  it('let the data owner authorise a restore after a mistake, and log it', () => {
    const dataLoss = PLAYBOOK_TEMPLATES.find((template) => template.threat === 'user-error')!;
    expect(dataLoss.steps.map((step) => step.action.nl).join(' ')).toMatch(/eigenaar van de gegevens/);
    expect(dataLoss.deactivation.en).toMatch(/backup log/);
  });
});

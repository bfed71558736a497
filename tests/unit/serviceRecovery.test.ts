import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../src/domain/health';

const RULES = [
  'critical-service-without-recovery-steps',
  'critical-service-without-recovery-lead',
  'critical-service-without-full-recovery',
];
const recoveryWarnings = (services: Record<string, unknown>[]) =>
  collectWarnings({ services }, { today: '2026-11-23' }).filter((w) => RULES.includes(w.code));

describe('a time-critical service’s way back', () => {
  it('asks for the steps, who carries them out and when recovery is complete, each at its own field', () => {
    const warnings = recoveryWarnings([{ id: 'svc-civil', name: 'Burgerzaken', rtoHours: 8 }]);
    expect(warnings.map((w) => [w.code, w.severity, w.field, w.params])).toEqual([
      ['critical-service-without-recovery-steps', 'medium', 'recoverySteps', { service: 'Burgerzaken' }],
      ['critical-service-without-recovery-lead', 'low', 'recoveryBy', { service: 'Burgerzaken' }],
      ['critical-service-without-full-recovery', 'low', 'fullyRecoveredWhen', { service: 'Burgerzaken' }],
    ]);
    expect(warnings.every((w) => w.step === 'services' && w.itemId === 'svc-civil')).toBe(true);
  });

  it('is satisfied once they are written, and does not ask it of services that may wait more than a day or have no RTO yet', () => {
    expect(
      recoveryWarnings([
        {
          id: 'a',
          name: 'Burgerzaken',
          rtoHours: 8,
          recoverySteps: '1. Netwerk nakijken',
          recoveryBy: 'person-an',
          fullyRecoveredWhen: 'Een attest kan afgedrukt worden',
        },
        { id: 'b', name: 'Website', rtoHours: 48 },
        { id: 'c', name: 'Nieuwe dienst', rtoHours: null },
      ]),
    ).toEqual([]);
  });
});

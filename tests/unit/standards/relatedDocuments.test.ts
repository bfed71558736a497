import { describe, expect, it } from 'vitest';
import { collectWarnings } from '../../../src/domain/health';
import type { PlanSnapshot } from '../../../src/domain/healthTypes';

const CODES = ['no-plan-document', 'location-without-plan-copy', 'document-without-offline-copy'];
const findings = (plan: PlanSnapshot) =>
  collectWarnings(plan, { today: '2026-12-06' }).filter((finding) => CODES.includes(finding.code));

const locations = [
  { id: 'loc-lib', name: 'Library' },
  { id: 'loc-depot', name: 'Depot' },
];

describe('related documents', () => {
  it('asks for the plan itself in the register once there are fallback locations', () => {
    expect(findings({ locations })).toEqual([
      expect.objectContaining({ code: 'no-plan-document', severity: 'low', step: 'distribution' }),
    ]);
    expect(findings({})).toEqual([]);
  });

  it('flags a fallback location where no copy of the plan is kept, leading to the plan’s copy locations', () => {
    const plan = {
      locations,
      documents: [
        { id: 'd-plan', title: 'The plan', kind: 'plan', paperCopy: 'Safe', copyLocations: ['loc-lib'] },
        // A copy of another document at the depot is not a copy of the plan.
        { id: 'd-net', title: 'Network diagram', kind: 'diagram', paperCopy: 'Cabinet', copyLocations: ['loc-depot'] },
      ],
    };
    expect(findings(plan)).toEqual([
      expect.objectContaining({
        code: 'location-without-plan-copy',
        itemId: 'd-plan',
        field: 'copyLocations',
        params: { name: 'Depot' },
      }),
    ]);
  });

  it('flags a document with no paper, off-line or fallback-location copy', () => {
    const plan = { documents: [{ id: 'd-sla', title: 'SLA', kind: 'contract', original: 'SharePoint' }] };
    expect(findings(plan)).toEqual([
      expect.objectContaining({ code: 'document-without-offline-copy', itemId: 'd-sla', params: { title: 'SLA' } }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ListRecord } from '../../../src/domain/records';
import { callOrder } from '../../../src/domain/rules/callTree';

const roles = [
  { id: 'role-helpdesk', name: 'Helpdesk', main: 'person-pieter', deputy: 'person-eline' },
  { id: 'role-irp', name: 'Incident manager', main: 'person-eline', deputy: 'person-pieter' },
  { id: 'role-cmp', name: 'Crisis manager', main: 'person-jan', deputy: '' },
];

describe('the call tree', () => {
  it('calls each role main contact first and then the deputy, in the call tree order', () => {
    const entries: ListRecord<'callTree'>[] = [
      { id: 'call-1', label: 'First', role: 'role-irp', fromLevel: '' },
      { id: 'call-2', label: 'Then', role: 'role-helpdesk', fromLevel: '' },
    ];
    expect(
      callOrder(entries, roles).map((call) => [call.roleId, call.contacts.map((c) => `${c.kind}:${c.personId}`)]),
    ).toEqual([
      ['role-irp', ['main:person-eline', 'deputy:person-pieter']],
      ['role-helpdesk', ['main:person-pieter', 'deputy:person-eline']],
    ]);
  });

  it('follows the roles in their own order when no call tree has been written', () => {
    expect(callOrder([], roles).map((call) => call.roleId)).toEqual(['role-helpdesk', 'role-irp', 'role-cmp']);
  });

  it('leaves out calls meant for a higher level when the incident is smaller', () => {
    const entries: ListRecord<'callTree'>[] = [
      { id: 'a', role: 'role-helpdesk', fromLevel: 'weak' },
      { id: 'b', role: 'role-irp', fromLevel: 'major' },
      { id: 'c', role: 'role-cmp', fromLevel: 'crisis' },
    ];
    expect(callOrder(entries, roles, 'minor').map((c) => c.roleId)).toEqual(['role-helpdesk']);
    expect(callOrder(entries, roles, 'major').map((c) => c.roleId)).toEqual(['role-helpdesk', 'role-irp']);
    expect(callOrder(entries, roles, 'crisis')).toHaveLength(3);
    expect(callOrder(entries, roles)).toHaveLength(3);
  });

  it('shows a role without deputy with its main contact only, and a missing role with nobody', () => {
    const calls = callOrder(
      [
        { id: 'x', role: 'role-cmp' },
        { id: 'y', role: 'role-gone' },
        { id: 'z', role: '' },
      ],
      roles,
    );
    expect(calls.map((c) => c.contacts)).toEqual([[{ personId: 'person-jan', kind: 'main' }], []]);
  });

  it('does not call the same person twice for one role', () => {
    const calls = callOrder([], [{ id: 'r', main: 'person-an', deputy: 'person-an' }]);
    expect(calls[0]!.contacts).toEqual([{ personId: 'person-an', kind: 'main' }]);
  });
});

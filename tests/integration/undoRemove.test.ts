import { describe, expect, it } from 'vitest';
import { newPlan } from '../builders/newPlan';

type Item = { id: string; name: string; dependsOn?: string[]; systems?: string[] };

describe('undoing a removal', () => {
  it('puts the item back in its place under its own id, so what named it names it again after reopening', async () => {
    const { harness, path } = await newPlan();
    const add = (name: string) => harness.ok<Item>('items.add', { section: 'systems', data: { name } });
    await add('Netwerk');
    const mail = await add('E-mail');
    await add('Printers');
    await harness.ok('items.add', { section: 'services', data: { name: 'Loket', systems: [mail.id] } });

    await harness.ok('items.remove', { section: 'systems', id: mail.id });
    const { id, ...data } = mail;
    await harness.ok('items.restore', { section: 'systems', id, data, toIndex: 1 });

    await harness.ok('plan.close');
    await harness.ok('plan.open', { path });
    const systems = await harness.ok<Item[]>('items.list', { section: 'systems' });
    expect(systems.map((system) => system.name)).toEqual(['Netwerk', 'E-mail', 'Printers']);
    expect(systems[1]!.id).toBe(mail.id);
    const [service] = await harness.ok<Item[]>('items.list', { section: 'services' });
    expect(service!.systems).toEqual([mail.id]);
  });

  it('refuses to put back an item that is still there, and changes nothing', async () => {
    const { harness } = await newPlan();
    const mail = await harness.ok<Item>('items.add', { section: 'systems', data: { name: 'E-mail' } });
    const { id, ...data } = mail;
    await harness.fails('invalid-request', 'items.restore', { section: 'systems', id, data, toIndex: 0 });
    expect(await harness.ok<Item[]>('items.list', { section: 'systems' })).toHaveLength(1);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../src/domain/fields';
import { CHANNELS } from '../../src/ipc/contract';
import { handlerHarness } from '../builders/handlerHarness';
import { sha256 } from '../builders/planFiles';

/** Opens a plan through the bridge and returns what must stay the same after a refused request. */
async function openPlanAndSnapshot() {
  const harness = handlerHarness();
  const planPath = join(harness.dir, 'plan.paraat');
  harness.dialogs.answers.newPlanPath = planPath;
  await harness.ok('plan.create', { name: 'Gemeente Testdorp', kind: 'municipality-netherlands', language: 'nl' });
  await harness.ok('section.update', { section: 'organisation', patch: { sector: 'Overheid' } });
  // From here on a refused request must not reach a dialog or create a file.
  harness.dialogs.answers.newPlanPath = join(harness.dir, 'must-not-exist.paraat');
  harness.dialogs.answers.copyPath = join(harness.dir, 'must-not-exist-either.paraat');
  harness.dialogs.suggested.length = 0;

  const snapshot = async () => ({
    planHash: sha256(planPath),
    files: readdirSync(harness.dir).sort(),
    settings: readFileSync(join(harness.settingsDirectory, 'settings.json'), 'utf8'),
    current: await harness.ok('plan.current'),
    organisation: await harness.ok('section.get', { section: 'organisation' }),
    dialogsAsked: [...harness.dialogs.suggested],
  });
  return { harness, before: await snapshot(), snapshot };
}

const longString = (length: number) => 'x'.repeat(length);

const refusedByTheContract: [string, unknown, unknown][] = [
  ['an unknown channel', 'plan.delete', undefined],
  ['a channel name inherited from Object', 'toString', undefined],
  ['a channel name inherited from Object', '__proto__', undefined],
  ['a channel name inherited from Object', 'constructor', undefined],
  ['a channel name with a trailing space', 'plan.current ', undefined],
  ['a channel that is not a string', 42, undefined],
  ['no channel at all', undefined, undefined],
  ['a payload where none is expected', 'plan.close', {}],
  ['a payload where none is expected', 'app.info', 'please'],
  ['a language that does not exist', 'settings.setLanguage', { language: 'fr' }],
  ['a language as a number', 'settings.setLanguage', { language: 1 }],
  ['a bare string as payload', 'settings.setLanguage', 'en'],
  ['null as payload', 'plan.open', null],
  ['an empty path', 'plan.open', { path: '' }],
  ['a path that is not a string', 'plan.open', { path: 42 }],
  ['an oversize path', 'plan.open', { path: `/tmp/${longString(4100)}` }],
  ['an oversize path to forget', 'recent.forget', { path: longString(4097) }],
  ['an empty organisation name', 'plan.create', { name: '', kind: 'company', language: 'nl' }],
  ['an organisation name of only spaces', 'plan.create', { name: '   ', kind: 'company', language: 'nl' }],
  ['an oversize organisation name', 'plan.create', { name: longString(201), kind: 'company', language: 'nl' }],
  ['an organisation name that is not text', 'plan.create', { name: ['x'], kind: 'company', language: 'nl' }],
  ['an unknown kind of organisation', 'plan.create', { name: 'x', kind: 'province', language: 'nl' }],
  ['a missing language', 'plan.create', { name: 'x', kind: 'company' }],
  ['an example in an unknown language', 'plan.openExample', { language: 'de' }],
  ['a section key with capitals first', 'section.get', { section: 'Organisation' }],
  ['a section key that is a path', 'section.get', { section: '../organisation' }],
  ['an oversize section key', 'section.get', { section: `o${longString(41)}` }],
  ['a missing section key', 'section.get', {}],
  ['a patch that is text', 'section.update', { section: 'organisation', patch: 'name=x' }],
  ['a patch that is null', 'section.update', { section: 'organisation', patch: null }],
  ['a patch that is a list', 'section.update', { section: 'organisation', patch: [['name', 'x']] }],
  [
    'a patch with an oversize field name',
    'section.update',
    { section: 'organisation', patch: { [longString(65)]: 'x' } },
  ],
  ['an empty item id', 'items.update', { section: 'contacts', id: '', patch: {} }],
  ['an oversize item id', 'items.remove', { section: 'contacts', id: longString(65) }],
  ['a negative position', 'items.move', { section: 'contacts', id: 'a', toIndex: -1 }],
  ['a fractional position', 'items.move', { section: 'contacts', id: 'a', toIndex: 1.5 }],
  ['a position as text', 'items.move', { section: 'contacts', id: 'a', toIndex: '2' }],
];

const refusedByTheHandlers: [string, string, unknown][] = [
  [
    'a field the organisation does not have',
    'section.update',
    { section: 'organisation', patch: { favouriteColour: 'blue' } },
  ],
  ['a field name inherited from Object', 'section.update', { section: 'organisation', patch: { toString: 'x' } }],
  ['a number where text belongs', 'section.update', { section: 'organisation', patch: { name: 42 } }],
  [
    'a valid field next to a wrong one',
    'section.update',
    { section: 'organisation', patch: { name: 'Nieuw', staffCount: 'veel' } },
  ],
  [
    'text longer than any field allows',
    'section.update',
    { section: 'organisation', patch: { address: longString(MAX_TEXT + 1) } },
  ],
  ['a section that does not exist', 'section.get', { section: 'suppliers' }],
  ['a section that does not exist', 'section.update', { section: 'suppliers', patch: {} }],
  ['a list operation on a single record', 'items.list', { section: 'organisation' }],
  ['adding an item to a single record', 'items.add', { section: 'organisation', data: { name: 'x' } }],
];

describe('requests from the window are checked before anything happens', () => {
  it.each(refusedByTheContract)(
    'refuses %s (%s) with invalid-request and changes nothing',
    async (_what, channel, payload) => {
      const { harness, before, snapshot } = await openPlanAndSnapshot();
      await harness.fails('invalid-request', channel, payload);
      expect(await snapshot()).toEqual(before);
    },
  );

  it.each(refusedByTheHandlers)(
    'refuses %s (%s) with invalid-request and changes nothing',
    async (_what, channel, payload) => {
      const { harness, before, snapshot } = await openPlanAndSnapshot();
      await harness.fails('invalid-request', channel, payload);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('says which field was wrong, so a developer can find the form that sent it', async () => {
    const { harness } = await openPlanAndSnapshot();
    const error = await harness.fails('invalid-request', 'section.update', {
      section: 'organisation',
      patch: { staffCount: 'veel' },
    });
    expect(error.message).toContain('staffCount');
  });

  it('does not let a refused create ask for a file or write one', async () => {
    const { harness } = await openPlanAndSnapshot();
    await harness.fails('invalid-request', 'plan.create', { name: longString(201), kind: 'company', language: 'nl' });
    expect(harness.dialogs.suggested).toEqual([]);
    expect(existsSync(join(harness.dir, 'must-not-exist.paraat'))).toBe(false);
  });

  it('answers every channel of the contract with an envelope, never a thrown error', async () => {
    const harness = handlerHarness();
    for (const channel of CHANNELS) {
      const answer = await harness.call(channel, { nonsense: true });
      // Extra keys are stripped, so a channel whose fields are all optional (plan.open) may succeed.
      if (!answer.ok) expect(answer.error.code, channel).toBe('invalid-request');
      else expect(channel).toBe('plan.open');
    }
  });
});

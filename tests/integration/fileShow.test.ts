import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../builders/handlerHarness';

function recordingDesktop(answer = '') {
  const calls: { how: 'open' | 'folder'; path: string }[] = [];
  return {
    calls,
    desktop: {
      openPath: async (path: string) => {
        calls.push({ how: 'open', path });
        return answer;
      },
      showItemInFolder: (path: string) => void calls.push({ how: 'folder', path }),
    },
  };
}

describe('file.show', () => {
  it('opens, and shows in its folder, a file this window exported in this session', async () => {
    const { calls, desktop } = recordingDesktop();
    const app = handlerHarness({ desktop });
    await app.ok('plan.openExample', { language: 'nl' });
    const target = join(app.dir, 'agenda.ics');
    app.dialogs.answers.exportPath = target;
    await app.ok('export.ics', { language: 'nl', includePrivate: false });
    await app.ok('file.show', { path: target, how: 'open' });
    await app.ok('file.show', { path: join(app.dir, '.', 'agenda.ics'), how: 'folder' });
    expect(calls).toEqual([
      { how: 'open', path: target },
      { how: 'folder', path: join(app.dir, 'agenda.ics') },
    ]);
  });

  it('refuses a path it did not write, even one that exists, and one another window wrote', async () => {
    const { calls, desktop } = recordingDesktop();
    const app = handlerHarness({ desktop });
    await app.ok('plan.openExample', { language: 'nl' });
    const planned = join(app.dir, 'elsewhere.txt');
    writeFileSync(planned, 'not from Paraat');
    await app.fails('invalid-request', 'file.show', { path: planned, how: 'open' });
    await app.fails('invalid-request', 'file.show', { path: app.dir, how: 'folder' });

    const target = join(app.dir, 'agenda.ics');
    app.dialogs.answers.exportPath = target;
    await app.ok('export.ics', { language: 'nl', includePrivate: false });
    await app.fails('invalid-request', 'file.show', { path: target, how: 'open' }, 'other-window');
    expect(calls).toEqual([]);
  });

  it('says so when the written file is gone or no program opens it', async () => {
    const { desktop } = recordingDesktop('No application is associated with the specified file');
    const app = handlerHarness({ desktop });
    await app.ok('plan.openExample', { language: 'nl' });
    const target = join(app.dir, 'agenda.ics');
    app.dialogs.answers.exportPath = target;
    await app.ok('export.ics', { language: 'nl', includePrivate: false });
    const error = await app.fails('cannot-open', 'file.show', { path: target, how: 'open' });
    expect(error.message).toContain('No application');
    rmSync(target);
    await app.fails('not-found', 'file.show', { path: target, how: 'folder' });
  });
});

import { describe, expect, it } from 'vitest';
import { type Handlers, dispatch } from '../../src/ipc/handlers';

/** A handler that fails the way better-sqlite3 fails, with SQLite's result code on the error. */
function failingWith(code: string, message: string): Handlers {
  const error = Object.assign(new Error(message), { code });
  return {
    'plan.progress': () => {
      throw error;
    },
  } as unknown as Handlers;
}

describe('a failure no handler foresaw', () => {
  it('is a damaged plan, with what SQLite said, when a page of an open plan cannot be read', async () => {
    const answer = await dispatch(
      failingWith('SQLITE_CORRUPT', 'database disk image is malformed'),
      'plan.progress',
      undefined,
      { windowKey: 'w' },
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'damaged-read',
        message: 'database disk image is malformed',
        params: { detail: 'database disk image is malformed' },
      },
    });
  });

  it('stays "internal" for anything else, so a real bug is not hidden as damage', async () => {
    const answer = await dispatch(failingWith('ERR_SOMETHING', 'x is undefined'), 'plan.progress', undefined, {
      windowKey: 'w',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: 'x is undefined' } });
  });
});

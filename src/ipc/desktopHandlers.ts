import { existsSync } from 'node:fs';
import { PlanError } from '../domain/errors';
import type { CallContext, Desktop } from './handlerTypes';
import type { PayloadOf } from './contract';

/** "Open file" and "Show in folder" after an export, for what this window wrote only. */
export function desktopHandlers(deps: { desktop?: Desktop; wrote: (context: CallContext, path: string) => boolean }) {
  return {
    'file.show': async ({ path, how }: PayloadOf<'file.show'>, context: CallContext) => {
      if (!deps.wrote(context, path))
        throw new PlanError('invalid-request', 'Only a file Paraat wrote in this session is opened', { path });
      if (!existsSync(path)) throw new PlanError('not-found', 'The file is no longer there', { path });
      if (!deps.desktop) throw new PlanError('internal', 'No desktop to open files on', { path });
      if (how === 'folder') deps.desktop.showItemInFolder(path);
      else {
        const problem = await deps.desktop.openPath(path);
        if (problem) throw new PlanError('cannot-open', `The file did not open: ${problem}`, { path, detail: problem });
      }
      return null;
    },
  };
}

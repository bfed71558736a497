import { resolve } from 'node:path';
import type { Channel } from './contract';
import type { CallContext, Handlers } from './handlerTypes';

/** The channels that write a file or folder where the user chose, answering with its `path`. */
const WRITING_CHANNELS = [
  'export.docx',
  'export.pdf',
  'export.card',
  'export.html',
  'export.vcf',
  'export.ics',
  'export.kit',
  'export.encryptedKit',
  'items.exportCsv',
  'inventory.exportCsv',
  'plan.saveCopy',
  'plan.saveEncryptedCopy',
] as const satisfies readonly Channel[];

/**
 * What main wrote in this session, per window: the only paths "Open file" and "Show in folder" may
 * open, so a renderer can never make main open a path it made up.
 */
export function writtenFiles() {
  const byWindow = new Map<string, Set<string>>();
  const remember = (context: CallContext, path: string) => {
    const paths = byWindow.get(context.windowKey) ?? new Set<string>();
    paths.add(resolve(path));
    byWindow.set(context.windowKey, paths);
  };
  return {
    /** The same handlers, noting the path each writing channel answers with. */
    noting(handlers: Handlers): Handlers {
      const noted = { ...handlers } as Record<string, unknown>;
      for (const channel of WRITING_CHANNELS) {
        const handler = handlers[channel] as (payload: unknown, context: CallContext) => unknown;
        noted[channel] = async (payload: unknown, context: CallContext) => {
          const result = (await handler(payload, context)) as { path?: unknown } | null;
          if (result && typeof result.path === 'string') remember(context, result.path);
          return result;
        };
      }
      return noted as Handlers;
    },
    wrote: (context: CallContext, path: string) => byWindow.get(context.windowKey)?.has(resolve(path)) ?? false,
    forget: (windowKey: string) => byWindow.delete(windowKey),
  };
}

import type { Channel, Envelope, PayloadOf, ResultOf } from '../ipc/contract';

/** What the preload (or the test bridge) puts on `window`: one invoke for the contract's channels. */
export interface Bridge {
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    paraat?: Bridge;
  }
}

/** A failure reported by the main process, with the code the catalogue translates. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function invoke<C extends Channel>(
  channel: C,
  ...payload: PayloadOf<C> extends undefined ? [] : [PayloadOf<C>]
): Promise<ResultOf<C>> {
  const bridge = window.paraat;
  if (!bridge) throw new ApiError('internal', 'The Paraat bridge is missing', { message: 'bridge missing' });
  const envelope = await bridge.invoke(channel, payload[0]);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.params);
  return envelope.value as ResultOf<C>;
}

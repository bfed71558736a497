import { ApiError } from '../api';

/** What the interface shows about a failure: a catalogue key and its values. */
export interface Problem {
  code: string;
  params: Record<string, string | number>;
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return { code: error.code, params: error.params };
  return { code: 'internal', params: { message: error instanceof Error ? error.message : String(error) } };
}

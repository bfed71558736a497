import { type LogEvent, latest } from './events';

/**
 * Reconstitution before the plan is deactivated (NIST SP 800-34): validate, declare recovery,
 * tell users and the communication plan's audiences, clean up, take a fresh backup, stand down.
 */
export const RECONSTITUTION_KEYS = [
  'validate-data',
  'validate-functionality',
  'declare-recovery',
  'notify-users',
  'notify-audiences',
  'clean-up',
  'fresh-backup',
  'deactivate',
] as const;
export type ReconstitutionKey = (typeof RECONSTITUTION_KEYS)[number];

export interface ReconstitutionItem {
  key: ReconstitutionKey;
  state: 'open' | 'done' | 'skipped';
  at: string | null;
  by: string;
}

export function reconstitutionChecklist(events: readonly LogEvent[]): ReconstitutionItem[] {
  return RECONSTITUTION_KEYS.map((key) => {
    const event = latest(events, 'reconstitution', key);
    const state = event?.outcome === 'done' ? 'done' : event?.outcome === 'skipped' ? 'skipped' : 'open';
    return { key, state, at: state === 'open' ? null : (event?.at ?? null), by: event?.by ?? '' };
  });
}

/** The plan may be deactivated once every reconstitution item is done or explicitly skipped. */
export function mayClose(items: readonly ReconstitutionItem[]): boolean {
  return items.every((item) => item.state !== 'open');
}

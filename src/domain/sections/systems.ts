import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const SYSTEM_TYPES = [
  'laptop',
  'desktop',
  'printer',
  'network',
  'server-cloud',
  'saas',
  'software',
  'cloud-service',
  'email',
  'telephony',
  'mobile',
  'other',
] as const;
export type SystemType = (typeof SYSTEM_TYPES)[number];

/**
 * Kinds of system that hold the organisation's data. A firewall, a switch, a laptop or a printer
 * holds configuration at most: a service's RPO (how much data it may lose) does not apply to them.
 * An unknown kind is taken to hold data, so no check goes quiet for want of a kind.
 */
export const DATA_KINDS: ReadonlySet<string> = new Set([
  'server-cloud',
  'saas',
  'software',
  'cloud-service',
  'email',
] satisfies SystemType[]);
const NO_DATA_KINDS: ReadonlySet<string> = new Set([
  'laptop',
  'desktop',
  'printer',
  'network',
  'telephony',
  'mobile',
] satisfies SystemType[]);

export function holdsData(type: unknown): boolean {
  return typeof type !== 'string' || DATA_KINDS.has(type) || !NO_DATA_KINDS.has(type);
}

/** Restart tiers, 1 first; a system's tier follows from its inherited RTO unless overridden. */
export const RESTART_TIERS = ['1', '2', '3', '4'] as const;

/**
 * The IT inventory: every asset and service the organisation runs on. `credentialsLocation` says
 * where passwords are kept (a safe, a password manager); a check flags values that look like a
 * password, since the plan travels on USB sticks and paper.
 */
export const systemsSection = defineList(
  'systems',
  z.object({
    name: field.text({ required: true }),
    type: field.choice('systemType', SYSTEM_TYPES, { required: true }),
    vendor: field.ref('suppliers'),
    owner: field.ref('people', { required: true }),
    location: field.text(),
    quantity: field.integer({ max: 100_000 }),
    serialOrLicence: field.text(),
    /**
     * The version or patch level a rebuild must reach ("Windows Server 2022, CU 2026-10", firmware
     * 7.2.1), and when it was last looked up: a restore onto an older level reopens closed holes.
     */
    versionLevel: field.text(),
    versionCheckedOn: field.date(),
    credentialsLocation: field.text(),
    /** IP addresses, VPN and server access, mail settings: what a stand-in needs to reach the asset. */
    accessDetails: field.longText(),
    redundancy: field.longText(),
    replacementLeadTimeDays: field.integer({ max: 3650 }),
    /** The coordinator's own estimate of how long recovery takes; overrides the estimate by kind. */
    expectedRestoreHours: field.hours(),
    userCount: field.integer({ max: 1_000_000 }),
    /** The seeds ask for user lists: who works with it, or where the up-to-date list is kept. */
    users: field.longText(),
    dependsOn: field.refs('systems'),
    tierOverride: field.choice('restartTier', RESTART_TIERS),
    tierOverrideReason: field.longText(),
    /** What else there is to know, and what an import could not place in a field ("Soort: Beamer"). */
    notes: field.longText(),
  }),
  { titleField: 'name' },
);

export type SystemRecord = z.infer<typeof systemsSection.schema>;

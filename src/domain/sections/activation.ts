import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';
import { INCIDENT_LEVELS } from './alarm';

export const ACTIVATION_KINDS = ['incident', 'exercise'] as const;
export type ActivationKind = (typeof ACTIVATION_KINDS)[number];
export const ACTIVATION_STATUSES = ['active', 'closed'] as const;

/**
 * The plan run as a checklist: one activation per incident or exercise. While one is active the
 * app shows the action view. Times are ISO timestamps written by the app, not typed by hand.
 * The outage assessment follows NIST SP 800-34's activation phase.
 */
export const activationsSection = defineList(
  'activations',
  z.object({
    title: field.text(),
    kind: field.choice('activationKind', ACTIVATION_KINDS, { initial: 'incident' }),
    level: field.choice('incidentLevel', INCIDENT_LEVELS),
    scenarios: field.refs('scenarios'),
    startedAt: field.text(),
    /** When the incident was detected; the legal notification deadlines count from here. Empty: startedAt. */
    detectedAt: field.text(),
    incident: field.ref('incidents'),
    cause: field.longText(),
    furtherDamage: field.longText(),
    siteState: field.longText(),
    networkState: field.longText(),
    systemsState: field.longText(),
    equipmentState: field.longText(),
    toReplace: field.longText(),
    estimatedRestoreHours: field.hours(),
    status: field.choice('activationStatus', ACTIVATION_STATUSES, { initial: 'active' }),
    closedAt: field.text(),
    review: field.ref('reviews'),
  }),
  { titleField: 'title' },
);

export const EVENT_KINDS = [
  'call',
  'step',
  'note',
  'decision',
  'reconstitution',
  'escalation',
  'recovered',
  'notification',
  'check',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_OUTCOMES = ['called', 'reached', 'not-reached', 'done', 'skipped', 'passed', 'failed'] as const;

/**
 * The running log of an activation: every call, ticked step, note and decision is one item,
 * written at once, so a crash loses nothing that was acknowledged. `target` is what the event is
 * about: a role id (a call, with `person`), a playbook step id, a reconstitution key, a service id, or a notification duty's stage
 * (`<duty>:<stage>`; the duty id alone when it was judged not applicable), or a validation check (its
 * outcome passed or failed, its text the actual result).
 */
export const activationEventsSection = defineList(
  'activationEvents',
  z.object({
    activation: field.ref('activations'),
    at: field.text(),
    kind: field.choice('activationEventKind', EVENT_KINDS),
    target: field.text(),
    person: field.ref('people'),
    outcome: field.choice('activationOutcome', EVENT_OUTCOMES),
    by: field.text(),
    text: field.longText(),
  }),
  { titleField: 'text' },
);

export type Activation = z.infer<typeof activationsSection.schema>;
export type ActivationEvent = z.infer<typeof activationEventsSection.schema>;

import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/**
 * What kind of authority a duty goes to. The health rules read the kind: a plan that holds
 * personal data needs a data-protection duty, and every plan a national CSIRT.
 */
export const NOTIFICATION_KINDS = [
  'csirt',
  'data-protection',
  'supervisor',
  'police',
  'insurer',
  'data-subjects',
  'other',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The stages of a notification, each with its own deadline in hours from detection. */
export const NOTIFICATION_STAGES = ['earlyWarning', 'notification', 'finalReport'] as const;
export type NotificationStage = (typeof NOTIFICATION_STAGES)[number];

export const STAGE_FIELDS: Record<NotificationStage, 'earlyWarningHours' | 'notificationHours' | 'finalReportHours'> = {
  earlyWarning: 'earlyWarningHours',
  notification: 'notificationHours',
  finalReport: 'finalReportHours',
};

/**
 * Notification duties ("meldplichten"): the authorities the organisation must tell about an
 * incident, when, within how many hours of detection, who decides, and through which channel —
 * with a way that works when e-mail and the portal cannot be reached. The law sets the deadlines
 * from the moment the organisation becomes aware of the incident, so the activation clocks count
 * from detection, not from the moment the plan was activated.
 */
export const notificationDutiesSection = defineList(
  'notificationDuties',
  z.object({
    authority: field.text({ required: true }),
    kind: field.choice('notificationKind', NOTIFICATION_KINDS, { required: true }),
    trigger: field.longText({ required: true }),
    earlyWarningHours: field.hours(),
    notificationHours: field.hours(),
    finalReportHours: field.hours(),
    decides: field.ref('roles', { required: true }),
    channel: field.longText({ required: true }),
    fallbackChannel: field.longText(),
    phone: field.phone(),
    legalBasis: field.text(),
    notes: field.longText(),
  }),
  { titleField: 'authority' },
);

export type NotificationDuty = z.infer<typeof notificationDutiesSection.schema>;

import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

export const BACKUP_CONTENTS = ['data', 'software', 'configuration'] as const;
export const BACKUP_METHODS = ['full', 'incremental', 'snapshot', 'saas-backup'] as const;
export const BACKUP_LOCATIONS = ['on-site', 'off-site', 'cloud', 'offline'] as const;
export type BackupLocation = (typeof BACKUP_LOCATIONS)[number];

/** Where a copy survives the loss of the building: every place but on site (looked up with whatever a draft holds). */
export const AWAY_FROM_SITE: ReadonlySet<string> = new Set(
  BACKUP_LOCATIONS.filter((place): place is Exclude<BackupLocation, 'on-site'> => place !== 'on-site'),
);

export const backupsSection = defineList(
  'backups',
  z.object({
    name: field.text({ required: true }),
    systems: field.refs('systems'),
    contents: field.choices('backupContent', BACKUP_CONTENTS),
    method: field.choice('backupMethod', BACKUP_METHODS, { required: true }),
    frequencyHours: field.hours({ required: true }),
    retentionDays: field.integer({ max: 36_500 }),
    locations: field.choices('backupLocation', BACKUP_LOCATIONS),
    encrypted: field.boolean(),
    checkedBy: field.ref('people'),
    checkFrequency: field.text(),
    lastRestoreTest: field.date(),
    restoreTestDurationHours: field.hours(),
    restoreAuthorisedBy: field.ref('people'),
    /** Where the steps to restore are written down, so a restore does not depend on one person's memory. */
    restoreProcedure: field.longText(),
    /** The backup policy keeps a log of every backup and restore action; this says where. */
    logLocation: field.text(),
  }),
  { titleField: 'name' },
);

export type Backup = z.infer<typeof backupsSection.schema>;

import type { HealthRule } from '../healthTypes';
import { itemWarnings } from './healthWarnings';
import { looksLikePassword } from './inventoryChecks';
import { idsIn, isFilled } from './snapshot';

/**
 * What a backup and restore policy asks beyond the RPO/RTO checks: every version kept in at least
 * two places, a data owner who authorises a restore, and a written-down restore procedure. Also
 * keeps passwords out of the inventory's network and access notes, which travel with the plan.
 */

const message = (code: string) => `servicesInventory.warnings.codes.${code}`;
const backupParams = (item: Record<string, unknown>) => ({ backup: String(item.name ?? '').trim() });

/** Where a copy survives the loss of the building; a backup kept only on site is flagged (more severely) elsewhere. */
const AWAY_FROM_SITE = new Set(['off-site', 'offline', 'cloud']);

/** One place only, even if away from the building: a fault or attack there takes every version with it. */
const backupInOnePlace: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'backup-single-location',
      message: message('backup-single-location'),
      severity: 'medium',
      step: 'backups',
      section: 'backups',
      field: 'locations',
      params: backupParams,
    },
    (backup) => {
      const places = idsIn(backup.locations);
      return places.length === 1 && AWAY_FROM_SITE.has(places[0]!);
    },
  );

/** The data owner decides on a restore (the supplier only advises and carries it out). */
const restoreWithoutAuthoriser: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'restore-without-authoriser',
      message: message('restore-without-authoriser'),
      severity: 'low',
      step: 'backups',
      section: 'backups',
      field: 'restoreAuthorisedBy',
      params: backupParams,
    },
    (backup) => !isFilled(backup.restoreAuthorisedBy),
  );

const restoreWithoutProcedure: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'restore-without-procedure',
      message: message('restore-without-procedure'),
      severity: 'low',
      step: 'backups',
      section: 'backups',
      field: 'restoreProcedure',
      params: backupParams,
    },
    (backup) => !isFilled(backup.restoreProcedure),
  );

const accessDetailsWithPassword: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'access-details-look-like-password',
      message: message('access-details-look-like-password'),
      severity: 'high',
      step: 'inventory',
      section: 'systems',
      field: 'accessDetails',
      params: (system) => ({ system: String(system.name ?? '').trim() }),
    },
    (system) => typeof system.accessDetails === 'string' && looksLikePassword(system.accessDetails),
  );

export const backupPolicyRules: readonly HealthRule[] = [
  backupInOnePlace,
  restoreWithoutAuthoriser,
  restoreWithoutProcedure,
  accessDetailsWithPassword,
];

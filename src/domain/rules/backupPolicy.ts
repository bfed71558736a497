import type { HealthRule } from '../healthTypes';
import type { ListRecord } from '../records';
import { itemWarnings } from './healthWarnings';
import { looksLikePassword } from './inventoryChecks';
import { AWAY_FROM_SITE } from '../sections/backups';
import { idsIn, isFilled } from './snapshot';
import { nameOf } from './warnings';

/**
 * What a backup and restore policy asks beyond the RPO/RTO checks: every version kept in at least
 * two places, a data owner who authorises a restore, and a written-down restore procedure. Also
 * keeps passwords out of the inventory's network and access notes, which travel with the plan.
 */

const message = (code: string) => `servicesInventory.warnings.codes.${code}`;
const backupParams = (backup: ListRecord<'backups'>) => ({ backup: nameOf(backup) });

/** One place only, even if away from the building (a backup kept only on site is flagged, more severely, elsewhere): a fault or attack there takes every version with it. */
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
      params: (system) => ({ system: nameOf(system) }),
    },
    (system) => typeof system.accessDetails === 'string' && looksLikePassword(system.accessDetails),
  );

export const backupPolicyRules: readonly HealthRule[] = [
  backupInOnePlace,
  restoreWithoutAuthoriser,
  restoreWithoutProcedure,
  accessDetailsWithPassword,
];

import type { HealthRule } from '../healthTypes';
import { itemWarnings } from './healthWarnings';
import { idsIn, isFilled } from './snapshot';

/**
 * A fallback location that services move to needs a written agreement (NIST SP 800-34's
 * alternate site agreement): without one, the room may be in use the day it is needed.
 */
const locationWithoutAgreement: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'location-without-agreement',
      message: 'standards.warnings.locationWithoutAgreement',
      severity: 'low',
      step: 'locations',
      section: 'locations',
      field: 'agreement',
      params: (location) => ({ name: String(location.name ?? '').trim() || location.id }),
    },
    (location) => idsIn(location.movingServices).length > 0 && !isFilled(location.agreement),
  );

export const fallbackSiteRules: readonly HealthRule[] = [locationWithoutAgreement];

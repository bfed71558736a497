import type { Finding, HealthRule } from '../healthTypes';
import { itemWarning, itemWarnings, sectionWarning } from './healthWarnings';
import { idsIn, isFilled, itemsOf, titleOf } from './snapshot';

/**
 * Whoever moves to a fallback location must find the plan there: a location no copy of the plan
 * is kept at is flagged. Without any plan document registered, one finding asks for it first.
 */
const locationsWithoutPlanCopy: HealthRule = (plan) => {
  const locations = itemsOf(plan, 'locations');
  if (locations.length === 0) return [];
  const planDocuments = itemsOf(plan, 'documents').filter((document) => document.kind === 'plan');
  if (planDocuments.length === 0)
    return [
      sectionWarning(
        {
          code: 'no-plan-document',
          message: 'standards.warnings.noPlanDocument',
          severity: 'low',
          step: 'distribution',
        },
        { section: 'documents' },
      ),
    ];
  const covered = new Set(planDocuments.flatMap((document) => idsIn(document.copyLocations)));
  return locations
    .filter((location) => !covered.has(location.id))
    .map((location): Finding =>
      itemWarning(
        {
          code: 'location-without-plan-copy',
          message: 'standards.warnings.locationWithoutPlanCopy',
          severity: 'low',
          step: 'distribution',
          section: 'documents',
          field: 'copyLocations',
          params: { name: titleOf('locations', location) || location.id },
        },
        planDocuments[0]!,
      ),
    );
};

/** A document only reachable over the network is not there the day the network is down. */
const documentsWithoutOfflineCopy: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'document-without-offline-copy',
      message: 'standards.warnings.documentWithoutOfflineCopy',
      severity: 'low',
      step: 'distribution',
      section: 'documents',
      field: 'paperCopy',
    },
    (document) =>
      isFilled(document.title) &&
      !isFilled(document.paperCopy) &&
      !isFilled(document.offlineCopy) &&
      idsIn(document.copyLocations).length === 0,
  );

export const relatedDocumentRules: readonly HealthRule[] = [locationsWithoutPlanCopy, documentsWithoutOfflineCopy];

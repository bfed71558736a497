import type { OrganisationKind } from '../domain/organisationKinds';
import { PLAN_EXTENSION } from '../storage/fileFormat';
import type { PlanDocument } from '../storage/planDocument';
import { safeFileName } from '../domain/fileNames';

export function planFileName(name: string): string {
  return safeFileName(name, PLAN_EXTENSION, { maxCharacters: 80 });
}

/** Who the plan is for and in which language it is written, as summaries and exports name it. */
export function planIdentity(document: PlanDocument): {
  name: string;
  kind: OrganisationKind | '';
  language: 'nl' | 'en';
} {
  const organisation = document.record('organisation');
  return {
    name: organisation.name,
    kind: organisation.kind,
    language: document.meta.get('language') === 'en' ? 'en' : 'nl',
  };
}

/** The plan's file name as a save dialog suggests it ("Gemeente Beekzande.paraat"). */
export function suggestedFileName(document: PlanDocument): string {
  return planFileName(planIdentity(document).name);
}

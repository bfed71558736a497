import type { TFunction } from 'i18next';
import { STEPS } from '../../domain/plan';

/** A section's name for people: its list title, else the title of the step that shows it. */
export function sectionTitle(t: TFunction, sectionKey: string): string {
  const step = STEPS.find((s) => s.sections.includes(sectionKey));
  const stepTitle = step ? t(`steps.${step.id}.title`) : sectionKey;
  return t(`lists.${sectionKey}.title`, { defaultValue: stepTitle });
}

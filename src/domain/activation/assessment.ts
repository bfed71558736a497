/**
 * The first assessment of an outage (NIST SP 800-34's activation phase): the activation's fields the
 * coordinator fills in first, in the order they are asked, on screen and on the blank paper form.
 */
export const ASSESSMENT_FIELDS = [
  'cause',
  'furtherDamage',
  'siteState',
  'networkState',
  'systemsState',
  'equipmentState',
  'toReplace',
  'estimatedRestoreHours',
] as const;

export function isAssessmentField(name: string): boolean {
  return (ASSESSMENT_FIELDS as readonly string[]).includes(name);
}

/**
 * The wizard's steps in the order a coordinator walks them (see DOMAIN.md). A step shows one or
 * more sections; a derived step (restart order, health) computes from other steps and owns none.
 * Exports follow the same order, so Word, PDF and the wizard never disagree about what comes first.
 */
export const STEP_IDS = [
  'organisation',
  'people',
  'services',
  'inventory',
  'priorities',
  'risks',
  'scenarios',
  'backups',
  'locations',
  'suppliers',
  'alarm',
  'communication',
  'distribution',
  'tests',
  'incidents',
  'health',
  'versions',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export interface StepDef {
  id: StepId;
  /** Section keys this step edits; empty while the step is not built or when it is derived. */
  sections: readonly string[];
  derived?: boolean;
}

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

import { isFilled } from './fields';
import type { SectionDef } from './section';
import type { StepDef } from './steps';

export type StepStatus = 'empty' | 'partial' | 'complete' | 'derived';

/** What a step's sections hold, as the completeness rules need it. */
export interface SectionContent {
  section: SectionDef;
  /** The singleton's record, or the list's items. */
  records: Record<string, unknown>[];
}

function requiredFilledRatio(section: SectionDef, record: Record<string, unknown>): number {
  const required = section.fields.filter((f) => f.required);
  if (required.length === 0) return 1;
  return required.filter((f) => isFilled(record[f.name])).length / required.length;
}

/**
 * A step is complete when every section has content and every required field of every record is
 * filled; empty when nothing at all has been entered.
 */
export function stepStatus(step: StepDef, contents: SectionContent[]): StepStatus {
  if (step.derived) return 'derived';
  if (contents.length === 0) return 'empty';
  let anyContent = false;
  let allComplete = true;
  for (const { section, records } of contents) {
    const meaningful = records.filter((r) => section.fields.some((f) => isFilled(r[f.name])));
    if (meaningful.length > 0) anyContent = true;
    if (meaningful.length === 0 || meaningful.some((r) => requiredFilledRatio(section, r) < 1)) allComplete = false;
  }
  if (!anyContent) return 'empty';
  return allComplete ? 'complete' : 'partial';
}

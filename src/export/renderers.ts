import type { TFunction } from 'i18next';
import type { Item } from '../domain/section';
import type { StepId } from '../domain/steps';
import type { PlanJson } from '../domain/planJson';
import type { Block } from './model';
import type { ValueContext } from './values';

/**
 * Hooks for sections that deserve a rendering of their own (the risk heat map, the restart
 * timeline, the call tree). Without one, a section is printed generically from its field
 * descriptors, so a new section is always in the export, even before anyone designs its page.
 */
export interface RenderContext extends ValueContext {
  t: TFunction;
  plan: PlanJson;
  includePrivate: boolean;
}

/** Replaces the generic rendering of one section; receives its records (one for a singleton). */
export type SectionRenderer = (records: Item[] | Record<string, unknown>[], context: RenderContext) => Block[];
/** Fills a derived step (restart order, say), which owns no section of its own. */
export type StepRenderer = (context: RenderContext) => Block[];

const sectionRenderers = new Map<string, SectionRenderer>();
const stepRenderers = new Map<StepId, StepRenderer>();

export function registerSectionRenderer(section: string, renderer: SectionRenderer): void {
  sectionRenderers.set(section, renderer);
}

export function registerStepRenderer(step: StepId, renderer: StepRenderer): void {
  stepRenderers.set(step, renderer);
}

export function sectionRenderer(section: string): SectionRenderer | undefined {
  return sectionRenderers.get(section);
}

export function stepRenderer(step: StepId): StepRenderer | undefined {
  return stepRenderers.get(step);
}

import type { TFunction } from 'i18next';
import type { ListKey, ListRecord } from '../domain/records';
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

/** Replaces the generic rendering of a list section; receives its items as the section's schema types them. */
export type SectionRenderer<K extends ListKey> = (records: ListRecord<K>[], context: RenderContext) => Block[];
/**
 * A renderer as the document model calls it, for whichever section it prints: the model reads the
 * sections by key (documentModel's sectionContent), so it holds each one's items untyped.
 */
type AnySectionRenderer = (records: Record<string, unknown>[], context: RenderContext) => Block[];
/** Fills a derived step (restart order, say), which owns no section of its own. */
export type StepRenderer = (context: RenderContext) => Block[];

const sectionRenderers = new Map<string, AnySectionRenderer>();
const stepRenderers = new Map<StepId, StepRenderer>();

export function registerSectionRenderer<K extends ListKey>(section: K, renderer: SectionRenderer<K>): void {
  // The document model hands a renderer only the items of the section it was registered for.
  sectionRenderers.set(section, renderer as unknown as AnySectionRenderer);
}

export function registerStepRenderer(step: StepId, renderer: StepRenderer): void {
  stepRenderers.set(step, renderer);
}

export function sectionRenderer(section: string): AnySectionRenderer | undefined {
  return sectionRenderers.get(section);
}

export function stepRenderer(step: StepId): StepRenderer | undefined {
  return stepRenderers.get(step);
}

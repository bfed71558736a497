import type { HealthContext, HealthRule, Finding, PlanSnapshot } from '../domain/healthTypes';
import type { SectionCache } from './sectionCache';

interface Remembered {
  context: string;
  /** The sections the rule read, each with the version it read. */
  read: [string, string][];
  warnings: Finding[];
}

/** Marks a rule that looked at the snapshot as a whole (its keys): it depends on every section. */
const EVERYTHING = Symbol('every section');

/** The snapshot as a rule sees it, noting each section the rule looks at. */
function watched(plan: PlanSnapshot, read: Set<string | typeof EVERYTHING>): PlanSnapshot {
  const note = (key: string | symbol) => read.add(typeof key === 'string' ? key : EVERYTHING);
  return new Proxy(plan, {
    get: (target, key, receiver) => (note(key), Reflect.get(target, key, receiver)),
    has: (target, key) => (note(key), Reflect.has(target, key)),
    getOwnPropertyDescriptor: (target, key) => (note(key), Reflect.getOwnPropertyDescriptor(target, key)),
    ownKeys: (target) => (read.add(EVERYTHING), Reflect.ownKeys(target)),
  });
}

const memories = new WeakMap<SectionCache, Map<HealthRule, Remembered>>();

/**
 * The health rules of an open plan, each remembering its warnings until a section it read is
 * written (or the day changes): after an edit of the inventory, the rules about incidents, people
 * or communication are not run again. A rule is a pure function of the sections it reads and the
 * context, so its warnings for unchanged sections are the same.
 */
export function rememberingRules(cache: SectionCache, rules: readonly HealthRule[]): HealthRule[] {
  let memory = memories.get(cache);
  if (!memory) memories.set(cache, (memory = new Map()));
  const remembered = memory;
  return rules.map((rule) => (plan: PlanSnapshot, context: HealthContext) => {
    const key = JSON.stringify(context);
    const known = remembered.get(rule);
    if (
      known &&
      known.context === key &&
      known.read.every(([section, version]) => cache.versionOf(section) === version)
    )
      return known.warnings;
    const read = new Set<string | typeof EVERYTHING>();
    const warnings = rule(watched(plan, read), context);
    if (cache.mayKeep && !read.has(EVERYTHING)) {
      remembered.set(rule, {
        context: key,
        read: [...read].map((section) => [section as string, cache.versionOf(section as string)]),
        warnings,
      });
    } else remembered.delete(rule);
    return warnings;
  });
}

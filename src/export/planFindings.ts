import { collectWarnings, type Finding, type PlanSnapshot } from '../domain/health';
import { SECTIONS } from '../domain/plan';
import type { PlanJson } from '../domain/planJson';
import type { RenderContext } from './renderers';
import { formatDate, todayIso } from './values';

/** The plan as the health rules read it: every section's records, a singleton as a one-record list. */
export function snapshotOf(plan: PlanJson): PlanSnapshot {
  return Object.fromEntries(
    Object.entries(plan.sections).map(([key, content]) => [
      key,
      Array.isArray(content) ? content : content ? [content] : [],
    ]),
  ) as PlanSnapshot;
}

/** Every value of a private field (a private phone number), to keep out of an edition without them. */
function privateValues(plan: PlanJson): Set<string> {
  const values = new Set<string>();
  for (const section of SECTIONS) {
    const names = section.fields.filter((field) => field.private).map((field) => field.name);
    if (names.length === 0) continue;
    for (const record of snapshotOf(plan)[section.key] ?? [])
      for (const name of names) if (typeof record[name] === 'string' && record[name]) values.add(record[name]);
  }
  return values;
}

/**
 * The plan health's findings on the print date, the most serious first. An edition without
 * private data leaves out a finding that quotes a private value (a private number that looks wrong).
 */
export function planFindings(context: RenderContext, now: Date): Finding[] {
  const findings = collectWarnings(snapshotOf(context.plan), { today: todayIso(now) });
  if (context.includePrivate) return findings;
  const hidden = privateValues(context.plan);
  return findings.filter((finding) => !Object.values(finding.params).some((param) => hidden.has(String(param))));
}

/** A finding as the printed plan says it: the catalogue's sentence, dates written out, an audience by name. */
export function findingText(warning: Finding, { t, language }: RenderContext): string {
  const params: Record<string, string | number> = { ...warning.params };
  if (typeof params.date === 'string') params.date = formatDate(params.date, language);
  if (typeof params.audience === 'string' && params.audience)
    params.audience = t(`choices.audience.${params.audience}`);
  return t(warning.message, params);
}

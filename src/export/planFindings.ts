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

/**
 * Findings of one kind printed in a row; the rest are counted. A large inventory can raise the same
 * finding for a thousand systems, which would take a hundred pages to say.
 */
export const FINDINGS_PER_KIND = 10;

/**
 * The findings to print, in their order: the first few of each kind, each with how many more of
 * its kind were left out after it (non-zero only on the last one printed of a kind).
 */
export function fewOfEachKind<T extends { code: string }>(findings: readonly T[]): { finding: T; more: number }[] {
  const perKind = new Map<string, number>();
  for (const finding of findings) perKind.set(finding.code, (perKind.get(finding.code) ?? 0) + 1);
  const printed = new Map<string, number>();
  const kept: { finding: T; more: number }[] = [];
  for (const finding of findings) {
    const count = (printed.get(finding.code) ?? 0) + 1;
    printed.set(finding.code, count);
    if (count > FINDINGS_PER_KIND) continue;
    const total = perKind.get(finding.code)!;
    kept.push({ finding, more: count === FINDINGS_PER_KIND ? total - count : 0 });
  }
  return kept;
}

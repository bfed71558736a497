import type { Finding, Severity } from './healthTypes';

/** The findings of one kind (one code), in the order they are listed. */
export interface FindingGroup {
  code: string;
  severity: Severity;
  findings: Finding[];
}

/**
 * Findings grouped by kind, for lists that must not repeat a sentence per item. The groups keep the
 * order of the findings given (most serious and most time-critical first), so a group stands where
 * its most urgent finding would.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.code);
    if (group) group.findings.push(finding);
    else groups.set(finding.code, { code: finding.code, severity: finding.severity, findings: [finding] });
  }
  return [...groups.values()];
}

/**
 * What to do first: the fixes that reduce the risk most. The most serious findings about the most
 * time-critical services come first in the list; one of each kind, so the three are three different
 * things to do.
 */
export function firstFixes(findings: readonly Finding[], count = 3): Finding[] {
  return groupFindings(findings)
    .slice(0, count)
    .map((group) => group.findings[0]!);
}
